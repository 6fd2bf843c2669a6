def g1():
    yield
    yield 1
    x = yield 2
    y = yield from g2()
    return x, y

def g2():
    try:
        yield 1
    finally:
        yield 2

def g3(items):
    for i in items:
        with i:
            yield i

async def c1(x):
    return await x

async def c2(xs):
    async for x in xs:
        if x:
            continue
        break
    else:
        pass

async def ag(xs):
    async with xs as y:
        yield y
    async for x in xs:
        yield x

def gen_in_class():
    class K:
        g = (i for i in range(3))
    return K
