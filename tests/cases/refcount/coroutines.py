# Refcounts around coroutines driven by hand: arguments held by the coroutine frame, await of awaitables.
import sys
rc = sys.getrefcount
o = object()
async def coro(x):
    y = x
    return rc(y)
c = coro(o)
print(rc(o), rc(c))
try:
    c.send(None)
except StopIteration as e:
    print(e.value, rc(o))
del c
print(rc(o))
class Aw:
    def __await__(self):
        v = yield rc(self)
        return v
async def waiter(a):
    r = await a
    return r
a = Aw()
w = waiter(a)
print(w.send(None), rc(a))
try:
    w.send(o)
except StopIteration as e:
    print(e.value is o, rc(o))
print(rc(a))
c2 = coro(o)
print(rc(o))
c2.close()
print(rc(o))
async def agen(x):
    yield x
ag = agen(o)
print(rc(o))
it = ag.__anext__()
try:
    it.send(None)
except StopIteration as e:
    print(e.value is o, rc(o))
del e
