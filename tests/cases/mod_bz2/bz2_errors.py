# The errors of _bz2 and bz2: bad levels and arguments, damaged and truncated streams, reuse.
import bz2, _bz2, pickle
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for level in (0, 10, -1, 'a', 2**40, 1.5):
    show(lambda: _bz2.BZ2Compressor(level))
show(lambda: _bz2.BZ2Compressor(compresslevel=3))
show(lambda: _bz2.BZ2Compressor(1, 2))
show(lambda: _bz2.BZ2Decompressor(1))
show(lambda: _bz2.BZ2Decompressor(x=1))
c = _bz2.BZ2Compressor()
show(lambda: c.compress('text'))
show(lambda: c.compress(b'abc') + c.flush())
show(lambda: c.compress(b'abc'))
show(lambda: c.flush())
show(lambda: _bz2.BZ2Compressor().flush(1))
show(lambda: pickle.dumps(_bz2.BZ2Compressor()))
show(lambda: pickle.dumps(_bz2.BZ2Decompressor()))
d = _bz2.BZ2Decompressor()
show(lambda: d.decompress('x'))
show(lambda: d.decompress(b'x', 'a'))
show(lambda: d.decompress(b'BZh0'))
show(lambda: _bz2.BZ2Decompressor().decompress(b'BZ'))
show(lambda: _bz2.BZ2Decompressor().decompress(b'BZh9'))
show(lambda: _bz2.BZ2Decompressor().decompress(b'XYZ'))
good = bz2.compress(b'some data to damage ' * 50)
for i in (4, 10, 20, 30, 40, len(good) - 5, len(good) - 1):
    bad = bytearray(good)
    bad[i] ^= 0x55
    show(lambda: bz2.decompress(bytes(bad)))
show(lambda: bz2.decompress(good[:-1]))
show(lambda: bz2.decompress(good[:20]))
show(lambda: bz2.decompress(good + b'garbage'))
show(lambda: bz2.decompress(good + b'BZh9'))
show(lambda: bz2.decompress(memoryview(good)[:len(good)]) == b'some data to damage ' * 50)
show(lambda: class_test())
def class_test():
    class S(_bz2.BZ2Decompressor):
        pass
print(_bz2.BZ2Compressor.__doc__)
print(_bz2.BZ2Decompressor.__doc__)
print(sorted(n for n in dir(_bz2) if not n.startswith("__")))
