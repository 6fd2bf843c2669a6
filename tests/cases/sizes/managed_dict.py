# Instance attributes of classes: values kept by the instance until the dict is asked for,
# then a split dict over the class's shared keys (sizes as on 64-bit CPython 3.12).
import sys


class A:
    def __init__(self):
        self.x = 1
        self.y = 2


a = A()
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), a.__dict__)
b = A()
b.z = 3
print(sys.getsizeof(b.__dict__), list(b.__dict__), vars(b))
del b.x
print(b.__dict__, hasattr(b, 'x'))
try:
    del b.x
except AttributeError as e:
    print('AttributeError:', e)
c = A()
try:
    del c.nothing
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(vars(c)))


class B:
    pass


e = B()
print(sys.getsizeof(e.__dict__))
e.q = 1
print(sys.getsizeof(e.__dict__), e.__dict__)
print(id(e.__dict__) == id(e.__dict__))
d = e.__dict__
d['w'] = 5
print(sys.getsizeof(d), e.w, sys.getrefcount(e.__dict__))

# __dict__ can be deleted and replaced
a2 = A()
del a2.__dict__
print(a2.__dict__, sys.getsizeof(a2.__dict__))
a2.k = 2
print(a2.__dict__)
a2.__dict__ = {'z': 3}
print(a2.z, sys.getsizeof(a2.__dict__))
try:
    a2.__dict__ = 5
except TypeError as e2:
    print('TypeError:', e2)


# More names than the shared keys hold: the instance switches to a dict
class C:
    pass


many = C()
for i in range(40):
    setattr(many, 'n%d' % i, i)
print(sys.getsizeof(many.__dict__), len(many.__dict__), many.n0, many.n39)
other = C()
other.n5 = 'five'
print(other.__dict__, sys.getsizeof(other.__dict__))

# non-str names go through the dict
f = B()
f.__dict__[5] = 'five'
print(f.__dict__)
g = B()
setattr(g, 'plain', 1)
g.__dict__['x'] = 2
print(g.x, g.plain, g.__dict__)


# Builtin bases: the dict is made on the shared keys at the first store
class L(list):
    pass


lst = L()
lst.q = 1
print(sys.getsizeof(lst.__dict__), lst.__dict__, sys.getsizeof(L()))


# Subclasses have their own shared keys
class D(A):
    def __init__(self):
        super().__init__()
        self.extra = 4


dd = D()
print(vars(dd), sys.getsizeof(dd.__dict__), sys.getsizeof(D), sys.getsizeof(A))


class S:
    __slots__ = ('a', 'b')


print(sys.getsizeof(S()), sys.getsizeof(S), sys.getsizeof(object()), sys.getsizeof(int))

# attributes and methods shadowing
class M:
    def meth(self):
        return 'method'


m = M()
print(m.meth())
m.meth = lambda: 'instance'
print(m.meth())
del m.meth
print(m.meth())

# copy sees the same state
import copy
a3 = A()
a3.z = [1, 2]
a4 = copy.copy(a3)
print(vars(a4), a4.z is a3.z)
a5 = copy.deepcopy(a3)
print(vars(a5), a5.z is a3.z)
print(B().__reduce_ex__(2)[2], A().__reduce_ex__(2)[2])
print(sys.getrefcount(a3.z))
del a3, a4
print(sys.getrefcount(a5.z))
