import _functools as F

def check(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

print(sorted(n for n in dir(F)), repr(F.__doc__))
def add(a, b):
    return a + b
print(F.reduce(add, [1, 2, 3]), F.reduce(add, [1, 2, 3], 10), F.reduce(add, [], 5), F.reduce(add, 'abc'), F.reduce(add, [7]))
check(F.reduce, add, [])
check(F.reduce, add, 1)
check(F.reduce, add)
check(F.reduce, 1, [1, 2])
check(F.reduce, add, [1], 2, 3)
check(F.reduce, add, [1], initial=3)
check(F.reduce, add, [1, 'a'])
def gen():
    yield 1
    raise ValueError('boom')
check(F.reduce, add, gen())

check(F.partial)
check(F.partial, 1)
check(F.partial, func=print)
def show(*a, **k):
    return a, k
p = F.partial(show, 1, sep='-')
print(repr(p).replace(hex(id(show)), 'X'), p.args, p.keywords, type(p), F.partial.__module__, p.func is show)
print(p(), p(2, sep='+', end='!'), p(x=3))
check(setattr, p, 'func', 1)
check(setattr, p, 'args', 1)
check(setattr, p, 'keywords', 1)
p.x = 5
print(p.__dict__, p.x)
q = F.partial(F.partial(show, 1, a=1), 2, b=2)
print(q.func is show, q.args, q.keywords, q(3, a=9))
r = F.partial(p, 2)
print(r.func is p, r.args)
class P(F.partial):
    pass
print(repr(P(len, [1])), P(len, [1])(), repr(F.partial(P(len), 2)), type(P(len)).__name__)
print(repr(F.partial(len, 'a', k=[1])), F.partial[int], F.partial(len, 'ab')())
s = F.partial(show)
print(s(), s(1, k=2))
rp = F.partial(show)
rp2 = F.partial(show, rp)
print(repr(F.partial(len, F.partial(len)))) 
check(F.partial(len), 1, 2)
t = F.partial(show, 1, a=2)
print(t.__reduce__()[0] is F.partial, t.__reduce__()[2][1:3])
t.__setstate__((len, ('abc',), None, None))
print(t(), t.keywords, t.args)
check(t.__setstate__, (1, 2))
check(t.__setstate__, (len, 1, None, None))
check(t.__setstate__, 5)
class A:
    meth = F.partial(show, 'x')
print(A().meth(1))

check(F.cmp_to_key)
K = F.cmp_to_key(lambda a, b: a - b)
print(type(K).__name__, sorted([3, 1, 2], key=K), sorted('bca', key=F.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
k = K(1)
print(type(k).__name__, k.obj, k < K(2), k == K(1), k >= K(3), k != K(1), k > K(0), k <= K(1))
check(lambda: k < 1)
check(hash, k)
check(K)
check(K, 1, 2)
print(K(obj=4).obj, F.cmp_to_key(mycmp=len)(2).obj)
check(F.cmp_to_key(1)(2).__lt__, F.cmp_to_key(1)(3))
check(type(k))
try:
    class KK(type(k)):
        pass
except TypeError as e:
    print(e)
print(K.obj, repr(type(k).__doc__))

check(F._lru_cache_wrapper, 1, 2, 3, 4)
check(F._lru_cache_wrapper, len, 'x', False, tuple)
check(F._lru_cache_wrapper, len, 2, False)
calls = []
def dbl(x):
    calls.append(x)
    return x * 2
def info(*a):
    return a
w = F._lru_cache_wrapper(dbl, 2, False, info)
print(w(1), w(1), w(2), w(3), w(1), w.cache_info(), calls)
w.cache_clear()
print(w.cache_info(), type(w).__name__, w.__dict__)
w = F._lru_cache_wrapper(dbl, None, False, info)
print(w(1), w(1), w(1.0), w(x=1), w(x=1), w.cache_info())
w = F._lru_cache_wrapper(dbl, 0, False, info)
print(w(1), w(1), w.cache_info())
w = F._lru_cache_wrapper(dbl, -5, True, info)
print(w(1), w(1.0), w.cache_info())
w = F._lru_cache_wrapper(dbl, 10, True, info)
print(w(1), w(1.0), w(1), w(x=2), w(x=2.0), w.cache_info())
w = F._lru_cache_wrapper(dbl, True, False, info)
print(w(5), w(6), w(5), w.cache_info())
check(w, [1])
w = F._lru_cache_wrapper(dbl, 3, False, info)
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    w(x)
print(w.cache_info(), calls[-6:])
def fib(n):
    return n if n < 2 else fw(n - 1) + fw(n - 2)
fw = F._lru_cache_wrapper(fib, 4, False, info)
print(fw(60), fw.cache_info())
class C:
    m = F._lru_cache_wrapper(lambda self, x: (type(self).__name__, x), 8, False, info)
print(C().m(3), C.m is C.__dict__['m'], type(C().m).__name__)
w.__wrapped__ = dbl
w.__doc__ = 'doc'
print(w.__wrapped__ is dbl, w.__doc__, w.__copy__() is w, w.__deepcopy__({}) is w)
w.__qualname__ = 'qual'
print(w.__reduce__())
try:
    class LW(F._lru_cache_wrapper):
        pass
except TypeError as e:
    print(e)
def raiser(x):
    raise KeyError(x)
w = F._lru_cache_wrapper(raiser, 2, False, info)
check(w, 1)
print(w.cache_info())
