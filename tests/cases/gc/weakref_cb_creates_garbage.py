# A weakref callback run by the collector may allocate and create new cycles; they are
# left for the next collection.
import gc, weakref
class A: pass
made = []
def cb(ref):
    x = []
    x.append(x)
    made.append(weakref.ref(A))
gc.collect()
a = A()
a.me = a
r = weakref.ref(a, cb)
del a
print(gc.collect(), len(made))
print(gc.collect())
