# BLAKE2's parameter block: tree-hashing parameters and their checks.
import hashlib
for c in ['hashlib.blake2b(fanout=256)', 'hashlib.blake2b(depth=0)', 'hashlib.blake2b(leaf_size=2**32)', 'hashlib.blake2b(leaf_size=-1)', 'hashlib.blake2s(node_offset=2**48)', 'hashlib.blake2b(node_offset=2**64)','hashlib.blake2b(node_depth=256)', 'hashlib.blake2b(inner_size=65)', 'hashlib.blake2s(inner_size=33)',
 'hashlib.blake2b(b"abc", fanout=2, depth=3, leaf_size=77, node_offset=2**40+5, node_depth=4, inner_size=32, key=b"kk").hexdigest()', 'hashlib.blake2s(b"abc", fanout=0, depth=255, leaf_size=2**32-1, node_offset=2**48-1, node_depth=255, inner_size=32, salt=b"s").hexdigest()', 'hashlib.blake2b(fanout=2).hexdigest()', 'hashlib.blake2s(b"x"*200, key=b"k"*32, node_offset=3, depth=2).hexdigest()']:
  try: print(c, eval(c))
  except Exception as e: print(c, type(e).__name__, e)
