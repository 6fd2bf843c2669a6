from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional, Protocol, Tuple, TypedDict,
                    TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload, runtime_checkable, Annotated, Iterator)
import typing

T = TypeVar('T')
K = TypeVar('K')

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

class Pair(Box[int], Generic[K]):
    pass

print(Box[int], Box[int](3).get(), Box.__parameters__, Pair.__parameters__, Pair.__orig_bases__)
print(Optional[int], List[int], Dict[str, List[int]], Tuple[int, ...], Union[int, str, None], Callable[[int], str], Literal['a', 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Annotated[int, 'x']))

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(1)
print(p, p._asdict(), Point._fields, Point.__annotations__, p._replace(y=5))

class Movie(TypedDict, total=False):
    name: str
    year: int

m: Movie = {'name': 'x'}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self) -> None:
        pass

print(Closable._is_protocol, Closable._is_runtime_protocol, F().close())

def f(a: int, b: 'List[str]', c: Optional[Box[int]] = None) -> Dict[str, Any]:
    return {}

print(get_type_hints(f))

class C:
    x: ClassVar[int] = 1
    y: Final = 2
    z: 'C'

print(get_type_hints(C))
print(cast(int, 'a'), typing.TYPE_CHECKING)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), typing.get_overloads(g) != [])

class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)

def first[U: (int, str)](xs: list[U]) -> U:
    return xs[0]

type IntList = list[int]
type Pairish[A, B] = tuple[A, B]
print(Stack.__type_params__, Stack[int], first.__type_params__, first.__type_params__[0].__constraints__, first([3]))
print(IntList, IntList.__value__, Pairish[int, str], Pairish.__type_params__, type(IntList))
S = TypeVar('S', bound='Box')
print(S.__bound__, typing.ForwardRef('x'), Iterator[int])
try:
    Box[int, str]
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
try:
    class Bad(Generic[T], Generic[K]): pass
except TypeError as e:
    print(e)
