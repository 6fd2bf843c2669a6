# Automatic collections keep cyclic garbage bounded: with default thresholds the number of
# live cycles never grows beyond a few thousand.
import gc, weakref
class A: pass
gc.collect()
alive = []
refs = []
for i in range(50000):
    a = A()
    a.me = a
    if i % 1000 == 0:
        refs.append(weakref.ref(a))
del a
dead = sum(r() is None for r in refs)
print(len(refs), dead >= 45)
gc.collect()
print(sum(r() is None for r in refs))
