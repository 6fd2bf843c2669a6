# Refcounts of objects held by suspended generators (their frame's locals), after exhaustion and close().
import sys
rc = sys.getrefcount
o = object()
def gen(x):
    y = x
    yield 1
    yield 2
g = gen(o)
print(rc(o), rc(g))
next(g)
print(rc(o))
next(g)
print(rc(o))
for _ in g:
    pass
print(rc(o))
g2 = gen(o)
next(g2)
print(rc(o))
g2.close()
print(rc(o))
g3 = gen(o)
print(rc(o))
del g3
print(rc(o))
g4 = gen(o)
next(g4)
del g4
print(rc(o))
def holder():
    lst = [o, o]
    for item in lst:
        yield rc(item)
print(list(holder()), rc(o))
ge = (rc(v) for v in [o])
print(rc(o))
print(list(ge), rc(o))
def delegating():
    yield from gen(o)
d = delegating()
next(d)
print(rc(o))
d.close()
print(rc(o))
def sender():
    v = yield
    yield rc(v)
s = sender()
next(s)
print(s.send(o), rc(o))
