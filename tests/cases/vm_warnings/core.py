# Warnings the interpreter core issues: ~ on a bool, a coroutine never awaited.
import _warnings

b = True
print(~b, ~False if False else None)
f = False
print(~f)


def g():
    return ~b


print(g())


async def coro():
    return 1


c = coro()
del c


def make():
    coro()


make()
make()


class C:
    async def method(self):
        pass


C().method()
print("started coroutines are not reported:")
c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
del c
c = coro()
c.close()
del c

_warnings.filters.insert(0, ('error', None, DeprecationWarning, None, 0))
try:
    ~b
except DeprecationWarning as e:
    print("error:", e)
print("end")
