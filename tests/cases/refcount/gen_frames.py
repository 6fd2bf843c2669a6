# Refcounts of a generator's frame (gi_frame), code and the generator itself while suspended.
import sys
rc = sys.getrefcount
def gen():
    x = object()
    yield rc(x)
    yield sys._getframe()
g = gen()
print(rc(g), rc(gen.__code__) - rc(g.gi_code))
print(next(g))
fr = g.gi_frame
print(rc(fr), g.gi_frame is fr)
fr2 = next(g)
print(fr2 is fr, rc(fr))
print(sorted(fr.f_locals))
del fr2
g.close()
print(g.gi_frame, rc(fr))
print(sorted(fr.f_locals))
del fr
def gen2():
    yield rc(gen2)
g2 = gen2()
print(next(g2))
print(rc(g2.gi_code) - rc(gen2.__code__))
def running():
    yield rc(sys._getframe().f_generator) if hasattr(sys._getframe(), 'f_generator') else 'nogen'
print(next(running()))
