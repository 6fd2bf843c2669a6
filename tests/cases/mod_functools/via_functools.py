import functools
from functools import lru_cache, partial, reduce, cmp_to_key, wraps, cache, total_ordering, partialmethod, cached_property
import operator

@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
@cache
def f(a, b=1):
    return a + b
print(f(1), f(1, b=1), f(1, 1), f.cache_info())
@lru_cache(typed=True)
def g(x):
    return type(x).__name__
print(g(1), g(1.0), g(True), g.cache_info())
class A:
    @lru_cache
    def m(self, x):
        return x * 2
    p = partialmethod(lambda self, a, b: a + b, 10)
    @cached_property
    def cp(self):
        print('cp once')
        return 5
a = A()
print(a.m(3), a.m(3), A.m.cache_info().hits, a.p(5), a.cp, a.cp)
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
pp = partial(int, base=2)
print(pp('101'), pp, pp.func, pp.args, pp.keywords)
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def named(x):
    'doc here'
    return x
print(named.__name__, named.__doc__, named.__wrapped__ is not None)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
try:
    lru_cache(maxsize='x')
except TypeError as e:
    print(e)
print(functools.lru_cache(-1)(len).cache_info())
