# Frame objects reached through generators, coroutines, tracebacks and sys._getframe(n):
# 120 bytes plus 8 per local and stack slot of their code, plus the GC header.
import sys


def gen(a, b):
    c = a + b
    yield c
    yield c * 2


g = gen(1, 2)
print('gi_frame', sys.getsizeof(g.gi_frame), g.gi_frame.__sizeof__())
next(g)
print('running gen frame', sys.getsizeof(g.gi_frame))


async def co(x):
    return x


c = co(1)
print('cr_frame', sys.getsizeof(c.cr_frame))
c.close()


def fail(p, q, r):
    s = p + q
    raise ValueError(s)


try:
    fail(1, 2, 3)
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(sys.getsizeof(tb.tb_frame))
        tb = tb.tb_next
    print('traceback frames', frames)


def caller():
    return callee()


def callee():
    return sys.getsizeof(sys._getframe(0)), sys.getsizeof(sys._getframe(1))


print('callers', caller())
print('module frame', sys.getsizeof(sys._getframe()) - sys._getframe().__sizeof__())
lam = lambda: sys.getsizeof(sys._getframe())
print('lambda frame', lam())
print('comprehension frame', [sys.getsizeof(sys._getframe()) for _ in range(1)])
