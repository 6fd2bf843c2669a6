# Frame objects (sys._getframe) and code objects: sizes follow the code's locals and stack.
import sys


def f0():
    return sys.getsizeof(sys._getframe()), sys._getframe().__sizeof__()


def f3(a, b, c):
    d = a + b + c
    return sys.getsizeof(sys._getframe()), d


def deep(a, b, c, d, e, f, g, h):
    x = [a, b, c, d, e, f, g, h, (a, b, c, d, e, f, g, h)]
    return sys.getsizeof(sys._getframe())


def closure():
    v = 1

    def inner():
        return v, sys.getsizeof(sys._getframe())
    return inner()


print('frames', f0(), f3(1, 2, 3), deep(*range(8)), closure())
print('module frame', sys.getsizeof(sys._getframe()) > 0)
for fn in [f0, f3, deep, closure]:
    co = fn.__code__
    print(fn.__name__, co.co_stacksize, co.co_nlocals, sys.getsizeof(co) == co.__sizeof__() , type(co).__basicsize__, type(co).__itemsize__)
