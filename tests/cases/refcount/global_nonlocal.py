# Refcounts through global and nonlocal statements, and class bodies reading enclosing names.
import sys
rc = sys.getrefcount
o = object()
def setg():
    global G
    G = o
def delg():
    global G
    del G
setg()
print(rc(o))
delg()
print(rc(o))
def outer():
    v = None
    def inner():
        nonlocal v
        v = o
    inner()
    print(rc(o))
    def clear():
        nonlocal v
        del v
    clear()
    print(rc(o))
outer()
def cls_body():
    x = o
    class K:
        y = x
    print(rc(o))
    return K
K = cls_body()
print(rc(o))
