# io objects' sizes: BytesIO counts its buffer while it owns it alone; StringIO and the
# buffered/text wrappers are fixed-size objects.
import sys, io

b = io.BytesIO()
print('BytesIO', sys.getsizeof(b), b.__sizeof__())
for i in range(10):
    b.write(b'x' * 100)
    print('write', b.tell(), sys.getsizeof(b))
v = b.getvalue()
print('after getvalue', sys.getsizeof(b), sys.getsizeof(v))
b.write(b'y')
print('after write', sys.getsizeof(b))
c = io.BytesIO(b'abc' * 100)
print('from bytes', sys.getsizeof(c))
c.read()
print('after read', sys.getsizeof(c))
s = io.StringIO()
print('StringIO', sys.getsizeof(s))
s.write('hello' * 100)
print('StringIO written', sys.getsizeof(s) > 0)
