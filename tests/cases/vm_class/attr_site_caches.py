# Attribute loads and stores repeated at one instruction while the classes, the instances and
# their dicts change: class attributes replaced and deleted, instance attributes shadowing
# methods, data descriptors added later, __getattr__ added to a class, slots, properties, and
# one instruction seeing several types.
class A:
    x = 1
    def m(self): return 'A.m'
class B(A):
    pass
class C:
    x = 'C'
    def m(self): return 'C.m'
def get(o): return o.x
def call(o): return o.m()
def put(o, v): o.y = v
b = B()
r = []
for i in range(6):
    r.append(get(b)); r.append(call(b))
    if i == 1: A.x = 2
    if i == 2: B.x = 3
    if i == 3: b.x = 'inst'; b.m = lambda: 'inst.m'
    if i == 4: del B.x; del b.x; del b.m
print(r)
class D:
    def __get__(self, o, t): return 'D.get'
    def __set__(self, o, v): print('D.set', v)
b2 = B()
for i in range(4):
    put(b2, i)
    if i == 1: B.y = D()
print(b2.__dict__, get(b2))
class G:
    def __getattr__(self, n): return 'ga:' + n
pass
print(get(b), call(b))
b = C()
print(get(b), call(b))
A.__getattr__ = lambda self, n: 'late:' + n
a = A()
def gz(o): return o.zz
try:
    gz(a)
except AttributeError as e: print('AE', e)
print(gz(a))
class S:
    __slots__ = ('p',)
s = S()
def gp(o): return o.p
try: gp(s)
except AttributeError as e: print(e)
s.p = 5; print(gp(s))
class P:
    @property
    def x(self): return 'prop'
objs = [A(), B(), C(), P(), A(), P()]
for _ in range(3): print([get(o) for o in objs])
A.x = property(lambda self: 'newprop')
print([get(o) for o in objs])
import sys
class K: pass
k = K(); k.v = object()
print(sys.getrefcount(k.v))
for i in range(3):
    k.v
print(sys.getrefcount(k.v))
