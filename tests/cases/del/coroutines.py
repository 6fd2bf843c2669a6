# Coroutines and async generators that die suspended are closed; one never awaited warns.
import sys


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


class Awaitable:
    def __await__(self):
        yield 'suspended'


async def coro():
    local = D('coro local')
    try:
        await Awaitable()
    finally:
        print('coroutine finally')


c = coro()
print(c.send(None))
del c
print('after suspended coroutine')


async def never():
    pass


n = never()
del n
sys.stderr.flush()
print('after never-awaited coroutine')


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('async generator finally')


g = agen()
it = g.__anext__()
try:
    it.send(None)
except StopIteration as e:
    print('first value', e.value)
del it
del g
print('after async generator')
print('end')
