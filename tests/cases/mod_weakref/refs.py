import _weakref, sys

class A:
    def __del__(self):
        print('del A')

def f():
    pass

a = A()
r1 = _weakref.ref(a)
r2 = _weakref.ref(a, lambda r: print('cb2', r() is None))
r3 = _weakref.ref(a, lambda r: print('cb3', r is r3))
print(_weakref.ref(a) is r1, _weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
print(r1() is a, r1 == _weakref.ref(a), hash(r1) == hash(a), r1 != r2)
p = _weakref.proxy(a)
print(_weakref.getweakrefs(a)[1] is p, type(p).__name__, _weakref.proxy(a) is p)
print([type(x).__name__ for x in _weakref.getweakrefs(a)])
del a
print('after del', r1(), r2(), _weakref.getweakrefcount(r1), r1 == r2, r1 == r1)
try:
    p.x
except ReferenceError as e:
    print(type(e).__name__, e)
print(repr(r1).endswith('; dead>'), repr(r1).startswith('<weakref at 0x'))
try:
    hash(r2)
except TypeError as e:
    print(e)
print(hash(r1) == hash(r1))

class B:
    pass

for bad in (1, 'abc', (), [], {}, None, object()):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print(e)
for args in ((), (B(), None, 3)):
    try:
        _weakref.ref(*args)
    except TypeError as e:
        print(e)
try:
    r1(1)
except TypeError as e:
    print(e)
print(_weakref.getweakrefcount(1), _weakref.getweakrefs(1))
try:
    _weakref.getweakrefcount()
except TypeError as e:
    print(e)

before = sys.getrefcount(f)
rf = _weakref.ref(f)
print(sys.getrefcount(f) - before, rf.__callback__, _weakref.ref[int], rf() is f)
print(repr(rf).endswith(' (f)>'), "to 'function' at" in repr(rf))

class K(_weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, cb, key):
        return super().__new__(cls, ob, cb)
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
        self.key = key

kb = B()
k = K(kb, None, 'kk')
print(k.key, k() is kb, type(k).__name__, _weakref.getweakrefcount(kb), _weakref.ref(kb) is k)
d = {'x': k, 'y': 5}
_weakref._remove_dead_weakref(d, 'x')
print(len(d))
del kb
_weakref._remove_dead_weakref(d, 'x')
try:
    _weakref._remove_dead_weakref(d, 'y')
except TypeError as e:
    print(e)
_weakref._remove_dead_weakref(d, 'nope')
print(d)
try:
    _weakref._remove_dead_weakref([], 'x')
except TypeError as e:
    print(e)

# Callbacks run newest first; a failing one is reported and the others still run.
c = B()
order = []
refs = [_weakref.ref(c, lambda r, i=i: order.append(i)) for i in range(4)]
del c
print(order)

class Bad:
    # Reports name the callable; this one's repr has no address.
    def __repr__(self):
        return 'Bad()'
    def __call__(self, *args):
        raise ValueError('boom', len(args))

class C:
    __del__ = Bad()

cb = C()
rb = _weakref.ref(cb, Bad())
del cb
print('after bad', rb())
