import itertools
from itertools import groupby, tee, islice, count

def check(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

print([(k, list(g)) for k, g in groupby('aaabbbcdaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([k for k, g in groupby('aabbc')], [(k, list(g)) for k, g in groupby([])])
g = groupby('aabbcc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby('aabbcc')
k1, g1 = next(g)
print(next(g1), k1)
k2, g2 = next(g)
print(list(g1), list(g2), k2)
print(type(g1), type(g1).__name__, type(g).__name__)
check(groupby)
check(groupby, 1)
check(groupby, 'a', None, 3)
print([k for k, g in groupby(iterable='ab', key=None)])
check(groupby, 'a', x=1)
check(lambda: list(groupby([1, 'a'], key=lambda x: 1 / x)))
class E:
    def __eq__(self, o): raise ValueError('eq')
check(lambda: list(groupby([E(), E()])))
gg = groupby('aab')
k, grp = next(gg)
check(type(grp), 1, 2)
print(list(type(grp)(gg, 'b')))

a, b = tee('abc')
print(next(a), next(a), next(b), list(a), list(b))
print(type(a).__name__, type(a), tee('ab', 0), len(tee('ab', 5)))
t = tee([1, 2, 3], 3)
print([list(x) for x in t])
a, b = tee(iter(range(200)))
print(sum(a), sum(b))
a, b = tee('xyz')
c = a.__copy__()
print(list(a), list(c), list(b))
a, b = tee('xyz')
next(a)
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
check(tee)
check(tee, 'a', -1)
check(tee, 'a', 'b')
check(tee, 1)
check(tee, 'a', 2, 3)
check(tee, 'a', n=2)
t = itertools._tee('abc')
print(next(t), list(t.__copy__()), list(t))
check(itertools._tee, 1)
check(itertools._tee)
it = iter('abc')
t1, t2 = tee(it)
print(next(t1), next(it), list(t2))
def reenter():
    yield next(t3)
t3, t4 = tee(reenter())
check(next, t3)
def boom():
    yield 1
    raise ValueError('boom')
a, b = tee(boom())
print(next(a), next(b))
check(next, a)
check(next, b)
class Copyable:
    def __iter__(self): return self
    def __next__(self): return 1
    def __copy__(self): return 'copied'
print(tee(Copyable(), 3)[1:])
print(type(itertools._tee('a')).__name__)
print(repr(itertools._tee_dataobject).startswith("<class 'itertools._tee_dataobject'>"))
