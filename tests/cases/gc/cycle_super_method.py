# Instance holding a list of its own bound methods, and a lambda capturing it through a cell.
import gc
class A:
    def m(self): pass
    def n(self): pass
gc.collect()
a = A()
a.methods = [a.m, a.n]
del a
print(gc.collect())
def make():
    b = A()
    b.f = lambda: b
make()
print(gc.collect())
c = A()
c.f = lambda: c
del c
print('global lambda, no cycle', gc.collect())
