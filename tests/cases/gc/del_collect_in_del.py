# gc.collect() called from a __del__ run by the collector returns 0 (already collecting).
import gc
res = []
class A:
    def __del__(self):
        res.append(gc.collect())
gc.collect()
a = A()
a.me = a
del a
print(gc.collect(), res)
b = A()
del b
print(res)
