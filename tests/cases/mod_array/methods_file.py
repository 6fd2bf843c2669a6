import array, io
a = array.array('i', range(10))
f = io.BytesIO()
a.tofile(f)
print(f.getvalue()[:12], len(f.getvalue()))
f.seek(0)
b = array.array('i')
b.fromfile(f, 4); print(b)
b.fromfile(f, 6); print(b)
try:
    b.fromfile(f, 1)
except EOFError as e:
    print('EOFError', e, b)
f = io.BytesIO(bytes(6))
c = array.array('i')
try:
    c.fromfile(f, 2)
except (EOFError, ValueError) as e:
    print(type(e).__name__, e, c)
f = io.BytesIO(bytes(4))
try:
    c.fromfile(f, 2)
except EOFError as e:
    print('EOFError', e, c)
try: c.fromfile(f, -1)
except ValueError as e: print(e)
class R:
    def read(self, n):
        print('read', n)
        return 'text'
try: c.fromfile(R(), 2)
except TypeError as e: print(e)
class W:
    def write(self, b):
        print('write', len(b), type(b).__name__)
array.array('d', range(10000)).tofile(W())
array.array('d').tofile(W())
big = array.array('b', bytes(70000))
big.tofile(W())
