def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
x = []  # type: List[int]
for i in x:  # type: int
    pass
with a as b:  # type: ignore
    pass
def g(a):  # type: (int) -> str
    return a
import foo  # type: ignore[attr-defined]
y = 1  # type: ignore # noqa
