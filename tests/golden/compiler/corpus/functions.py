def simple():
    return 1

def docstring(a, b):
    "A docstring."
    return a + b

def defaults(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    x = a + b + c + d + e
    return x

def annotated(a: int, *b: str, c: 'fwd' = None, **d: float) -> list[int]:
    pass

def closure(a):
    b = 2
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner

def cell_arg(x, y):
    def g():
        return x
    y = 1
    return g, y

def gen(n):
    for i in range(n):
        yield i
    x = yield
    yield from range(x)
    return 5

async def coro(a):
    await a
    async for x in a:
        await x
    async with a as b, b:
        pass
    return a

async def agen():
    yield 1
    await x

@decorator
@other.decorator(1)
def decorated():
    pass

def uses_globals():
    global counter
    counter += 1
    return len(counter)

def locals_and_checks(a):
    if a:
        x = 1
    print(x)
    del x
    return x

def kwonly(*, a, b=2):
    return a, b

def early_return(a):
    for x in a:
        try:
            with x:
                return x
        finally:
            print('f')
    return None

lam = lambda: (yield)
lam2 = lambda *a, **k: a
def many_locals(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9):
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 0
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = 0
    d0 = d1 = d2 = d3 = d4 = d5 = d6 = d7 = d8 = d9 = 0
    e0 = e1 = e2 = e3 = e4 = e5 = e6 = e7 = e8 = e9 = 0
    f0 = f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = f9 = 0
    g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = 0
    if a0:
        h0 = h1 = h2 = 1
    return h0 + h1 + h2 + b0 + g9
