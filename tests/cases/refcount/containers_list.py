# Refcounts of objects held by lists: append, extend, insert, pop, remove, slices, sort, multiply.
import sys
rc = sys.getrefcount
o = object()
p = object()
lst = []
lst.append(o)
print(rc(o))
lst.extend([o, o])
print(rc(o))
lst.insert(0, o)
print(rc(o), len(lst))
x = lst.pop()
print(rc(o))
del x
print(rc(o))
lst.remove(o)
print(rc(o))
lst[0] = p
print(rc(o), rc(p))
s = lst[:]
print(rc(o), rc(p))
del s
lst2 = lst * 3
print(rc(o), rc(p))
del lst2
lst += [o]
print(rc(o))
lst[1:3] = []
print(rc(o), rc(p), lst == [p, o])
lst.reverse()
print(rc(o))
lst.sort(key=id)
print(rc(o))
c = lst.copy()
print(rc(o), rc(p))
c.clear()
print(rc(o), rc(p))
print(lst.index(p), lst.count(o), rc(p))
del lst[:]
print(rc(o), rc(p))
def inside():
    l = [o] * 4
    return rc(o)
print(inside(), rc(o))
l3 = list((o, p))
print(rc(o), rc(p))
l3.__setitem__(0, p)
print(rc(o), rc(p))
