# Refcounts of map/filter/zip/enumerate/reversed objects holding their function and iterators.
import sys
rc = sys.getrefcount
lst = [1, 2, 3]
def fn(x):
    return x
m = map(fn, lst)
print(rc(fn), rc(lst), rc(m))
list(m)
print(rc(fn), rc(lst))
del m
print(rc(fn), rc(lst))
fl = filter(fn, lst)
print(rc(fn), rc(lst))
del fl
z = zip(lst, lst)
print(rc(lst))
first = next(z)
print(rc(first))
del z, first
print(rc(lst))
e = enumerate(lst)
print(rc(lst))
pair = next(e)
print(rc(pair))
del e, pair
print(rc(lst))
o = object()
z2 = zip([o], [o])
t = next(z2)
print(rc(o), rc(t))
del t
print(rc(o))
objs = [o, o]
e2 = enumerate(objs, start=10 ** 20)
print(rc(e2))
print([rc(x) for x in next(e2)])
