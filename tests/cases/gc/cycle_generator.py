# A suspended generator that refers to itself through a local of its frame. Its finalizer
# (close) clears the frame during the collection, which frees it before the sweep, so the
# count returned does not include it.
import gc, weakref
gc.collect()
def gen():
    me = yield 1
    yield 2
g = gen()
next(g)
g.send(g)
r = weakref.ref(g)
del g
print(r() is not None)
print(gc.collect(), r() is None)
def gen3(l):
    yield l
l = []
k = gen3(l)
l.append(k)
del k, l
print('unstarted', gc.collect())
def gen4():
    x = []
    x.append(x)
    yield 1
    yield 2
k = gen4()
next(k)
del k
print('frame-local cycle freed by refcount', gc.collect())
