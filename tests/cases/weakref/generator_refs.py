# Weak references to generators and coroutines: alive while suspended, callbacks at their end.
import weakref


def gen():
    yield 1
    yield 2


g = gen()
r = weakref.ref(g, lambda ref: print('generator callback'))
print(next(g), r() is g)
for x in g:
    pass
print('exhausted, still referenced:', r() is g)
del g
print('after del g')


def gen2():
    try:
        yield 'x'
    finally:
        print('gen2 finally')


g2 = gen2()
next(g2)
r2 = weakref.ref(g2, lambda ref: print('gen2 callback'))
del g2
print('after del g2')


async def co():
    return 1


c = co()
rc = weakref.ref(c, lambda ref: print('coroutine callback'))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
del c
ge = (i for i in range(3))
rg = weakref.proxy(ge)
print(next(rg), list(rg))
del ge
try:
    next(rg)
except ReferenceError as e:
    print('ReferenceError:', e)
print('end')
