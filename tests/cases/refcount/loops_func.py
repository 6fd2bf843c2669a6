# Refcounts of loop variables and iterated objects in for loops inside a function (fast locals).
import sys
rc = sys.getrefcount
o = object()
def f():
    lst = [o, o, o]
    for x in lst:
        print(rc(x), rc(lst))
    print(rc(o))
    del x
    for i, v in enumerate(lst):
        print(i, rc(v))
    for a, b in zip(lst, lst):
        print(rc(o))
    d = {'k': o}
    for k, v in d.items():
        print(rc(v), rc(o))
    for v in d.values():
        print(rc(v))
    for n in [10**20]:
        print(rc(n))
    print(rc(n))
    it = iter(lst)
    print(rc(lst), rc(it))
    for x in it:
        print(rc(it))
        break
    while lst:
        y = lst.pop()
        print(rc(y), rc(o))
f()
print(rc(o))
