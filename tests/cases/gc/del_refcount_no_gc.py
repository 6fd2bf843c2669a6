# __del__ of an acyclic object runs at once, without the collector; is_finalized afterwards.
import gc
class A:
    def __del__(self):
        print('del', self.n)
a = A(); a.n = 1
del a
print('after del')
gc.collect()
class B:
    def __del__(self):
        print('B del')
        global zombie
        zombie = self
b = B()
del b
print(gc.is_finalized(zombie))
del zombie
print('end')
