# 100000 two-instance cycles (instances with inline attribute values).
import gc
class A: pass
gc.disable()
gc.collect()
for i in range(100000):
    a = A(); b = A()
    a.b = b; b.a = a
del a, b
print(gc.collect())
gc.enable()
