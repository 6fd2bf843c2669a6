# Instance cycles through __dict__; the dict counts as an object only once it exists separately.
import gc
class A: pass
gc.collect()
a = A()
a.me = a
del a
print('self', gc.collect())
a = A(); b = A()
a.other = b; b.other = a
del a, b
print('pair', gc.collect())
a = A()
a.me = a
d = a.__dict__
del a, d
print('materialized dict', gc.collect())
a = A()
a.__dict__ = {'me': a}
del a
print('assigned dict', gc.collect())
