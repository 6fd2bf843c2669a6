type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Recursive[T: (int, str), *Ts, **P] = Callable[P, tuple[T, *Ts]]
def first[T](xs: list[T]) -> T:
    return xs[0]
def bounded[T: int, U: (str, bytes)](a: T, b: U) -> None: ...
class Box[T, *Ts, **P](Base[T], metaclass=Meta):
    def get[S](self) -> S: ...
async def agen[T](x: T) -> T:
    return x
class C2[T](object): pass
