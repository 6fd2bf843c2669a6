# aiter() and anext(), with and without a default, driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield 1
    yield 2


class AIter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = agen()
    it = aiter(g)
    print(it is g, type(it).__name__)
    print(await anext(it), await anext(it), await anext(it, 'default'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    a = AIter(2)
    print(aiter(a) is a, await anext(a), await anext(a), await anext(a, 'end'), await anext(a, 'x'))
    try:
        await anext(a)
    except StopAsyncIteration:
        print('exhausted')
    aw = anext(AIter(1), 'dflt')
    print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
    print(await aw)
    aw2 = anext(AIter(0), [1, 2])
    print(await aw2)
    r = []
    async for x in AIter(3):
        r.append(x)
    print(r)
    return 'done'


print(run(main()))

for code in ("aiter()", "aiter(1)", "aiter([])", "aiter(1, 2)", "anext()", "anext(1)", "anext(1, 2, 3)", "anext([])", "anext(agen(), x=1)"):
    try:
        eval(code)
    except TypeError as e:
        print(code, '->', e)


class BadAIter:
    def __aiter__(self):
        return 5


try:
    aiter(BadAIter())
except TypeError as e:
    print(e)

# send, throw and close of an anext awaitable
aw = anext(agen(), 'd')
print(aw.send(None) if False else 'skip')
try:
    aw.send(None)
except StopIteration as e:
    print('value', e.value)
g2 = agen()
aw = anext(g2, 'd')
try:
    aw.throw(ValueError('boom'))
except ValueError as e:
    print('thrown', e)
aw = anext(AIter(1), 0)
print(aw.close())
aw = anext(AIter(0), 'zero')
try:
    aw.send(None)
except StopIteration as e:
    print('default through send:', e.value)
aw = anext(AIter(0), 'zero')
try:
    next(aw)
except StopIteration as e:
    print('default through next:', e.value)
try:
    aw.throw(StopAsyncIteration)
except StopIteration as e:
    print('default through throw:', e.value)
print(type(anext(agen())).__name__)
