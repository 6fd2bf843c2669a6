# A cycle going through a list, a dict, an instance and a set member.
import gc
class A: pass
gc.collect()
a = A()
l = [a]
d = {'l': l}
a.d = d
s = {frozenset([1])}
a.s = s
del a, l, d, s
print(gc.collect())
