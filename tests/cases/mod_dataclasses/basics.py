# Ordinary @dataclass use: fields, defaults, default_factory, repr/eq, order, frozen, replace,
# asdict/astuple, __post_init__, InitVar, field() options, and their errors.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), p == Point(3, 5), p != Point(1))
print(Point(1), Point(y=2, x=1), repr(Point(-1, -2)))
print([f.name for f in fields(Point)], [f.default is dataclasses.MISSING for f in fields(p)], Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__dataclass_params__)
print(repr(fields(Point)[1]).replace(repr(dataclasses.MISSING), 'MISSING'))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list[str] = field(default_factory=list, compare=False)

vs = [Version(1, 2), Version(1, 0), Version(0, 9, ['x'])]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, tags=['a']) == Version(1))
a, b = Version(1), Version(1)
a.tags.append('t')
print(a.tags, b.tags)

@dataclass(frozen=True)
class Frozen:
    name: str
    count: int = 1

f = Frozen('a')
try:
    f.count = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del f.name
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen('a')), {f, Frozen('a'), Frozen('b')} == {Frozen('a'), Frozen('b')})
print(replace(f, count=5), f)

@dataclass
class Inventory:
    owner: str
    items: dict = field(default_factory=dict)
    points: list = field(default_factory=lambda: [Point(0, 0)])
    secret: str = field(default='s', repr=False)
    total: int = field(init=False, default=0)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = len(self.items) * scale

inv = Inventory('me', {'a': 1, 'b': 2}, scale=10)
print(inv, inv.total)
print(asdict(inv))
print(astuple(inv))
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv)))
print(dataclasses.is_dataclass(inv), dataclasses.is_dataclass(Inventory), dataclasses.is_dataclass(3))

@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2), Child(1, z=3), [f.name for f in fields(Child)])

@dataclass(eq=False, repr=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith('<__main__.Plain object at'))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=0))

Dyn = dataclasses.make_dataclass('Dyn', [('x', int), ('y', float, field(default=1.5))], namespace={'twice': lambda self: 2 * self.x})
print(Dyn(4), Dyn(4).twice())

for make in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: KW(1), lambda: Inventory('a', total=3),
             lambda: replace(inv, total=1), lambda: replace(p, nope=1), lambda: asdict(Point), lambda: fields(3)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for src in ["@dataclass\nclass Bad:\n    a: int = 1\n    b: int\n",
            "@dataclass\nclass Bad:\n    a: list = []\n",
            "@dataclass(order=True, eq=False)\nclass Bad:\n    a: int\n",
            "@dataclass\nclass Bad:\n    a: int = field(default=1, default_factory=int)\n"]:
    try:
        exec(src, {'dataclass': dataclass, 'field': field})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
