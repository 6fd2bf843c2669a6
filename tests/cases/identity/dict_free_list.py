# The dict free list: {} and copies take freed dicts (LIFO); dict() allocates anew, yet its dict is kept when freed.
d = {}; i = id(d); del d; x = []; print(id(x) == i)
d = {'a': 1}; i = id(d); del d; y = []; print(id(y) == i)
d = {'a': 1}; i = id(d); del d; z = {}; print(id(z) == i)
d = {1: 1}; i = id(d); del d; w = []; print(id(w) == i)
d = {}; i = id(d); del d; e = dict(); print(id(e) == i)
f = {}; print(id(f) == i)
del e
g = {}; print(id(g) == i)
class C: pass
c = C(); c.a = 1; dd = c.__dict__; j = id(dd); del dd, c
h = {}; print(id(h) == j)
x = {'a': 1}; k = id(x); y = x.copy(); print(id(y) == k)
del x
z = {'b': 2}.copy(); print(id(z) == k)
class K(dict): pass
k = K(); kk = id(k); del k
print(id({}) == kk, id(K()) == kk)
a = {}; b = {}; ia, ib = id(a), id(b)
del a; del b
c = {}; d = {}
print(id(c) == ib, id(d) == ia)
def kw(**kwargs):
    return id(kwargs)
print(kw(a=1) == kw(b=2), kw() == id({}))
