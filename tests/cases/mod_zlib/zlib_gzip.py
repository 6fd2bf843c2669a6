import zlib
data = b'The quick brown fox jumps over the lazy dog. ' * 50 + bytes(range(256))
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == data)
for w in (9, 15, -15, -9, 31, 25):
    c = zlib.compress(data, 6, w); print(w, len(c), zlib.crc32(c), zlib.decompress(c, w) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 32 + 15) == data)
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[:100]), co.compress(data[100:]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b'tail'), co.flush()]
print([len(p) for p in parts], zlib.crc32(b''.join(parts)))
do = zlib.decompressobj(-12)
out = do.decompress(b''.join(parts) + b'EXTRA', 10)
print(out, do.unconsumed_tail[:5], len(do.unconsumed_tail), do.eof, do.unused_data)
out += do.decompress(do.unconsumed_tail)
print(out == data + b'tail', do.eof, do.unused_data, do.unconsumed_tail, do.flush())
zd = b'fox dog lazy quick brown'
c = zlib.compressobj(zdict=zd); cc = c.compress(data) + c.flush()
d = zlib.decompressobj(zdict=zd); print(len(cc), d.decompress(cc) == data, d.eof)
for call in ["zlib.decompress(b'garbage')", "zlib.decompress(zlib.compress(data)[:-5])", "zlib.compress(b'x', 10)", "zlib.compress(b'x', wbits=40)", "zlib.compress('x')",
             "zlib.decompress(b'x', bufsize=-1)", "zlib.decompressobj(wbits=99)", "zlib.compressobj(level=12)", "zlib.compressobj(zdict=1)", "zlib.decompressobj().decompress(b'x', -1)",
             "zlib.decompressobj().flush(0)", "zlib.decompressobj().decompress(b'garbage')", "zlib.crc32(b'abc', 1)", "zlib.adler32(b'abc')", "zlib.adler32(b'abc', 7)", "zlib.adler32(b'a' * 100000)",
             "zlib.crc32()", "zlib.compress(b'')", "zlib.decompress(b'')", "zlib.decompress(zlib.compress(b''))", "zlib.decompressobj().flush()", "zlib.ZLIB_VERSION", "zlib.MAX_WBITS",
             "zlib.decompressobj(zdict=b'x').decompress(zlib.compress(b'abc'))", "zlib.decompress(zlib.compress(b'a'*100000), bufsize=1) == b'a'*100000"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '!!', type(e).__name__, e)
c = zlib.compressobj(); c.compress(b'abc'); c.flush()
try: c.compress(b'x')
except Exception as e: print(type(e).__name__, e)
try: c.flush()
except Exception as e: print(type(e).__name__, e)
zdo = zlib._ZlibDecompressor(-15)
raw = zlib.compress(data, 6, -15)
print(len(zdo.decompress(raw[:50], 10)), zdo.needs_input, zdo.eof, len(zdo.decompress(raw[50:] + b'xyz')), zdo.needs_input, zdo.eof, zdo.unused_data)
try: zdo.decompress(b'')
except EOFError as e: print('EOFError', e)
import gzip, io
g = gzip.compress(data, mtime=0)
print(len(g), g[:12].hex(), zlib.crc32(g), gzip.decompress(g) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='x.txt') as f:
    f.write(data); f.write(b'more')
print(len(buf.getvalue()), zlib.crc32(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(10), len(f.read()))
print(gzip.decompress(gzip.compress(b'a') + gzip.compress(b'b')))
try: gzip.decompress(g[:-3])
except EOFError as e: print('EOFError', e)
