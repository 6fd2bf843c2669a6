# Refcounts of functools.partial and operator.itemgetter/attrgetter/methodcaller and what they hold.
import sys
import functools
import operator
rc = sys.getrefcount
o = object()
def fn(*a, **k):
    return rc(a[0])
p = functools.partial(fn, o)
print(rc(fn), rc(o), rc(p))
print(p())
p2 = functools.partial(p, o)
print(rc(o), p2.func is fn, rc(fn))
del p2
print(rc(o), rc(fn))
pk = functools.partial(fn, o, key=o)
print(rc(o), rc(pk.keywords))
del pk
print(rc(o))
key = 'some key'
g = operator.itemgetter(key)
print(rc(key))
d = {key: o}
print(rc(g(d)), rc(o))
g2 = operator.itemgetter(0, 1)
print(rc(g2))
ag = operator.attrgetter('real')
print(rc(ag))
mc = operator.methodcaller('count', o)
print(rc(o))
del mc
print(rc(o))
