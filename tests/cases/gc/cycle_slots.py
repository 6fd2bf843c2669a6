# Cycles through __slots__ instances (no __dict__).
import gc
class S:
    __slots__ = ('other',)
gc.collect()
a = S(); b = S()
a.other = b; b.other = a
del a, b
print(gc.collect())
a = S()
a.other = a
del a
print(gc.collect())
ring = [S() for _ in range(10)]
for i in range(10):
    ring[i].other = ring[(i + 1) % 10]
del ring
print(gc.collect())
