# Shared keys of a class's instance dicts: insertion order that differs from the shared keys,
# more names than they hold (30), and non-str keys make an instance use a combined dict.
import sys


class P:
    pass


a = P()
a.x = 1
a.y = 2
b = P()
b.y = 1
b.x = 2
print('order a', sys.getsizeof(a.__dict__), list(a.__dict__))
print('order b', sys.getsizeof(b.__dict__), list(b.__dict__))


class Q:
    pass


objs = []
for k in range(35):
    o = Q()
    setattr(o, 'attr%d' % k, k)
    objs.append(o)
print('distinct names', [sys.getsizeof(o.__dict__) for o in objs[::5]])
late = Q()
late.attr0 = 0
late.brand_new = 1
print('after shared keys are full', sys.getsizeof(late.__dict__), list(late.__dict__))


class R:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


r = R()
d = r.__dict__
print('split', sys.getsizeof(d))
d[('t',)] = 4
print('tuple key', sys.getsizeof(d), sys.getsizeof(r.__dict__))
r2 = R()
del r2.b
r2.b = 5
print('del and readd', sys.getsizeof(r2.__dict__), list(r2.__dict__))
r3 = R()
r3.__dict__.pop('a')
print('pop', sys.getsizeof(r3.__dict__))
r4 = R()
vars(r4).update({'z%d' % i: i for i in range(40)})
print('many via update', sys.getsizeof(r4.__dict__), len(vars(r4)))
print('instances stay', sys.getsizeof(r), sys.getsizeof(r4), sys.getsizeof(late))
