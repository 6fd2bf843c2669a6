x: int = 1
y: 'str'
print(__annotations__)
class A:
    a: int
    b: list[int] = []
    print(__annotations__)
print(A.__annotations__, A.b)
class M(dict):
    pass
ns = M()
exec('z: float = 2.0', {}, ns)
print(ns)
def f():
    q: int = 3
    return q
print(f(), f.__annotations__)
class B:
    __annotations__ = {'pre': 1}
    c: str
print(B.__annotations__)
try:
    exec('w: int', {}, 5)
except TypeError as e:
    print(e)
def g(a: int, *b: str, c: 'x' = 1, **d: float) -> None: pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
del g.__annotations__
print(g.__annotations__)
h = lambda: 0
print(h.__annotations__)
