# Generators, coroutines and async generators: 16 GC + header + the frame's locals and stack.
import sys


def g0():
    yield 1


def g2(a, b):
    c = a + b
    yield c


def gbig():
    a = b = c = d = e = f = 1
    yield [a, b, c, d, e, f, (a, b, c, d, e, f, a, b, c)]


async def co():
    return 1


async def ag():
    yield 1


for gen in [g0(), g2(1, 2), gbig(), (x for x in []), (x + y for x in [] for y in [])]:
    print(type(gen).__name__, sys.getsizeof(gen), gen.__sizeof__())
it = g0()
next(it)
print('started', sys.getsizeof(it))
for x in it:
    pass
print('finished', sys.getsizeof(it))
c = co()
print('coroutine', sys.getsizeof(c), c.__sizeof__())
c.close()
a = ag()
print('async gen', sys.getsizeof(a), a.__sizeof__())
print('asend', sys.getsizeof(a.asend(None)) > 0, sys.getsizeof(a.__anext__()))
