# Instance __dict__ sizes: split tables over the class's shared keys, sized from the shared
# keys' state when the dict is made, and what turns them into combined tables.
import sys


class A:
    def __init__(self):
        self.x = 1
        self.y = 2


objs = [A() for i in range(5)]
print([sys.getsizeof(o.__dict__) for o in objs])
a = A()
d = a.__dict__
print('split', sys.getsizeof(d), d.__sizeof__())
a.z = 3
print('new attr', sys.getsizeof(a.__dict__))
d['w'] = 4
print('via dict', sys.getsizeof(d))
d[1] = 'int key'
print('non-str key', sys.getsizeof(d))
b = A()
print('next instance', sys.getsizeof(b.__dict__))
c = A()
del c.x
print('after del', sys.getsizeof(c.__dict__))
c.x = 10
print('readd', sys.getsizeof(c.__dict__), list(c.__dict__))
e = A()
cp = e.__dict__.copy()
print('copy of split', sys.getsizeof(cp), sys.getsizeof(dict(e.__dict__)))


class B:
    pass


bs = [B() for i in range(3)]
for o in bs:
    print('empty', sys.getsizeof(o.__dict__))
for i, o in enumerate(bs):
    setattr(o, 'a%d' % i, i)
    print('distinct names', sys.getsizeof(o.__dict__))
f = B()
f.__dict__.clear()
print('clear', sys.getsizeof(f.__dict__))
g = B()
g.__dict__.update(p=1, q=2)
print('update', sys.getsizeof(g.__dict__), g.p)
print(sys.getsizeof(B), sys.getsizeof(A))
