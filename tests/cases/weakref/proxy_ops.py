# Operators and protocols through proxies; proxies of builtin-type subclasses.
import weakref
import operator


class L(list):
    pass


class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(%r)' % self.v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __pow__(self, o, m=None):
        return N(pow(self.v, o, m) if m else self.v ** o)
    def __matmul__(self, o):
        return 'matmul'
    def __getattr__(self, name):
        return 'dynamic ' + name
    def __reversed__(self):
        return iter('cba')
    def __enter__(self):
        return 'entered'
    def __exit__(self, *a):
        print('exit')


lst = L([3, 1, 2])
p = weakref.proxy(lst)
print(len(p), p[0], p[-1], sorted(p), 2 in p, p + [9], list(reversed(p)))
p.append(4)
p[0] = 10
del p[1]
print(lst, p.count(4))
p += [5]
print(type(p).__name__, lst)
p *= 2
print(lst)
n = N(5)
q = weakref.proxy(n)
print(int(q), float(q), abs(q), ~q, q ** 2, pow(q, 2, 3), q @ 1, q.anything)
print(operator.index(q), [0, 1, 2, 3, 4, 5, 6][q], hex(q), q.__class__.__name__)
print(list(reversed(q)))
with q as val:
    print(val)
print(q == n, q != n, n == q)
print(str(q), repr(q)[:10])
print(bool(weakref.proxy(L())), bool(p))
d = {1: 'one'}


class Dd(dict):
    pass


dd = Dd(a=1)
pd = weakref.proxy(dd)
print(pd['a'], list(pd), 'a' in pd, len(pd))
pd['b'] = 2
print(sorted(dd.items()))
print(dir(q) == dir(n))
try:
    q < 1
except TypeError as e:
    print('TypeError:', e)
print('end')
