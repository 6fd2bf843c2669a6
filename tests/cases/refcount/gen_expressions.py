# Refcounts of generator expressions: the iterable they hold, their locals and after exhaustion.
import sys
rc = sys.getrefcount
o = object()
lst = [o, o]
ge = (x for x in lst)
print(rc(lst), rc(ge))
first = next(ge)
print(rc(o))
del first
print(rc(o))
list(ge)
print(rc(lst), rc(o))
def f():
    data = [o]
    g = (rc(v) for v in data)
    return rc(data), list(g)
print(f())
s = sum(1 for _ in lst)
print(s, rc(lst))
print(any(rc(v) for v in lst))
nested = ((y for y in [o]) for _ in range(2))
inner = next(nested)
print(rc(o))
print(len(list(inner)), rc(o))
