# DEBUG_COLLECTABLE prints each unreachable object as "gc: collectable <type 0x...>" with the
# address as %p prints it (0x, lowercase hex, no padding); checked against id().
import gc, io, re, sys
gc.collect()
class Node:
    pass
a = Node(); b = Node()
a.other = b; b.other = a
ids = {id(a): 'a', id(b): 'b'}
del a, b
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)
gc.collect()
gc.set_debug(0)
sys.stderr = old
out = []
for line in buf.getvalue().splitlines():
    m = re.fullmatch(r'gc: collectable <(\S+) (0x[0-9a-f]+)>', line)
    if m is None:
        out.append('odd: ' + line)
        continue
    addr = int(m.group(2), 16)
    out.append((m.group(1), ids.get(addr, 'other'), m.group(2) == hex(addr)))
print(sorted(out, key=str))
gc.garbage.clear()
gc.collect()
