# A function storing its own frame in a local creates a frame cycle.
import gc, sys
gc.collect()
def f():
    fr = sys._getframe()
    return 1
f()
print(gc.collect())
def g():
    fr = sys._getframe()
    x = [1, 2]
    return fr
h = g()
print(h.f_locals['x'])
del h
print(gc.collect())
