# Dict subclasses, OrderedDict and instance dicts.
import gc, collections
class D(dict):
    pass
print(gc.is_tracked(D()), gc.is_tracked(D(a=1)))
gc.collect()
x = D(a=1)
gc.collect()
print(gc.is_tracked(x))
class A: pass
a = A()
a.v = 1
print(gc.is_tracked(a.__dict__))
a.w = []
print(gc.is_tracked(a.__dict__))
b = A()
b.l = []
print(gc.is_tracked(b.__dict__))
print(gc.is_tracked(vars(A())))
