import _weakref

class A:
    x = 5
    def __len__(self):
        return 3
    def __getitem__(self, k):
        return k * 2
    def __contains__(self, k):
        return k == 'in'
    def __iter__(self):
        return iter([1, 2])
    def __add__(self, o):
        return ('add', o)
    def __radd__(self, o):
        return ('radd', o)
    def __eq__(self, o):
        return o == 'eq'
    def __bool__(self):
        return False
    def __str__(self):
        return 'A-str'
    def m(self):
        return 'm'
    __hash__ = object.__hash__

a = A()
p = _weakref.proxy(a)
print(p.x, len(p), p[4], 'in' in p, 'out' in p, list(p), p + 1, 1 + p, p == 'eq', bool(p), str(p), p.m())
p.y = 7
print(a.y, p.y)
del p.y
print(hasattr(a, 'y'))
try:
    hash(p)
except TypeError as e:
    print(e)
print(repr(p).startswith('<weakproxy at 0x'), ' to A at 0x' in repr(p))

def f(x):
    return x + 1

q = _weakref.proxy(f)
print(type(q).__name__, q(1), type(p).__name__)
n = _weakref.proxy(a, lambda r: print('proxy cb', type(r).__name__))
print(n is p, _weakref.getweakrefcount(a))
del a
try:
    p.x
except ReferenceError as e:
    print(e)
try:
    len(p)
except ReferenceError as e:
    print(e)
for t in (_weakref.ProxyType, _weakref.CallableProxyType):
    try:
        t()
    except TypeError as e:
        print(e)
    try:
        class S(t):
            pass
    except TypeError as e:
        print(e)
print(_weakref.ReferenceType.__name__, _weakref.ReferenceType.__module__, _weakref.ProxyType.__module__, _weakref.ref is _weakref.ReferenceType)
print(sorted(n for n in dir(_weakref) if not n.startswith('__')), _weakref.__doc__)
