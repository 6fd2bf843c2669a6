# gc.is_finalized is True only for objects whose __del__ ran through the collector or dealloc.
import gc
class A:
    def __del__(self):
        pass
class B:
    pass
a = A()
print(gc.is_finalized(a), gc.is_finalized(B()), gc.is_finalized(1), gc.is_finalized([]))
store = []
class R:
    def __del__(self):
        store.append(self)
r = R()
r.me = r
del r
gc.collect()
print(gc.is_finalized(store[0]))
try:
    gc.is_finalized()
except TypeError as e:
    print(e)
