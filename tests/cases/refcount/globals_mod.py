# Refcounts of objects bound to module globals (the module dict holds them), rebinding and del.
import sys
rc = sys.getrefcount
x = object()
print(rc(x))
y = x
print(rc(x))
del y
print(rc(x))
def reader():
    return rc(x)
print(reader())
def writer():
    global gz
    gz = x
writer()
print(rc(x), rc(gz))
del gz
print(rc(x))
g = globals()
g['dyn'] = x
print(rc(x), dyn is x)
del g['dyn']
print(rc(x))
vars()['v2'] = x
print(rc(x))
del v2
print(rc(x))
lst = [x] * 5
print(rc(x), rc(lst))
lst = None
print(rc(x))
