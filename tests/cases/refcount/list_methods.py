# Refcounts around list.pop/remove/insert/index/count/copy/extend and slice assignment.
import sys
rc = sys.getrefcount
o = object()
p = object()
lst = [o, p, o]
x = lst.pop(0)
print(rc(o), x is o)
del x
print(rc(o))
lst.remove(p)
print(rc(p))
lst.insert(5, p)
print(rc(p), lst.index(p))
print(lst.count(o), rc(o))
lst.extend(lst)
print(rc(o), rc(p))
lst[1:3] = [o] * 4
print(rc(o), rc(p))
lst[::2] = [p] * len(lst[::2])
print(rc(o), rc(p))
cp = lst.copy()
print(rc(o), rc(p))
cp.sort(key=id)
print(rc(o), rc(p))
del cp
lst.clear()
print(rc(o), rc(p))
