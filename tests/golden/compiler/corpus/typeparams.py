def ident[T](x: T) -> T:
    return x

def bounded[T: int, *Ts, **P](x: T, *a: *Ts) -> T:
    return x

def constrained[T: (int, str)](x: T = 1, *, y: T = 2) -> T:
    return x

class Box[T]:
    def get(self) -> T:
        return self.item

class Mapping[K, V](Base, metaclass=Meta):
    def items(self) -> list[tuple[K, V]]:
        return []

type Alias = int
type Generic[T] = list[T]
type Bounded[T: str] = dict[str, T]

class Outer:
    def method[U](self, u: U) -> U:
        return u
    type Inner[X] = X
