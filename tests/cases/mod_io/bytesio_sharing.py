# BytesIO shares its buffer with the bytes it was made from and with what getvalue() returned
# until a change copies it: identities, reference counts and sys.getsizeof show when.
import io, sys

b = io.BytesIO()
print(sys.getsizeof(b))
b.write(b'abc')
print(sys.getsizeof(b))
b.write(b'x' * 100)
print(sys.getsizeof(b))
v = b.getvalue()
print(sys.getsizeof(b), b.getvalue() is v, sys.getrefcount(v))
b.write(b'y')
print(sys.getsizeof(b), b.getvalue() is v, v[-3:])
del v
print(sys.getsizeof(b))

x = b'q' * 50
r = sys.getrefcount(x)
c = io.BytesIO(x)
print(sys.getrefcount(x) - r, sys.getsizeof(c))
print(c.read() is x, c.read() == b'')
c.seek(0)
print(c.read(10) is x, c.tell())
c.seek(0)
print(c.readline() is x, c.read1() == b'')
c.seek(0)
print(next(iter(c)) is x)
c.truncate(10)
print(sys.getsizeof(c), x == b'q' * 50, c.getvalue())
c.write(b'more')
print(sys.getsizeof(c), c.getvalue(), x[:3])
del c
print(sys.getrefcount(x) - r)

# Small values are copies; growth over-allocates as CPython's resize_buffer does.
d = io.BytesIO(b'a')
print(d.getvalue() is d.getvalue(), sys.getsizeof(d))
sizes = []
e = io.BytesIO()
for i in range(40):
    e.write(b'z' * i)
    sizes.append(sys.getsizeof(e))
print(sizes)
e.truncate(3)
print(sys.getsizeof(e), e.getvalue(), sys.getsizeof(e))

# A bytearray initial value is copied; a bytes subclass too.
class B(bytes):
    pass


y = B(b'subclass value')
f = io.BytesIO(y)
print(f.getvalue() is y, type(f.getvalue()).__name__, sys.getsizeof(f))
g = io.BytesIO(bytearray(b'from bytearray'))
print(sys.getsizeof(g), g.tell())

# getbuffer() copies a shared buffer first, so the value shared stays as it was.
h = io.BytesIO(b'shared value')
w = h.getvalue()
m = h.getbuffer()
m[0] = ord('S')
print(w, bytes(m), h.getvalue(), h.getvalue() is w)
m.release()
print(h.getvalue(), sys.getsizeof(h))

# The buffer handed out keeps the hash it cached, even after the stream changes it in place.
k = io.BytesIO()
k.write(b'hash me please')
hv = k.getvalue()
print(hash(hv) == hash(b'hash me please'))
del hv
k.seek(0)
k.write(b'H')
print(k.getvalue(), hash(k.getvalue()) == hash(b'Hash me please'))

# close() lets the buffer go; __init__ opens it again.
k.close()
print(k.closed, sys.getsizeof(k))
k.__init__(b'reopened')
print(k.closed, k.getvalue(), k.tell())
