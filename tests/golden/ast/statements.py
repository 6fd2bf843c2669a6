# -*- coding: utf-8 -*-
import os, sys as system
import a.b.c as d
from . import x
from .. import (y, z,)
from ...pkg.mod import *
from .mod import a as b, c
global_var: int = 1
annotated: "list[int]"
(paren): int = 2
obj.attr: str = "x"
seq[0]: int
a = b = c = 1
a, *b = c
[a, b], (c, d) = e
a += 1; b -= 2; c *= 3; d @= 4; e /= 5; f //= 6; g %= 7; h **= 8; i >>= 9; j <<= 10; k &= 11; l ^= 12; m |= 13
del a, b[0], c.d, (e, f), [g]
assert x, "message"
assert (x, y)
raise
raise ValueError("x") from None
pass; pass;
def outer():
    x = 1
    def inner():
        nonlocal x
        global gv
        x += 1
    return inner
while True:
    break
else:
    continue
for i, (j, k) in enumerate(pairs):
    pass
else:
    pass
for x in *a, *b:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
with open(f) as g, open(h) as (i, j):
    pass
with (open(f) as g,
      open(h) as i,):
    pass
with (a, b):
    pass
with (yield):
    pass
class A(B, C, metaclass=M, **kw):
    """Docstring."""
    x: int = 0
    @property
    @functools.lru_cache(maxsize=None)
    @(lambda f: f)
    def method(self, a, /, b, *, c=1, **d) -> "A":
        return self
async def coro():
    async with a as b, c:
        await d
    async for x in y:
        pass
    [x async for x in y if await x]
    await asyncio.sleep(0)
    return await f() ** 2
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield from g()
    y = yield
    await_ = 1
lambda: 0
lambda x, /, y=1, *args, z, w=2, **kw: (x, y, z)
lambda *, k: k
lambda *a: a
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def g(*, a): pass
def h(a, /): pass
def k(a=1, /, *, b): pass
