from __future__ import annotations

x: int = 1
y: list[dict[str, int | None]]
z: 'quoted'
w: lambda a, /, b=1, *c, d, **e: a + b
v: a if b else c
u: (a, b) | [c] | {d: e} | {f}
t: [x for x in y if x] | {k: v for k, v in z} | (g for g in h)
s: f(a, *b, c=d, **e) + x.y[1:2, ::3] - -a ** -b
r: f"{a!r:>{w}} {{lit}} {b}" + 1e300 ** 2
q: 0 .real + (not a) + (a and b or c) + (b if c else d)
p: 1 < 2 <= 3 is not None in x not in y
o: ~b + -1 + +2 + 1.5j
n: ... | None | True | b'bytes' | 'str' | (1,) | ()

def f(a: int, *args: tuple[int, ...], b: str = '', **kw: dict) -> Callable[[int], str]:
    pass

class C:
    attr: ClassVar[int] = 3
    def m(self) -> C:
        pass
