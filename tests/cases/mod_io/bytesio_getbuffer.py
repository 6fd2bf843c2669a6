# BytesIO.getbuffer(): a writable view over the contents through an _io._BytesIOBuffer; while a
# view exists the BytesIO cannot be resized; releasing every view lifts that.
import io, sys, struct, _io

b = io.BytesIO(b'hello world')
r0 = sys.getrefcount(b)
m = b.getbuffer()
print(sys.getrefcount(b) - r0)
t = type(m.obj)
print(t, t.__module__, t.__qualname__, t is _io._BytesIOBuffer, t.__mro__)
print(m.readonly, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.ndim, len(m), m.c_contiguous, m.contiguous)
print(m.tobytes(), bytes(m), m.tolist()[:3], m.hex(), m[1], bytes(m[2:5]), bytes(m[::-2]))
print(sys.getsizeof(m.obj), sys.getrefcount(m.obj))
m[0] = ord('J')
m[6:11] = b'WORLD'
print(b.getvalue())
v = memoryview(m.obj)
print(v.readonly, bytes(v), bytes(m.obj), v.obj is m.obj)
struct.pack_into('>H', m.obj, 0, 0x4142)
print(b.getvalue())
print(b.readinto(memoryview(bytearray(3))), b.tell())
b.seek(0)
print(b.readinto(m.obj), b.tell(), b.getvalue())
v.release()

ops = [
    ('write', lambda: b.write(b'x')),
    ('write empty', lambda: b.write(b'')),
    ('write bad type', lambda: b.write(1)),
    ('writelines', lambda: b.writelines([b'a'])),
    ('writelines empty', lambda: b.writelines([])),
    ('truncate', lambda: b.truncate(3)),
    ('truncate none', lambda: b.truncate()),
    ('truncate bad', lambda: b.truncate('x')),
    ('setstate', lambda: b.__setstate__((b'a', 0, None))),
    ('setstate bad', lambda: b.__setstate__(1)),
    ('close', lambda: b.close()),
    ('seek', lambda: b.seek(0)),
    ('read', lambda: b.read(2)),
    ('read1', lambda: b.read1(2)),
    ('getvalue', lambda: b.getvalue()),
    ('readline', lambda: b.readline()),
    ('readlines', lambda: b.readlines()),
    ('tell', lambda: b.tell()),
    ('getstate', lambda: b.__getstate__()),
    ('getbuffer', lambda: bytes(b.getbuffer())),
    ('readable', lambda: b.readable()),
]
for name, op in ops:
    try:
        print(name, op())
    except Exception as e:
        print(name, type(e).__name__, e)
print(b.closed)

# Views of the view keep the export; so do casts and toreadonly.
m2 = m[1:]
m3 = m.cast('c')
m4 = m.toreadonly()
m.release()
for view in (m2, m3, m4):
    try:
        b.write(b'!')
    except BufferError as e:
        print('still exported:', e)
    view.release()
print(b.write(b'!'), b.getvalue())

# del, release() and with end the export.
m = b.getbuffer()
del m
print(b.write(b'1'))
m = b.getbuffer()
m.release()
print(b.write(b'2'))
with b.getbuffer() as m:
    try:
        b.truncate(0)
    except BufferError as e:
        print('with:', e)
print(b.truncate(0), b.getvalue(), repr(m).startswith('<released memory at 0x'))

# Each getbuffer() makes a new exporter.
m1, m2 = b.getbuffer(), b.getbuffer()
print(m1.obj is m2.obj, type(m1.obj) is type(m2.obj))
m1.release()
m2.release()

# __init__ empties the stream before it refuses.
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
try:
    b.__init__(b'zz')
except BufferError as e:
    print('init:', e)
print(b.getvalue(), b.tell(), bytes(m))
m.release()
b.write(b'new')
print(b.getvalue())

# The view outlives the BytesIO object's name; the contents stay.
b = io.BytesIO(b'kept')
m = b.getbuffer()
del b
print(bytes(m), m.obj is not None)
m.release()

# Empty, and past the end.
b = io.BytesIO()
m = b.getbuffer()
print(len(m), m.tobytes(), m.shape)
m.release()
b = io.BytesIO(b'abc')
b.seek(10)
m = b.getbuffer()
print(len(m))
m.release()
b.write(b'Z')
print(b.getvalue())

# getvalue() before and after a view: the value taken stays as it was.
b = io.BytesIO(b'abcdef')
v = b.getvalue()
m = b.getbuffer()
m[0] = 65
w = b.getvalue()
m[1] = 66
print(v, w, b.getvalue())
m.release()

# A subclass's getbuffer, and a closed BytesIO.
class Sub(io.BytesIO):
    pass


s = Sub(b'sub')
with s.getbuffer() as m:
    print(type(m.obj).__name__, bytes(m))
s.close()
try:
    s.getbuffer()
except ValueError as e:
    print(e)
try:
    t()
except TypeError as e:
    print(e)
try:
    class X(t):
        pass
except TypeError as e:
    print(e)

# __getstate__ / __setstate__ and pickling.
import pickle, copy
b = io.BytesIO(b'state')
b.read(2)
b.extra = 1
print(b.__getstate__())
c = pickle.loads(pickle.dumps(b, 2))
print(c.getvalue(), c.tell(), c.extra)
d = copy.deepcopy(b)
print(d.read(), d.__dict__)
for st in [(b'zz', 'a', None), (b'zz', -1, None), (b'zz', 1, 5), (1, 1, None), (b'zz', 1, {'y': 2}, 'more')]:
    try:
        print(b.__setstate__(st), b.getvalue(), b.tell(), b.__dict__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(io.BytesIO(), 1)
except TypeError as e:
    print(e)
