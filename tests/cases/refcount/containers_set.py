# Refcounts of objects held by set and frozenset: add, discard, pop, copy, operators.
import sys
rc = sys.getrefcount
class K:
    pass
a = K()
b = K()
s = set()
s.add(a)
print(rc(a))
s.add(a)
print(rc(a))
s.add(b)
s2 = s.copy()
print(rc(a), rc(b))
s2.discard(a)
print(rc(a))
f = frozenset(s)
print(rc(a), rc(f))
f2 = frozenset(f)
print(f2 is f, rc(f))
u = s | s2
print(rc(a), rc(b))
i = s & s2
print(rc(a), rc(b))
del u, i
print(rc(a), rc(b))
x = s2.pop()
print(x is b, rc(b))
del x
print(rc(b))
s.remove(a)
print(rc(a))
s.clear()
print(rc(a), rc(b))
ef = frozenset()
print(rc(ef))
g = {a, b}
print(rc(a))
h = set([a, a, a])
print(rc(a))
