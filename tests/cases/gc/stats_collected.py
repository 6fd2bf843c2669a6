# 'collected' in get_stats() accumulates in the generation that was collected.
import gc
class A: pass
gc.collect()
s0 = gc.get_stats()
for i in range(5):
    a = A(); a.me = a
del a
gc.collect(0)
for i in range(3):
    a = []; a.append(a)
del a
gc.collect(1)
s1 = gc.get_stats()
print([s1[g]['collected'] - s0[g]['collected'] for g in range(3)])
print([s1[g]['collections'] - s0[g]['collections'] for g in range(3)])
