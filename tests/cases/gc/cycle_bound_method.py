# A bound method stored on its own instance makes a cycle.
import gc
class A:
    def m(self):
        return 1
gc.collect()
a = A()
a.m2 = a.m
del a
print(gc.collect())
class S:
    __slots__ = ('cb',)
    def m(self):
        return 2
s = S()
s.cb = s.m
del s
print(gc.collect())
