# Refcounts of loop variables and the iterated objects in for loops at module level.
import sys
rc = sys.getrefcount
o = object()
lst = [o, o, o]
for x in lst:
    print(rc(x), rc(lst))
print(rc(o))
del x
print(rc(o))
for i in range(3):
    pass
print(rc(i), i)
for i, v in enumerate(lst):
    print(i, rc(v))
del v
print(rc(o))
for a, b in zip(lst, lst):
    print(rc(o), a is b)
del a, b
d = {'k': o}
for k, v in d.items():
    print(rc(v), rc(o))
for v in d.values():
    print(rc(v))
del v
t = (o,)
for y in t:
    print(rc(y), rc(t))
del y
for s in 'ab':
    print(rc(s))
for n in [10**20]:
    print(rc(n))
print(rc(n))
