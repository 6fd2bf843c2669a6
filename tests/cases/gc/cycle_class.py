# Class objects are cyclic by themselves (the class, its __dict__, __mro__ and attribute
# descriptors), so deleting the only name leaves them for the collector.
import gc, weakref
gc.collect()
class A:
    pass
r = weakref.ref(A)
del A
print(r() is not None)
n = gc.collect()
print(n > 0, r() is None)
class B:
    def m(self): pass
    x = [1]
r = weakref.ref(B)
del B
n = gc.collect()
print(n > 0, r() is None)
