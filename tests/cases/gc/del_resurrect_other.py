# __del__ resurrecting another member of the cycle keeps the whole cycle alive for that collection.
import gc
keep = []
class A:
    def __del__(self):
        keep.append(self.partner)
class B:
    pass
gc.collect()
a = A(); b = B()
a.partner = b; b.partner = a
del a, b
print(gc.collect(), len(keep))
b = keep.pop()
print(type(b).__name__, type(b.partner).__name__, gc.is_finalized(b.partner))
del b
print(gc.collect(), len(keep))
