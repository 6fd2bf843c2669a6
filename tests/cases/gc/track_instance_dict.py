# Instance __dict__s: made untracked from the instance's values, tracked like any dict after.
import gc
class A:
    pass
a = A()
a.x = 1
a.y = 'two'
print('atomic values', gc.is_tracked(a.__dict__))
a.z = [a]
print('then a list', gc.is_tracked(a.__dict__))
b = A()
b.x = 1
dd = b.__dict__
for i in range(5):
    b.x = i
print('stores of ints', gc.is_tracked(dd))
b.x = A()
print('store of an instance', gc.is_tracked(dd))
c = A()
c.__dict__['k'] = ()
print('empty tuple via __dict__', gc.is_tracked(c.__dict__))
print('vars of atomics', gc.is_tracked(vars(c)))
def f():
    pass
print('function __dict__', gc.is_tracked(f.__dict__))
f.attr = 1
print('function __dict__ atomic', gc.is_tracked(f.__dict__))
f.attr = {}
print('function __dict__ dict', gc.is_tracked(f.__dict__))
import types
m = types.ModuleType('m')
print('module dict', gc.is_tracked(m.__dict__))
class S:
    __slots__ = ('__dict__', 'v')
s = S()
print('slots __dict__', gc.is_tracked(s.__dict__))
s.q = [1]
print('slots __dict__ list', gc.is_tracked(s.__dict__))
# Many attributes: the shared keys run out and the instance gets a dict of its own.
e = A()
for i in range(40):
    setattr(e, 'n%d' % i, i)
print('many atomic attributes', gc.is_tracked(e.__dict__))
