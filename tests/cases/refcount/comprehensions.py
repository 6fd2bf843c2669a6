# Refcounts inside and after comprehensions (PEP 709 inlined list/dict/set comprehensions; genexps are not).
import sys
rc = sys.getrefcount
o = object()
lst = [o, o]
print([rc(x) for x in lst])
print({rc(x) for x in lst})
print({i: rc(x) for i, x in enumerate(lst)})
print(list(rc(x) for x in lst))
print(rc(o))
r = [x for x in lst]
print(rc(o))
def f():
    l2 = [o, o]
    print([rc(x) for x in l2])
    print([rc(l2) for _ in range(1)])
    print(list(rc(x) for x in l2))
    y = o
    print([rc(y) for _ in range(1)])
    print(rc(o))
f()
x = o
print([rc(x) for x in [1]], rc(o))
print([[rc(b) for b in a] for a in [[o]]])
outer = o
print([rc(outer) for _ in range(2)])
def g():
    v = o
    return [lambda: v for _ in range(2)]
fs = g()
print(rc(o))
