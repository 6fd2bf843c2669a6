# Proxies forward attribute access and operators, and raise ReferenceError once the referent died.
import weakref


class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.x)
    def __iadd__(self, other):
        self.x += other
        return self
    def __neg__(self):
        return V(-self.x)
    def __lt__(self, other):
        return self.x < other
    def __eq__(self, other):
        return self.x == other
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        return i * 2
    def __setitem__(self, k, v):
        print('setitem', k, v)
    def __contains__(self, item):
        return item == self.x
    def __iter__(self):
        return iter(range(self.x))
    def __bool__(self):
        return self.x != 0
    def __str__(self):
        return 'V(%d)' % self.x
    def __index__(self):
        return self.x
    def __hash__(self):
        return 1
    def method(self, y):
        return self.x * y


v = V(3)
p = weakref.proxy(v)
print(p.x, p.method(2), len(p), p[5], 3 in p, list(p), bool(p), str(p))
print((p + 1).x, (1 + p).x, (-p).x, p < 5, p == 3)
p[1] = 'a'
p.y = 'set through proxy'
print(v.y)
del p.y
print(hasattr(v, 'y'))
p += 10
print(type(p).__name__, v.x)
print(hex(p) if False else [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140][p:p + 1])
print(type(p) is weakref.ProxyType, isinstance(p, V))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
del v
for expr in ['p.x', 'p.method(1)', 'len(p)', 'p + 1', 'str(p)', 'bool(p)', 'p[0]', '3 in p', 'p == 3']:
    try:
        print(expr, eval(expr))
    except ReferenceError as e:
        print(expr, 'ReferenceError:', e)
try:
    p.z = 1
except ReferenceError as e:
    print('setattr ReferenceError:', e)
print(repr(p)[:16])
print('end')
