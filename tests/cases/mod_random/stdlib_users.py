# The standard library modules that stand on the binary-data modules: tempfile (random names), gzip files, hashlib, struct, base64, zlib.
import random, hashlib, struct, base64, zlib, gzip, tempfile, heapq, bisect, cmath
print(tempfile.gettempdir() is not None, len(tempfile._RandomNameSequence().rng.random.__name__))
random.seed(2024)
name = next(tempfile._get_candidate_names())
print(len(name))
with tempfile.TemporaryDirectory() as d:
    with tempfile.NamedTemporaryFile(dir=d, delete=False, suffix='.bin') as f:
        f.write(gzip.compress(b'hello tempfile', mtime=0))
    with gzip.open(f.name) as g:
        print(g.read())
print(hashlib.sha256(struct.pack('<I', 7)).hexdigest()[:16], base64.b64encode(zlib.compress(b'abc' * 10)))
