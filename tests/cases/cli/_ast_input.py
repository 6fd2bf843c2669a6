"""Docstring."""
import os.path as p, sys
from . import x as y


@decorator(1)
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:  # type: (int, int) -> str
    x = [i for i in range(3) if i]  # type: list
    async def g():
        async with a as (b, c):
            await b
    return f"{a!r:>{b}} {x=}"


class C(Base, metaclass=M):
    def __init__(self):
        self.v: dict[str, int] = {}
        del self.v[0], x
        lambda *a, k=1: (yield)


match cmd:
    case [1, *rest] if rest:
        pass
    case {"k": v, **kw} | Point(x=0):
        pass
type Alias[T: int] = list[T]
x = 1 if y else -2.5e3j
x @= b"\x00bytes" + ... ** None
