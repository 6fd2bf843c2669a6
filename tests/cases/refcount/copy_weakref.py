# Refcounts after copy.copy/deepcopy and weakref.ref/proxy (weak references do not count).
import sys
import copy
import weakref
rc = sys.getrefcount
o = object()
lst = [o]
c = copy.copy(lst)
print(rc(o), c is lst)
dc = copy.deepcopy([o])
print(rc(o))
t = (o,)
print(copy.copy(t) is t, rc(t))
class K:
    pass
k = K()
w = weakref.ref(k)
print(rc(k), rc(w))
w2 = weakref.ref(k)
print(w is w2, rc(w))
px = weakref.proxy(k)
print(rc(k))
obj = w()
print(rc(k))
del obj
print(rc(k))
def cb(ref):
    pass
w3 = weakref.ref(k, cb)
print(rc(k), rc(cb), w3 is w)
ws = weakref.WeakValueDictionary()
ws['a'] = k
print(rc(k))
kc = copy.copy(k)
print(rc(k), kc is k)
