# A __del__ that resurrects its object: the object survives the collection, and __del__
# is not called again when it later becomes garbage again.
import gc
saved = []
calls = []
class A:
    def __del__(self):
        calls.append('del')
        saved.append(self)
gc.collect()
a = A()
a.me = a
del a
print('first', gc.collect(), calls, len(saved))
obj = saved.pop()
print(obj.me is obj, gc.is_finalized(obj))
del obj
print('second', gc.collect(), calls, len(saved))
