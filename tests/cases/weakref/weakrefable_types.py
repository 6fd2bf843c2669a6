# Which types can be weakly referenced.
import weakref
import sys
import types


def gen():
    yield 1


async def coro():
    pass


class Plain:
    pass


class IntSub(int):
    pass


class StrSub(str):
    pass


class TupleSub(tuple):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


cases = [
    ('int', lambda: 1000), ('str', lambda: 'abc'), ('tuple', lambda: (1, 2)), ('list', lambda: [1]),
    ('dict', lambda: {}), ('bytes', lambda: b'x'), ('float', lambda: 1.5), ('complex', lambda: 1j),
    ('bool', lambda: True), ('NoneType', lambda: None), ('bytearray', lambda: bytearray()),
    ('object', lambda: object()), ('set', lambda: {1}), ('frozenset', lambda: frozenset({1})),
    ('function', lambda: (lambda: 0)), ('class', lambda: Plain), ('instance', lambda: Plain()),
    ('type', lambda: int), ('builtin function', lambda: len), ('code', lambda: gen.__code__),
    ('generator', lambda: gen()), ('module', lambda: sys), ('method', lambda: Plain().__init__),
    ('bound method', lambda: [].append), ('range', lambda: range(3)), ('slice', lambda: slice(1)),
    ('property', lambda: property()), ('staticmethod', lambda: staticmethod(len)),
    ('classmethod', lambda: classmethod(len)), ('memoryview', lambda: memoryview(b'a')),
    ('IntSub', lambda: IntSub(1)), ('StrSub', lambda: StrSub('a')), ('TupleSub', lambda: TupleSub()),
    ('ListSub', lambda: ListSub()), ('DictSub', lambda: DictSub()), ('iter', lambda: iter([])),
    ('Exception', lambda: ValueError()), ('cell', lambda: (lambda: x).__closure__[0] if False else types.CellType()),
    ('SimpleNamespace', lambda: types.SimpleNamespace()), ('frame', lambda: sys._getframe()),
    ('ref', lambda: weakref.ref(Plain)), ('proxy', lambda: weakref.proxy(Plain)),
    ('map', lambda: map(str, [])), ('enumerate', lambda: enumerate([])), ('zip', lambda: zip()),
    ('Ellipsis', lambda: ...), ('NotImplemented', lambda: NotImplemented), ('super', lambda: super(Plain, Plain())),
    ('mappingproxy', lambda: Plain.__dict__), ('dict_keys', lambda: {}.keys()), ('coroutine', lambda: coro()),
]
for name, make in cases:
    obj = make()
    try:
        r = weakref.ref(obj)
        print(name, 'ok', r() is obj)
    except TypeError as e:
        print(name, 'TypeError:', e)
    if name == 'coroutine':
        obj.close()
print('end')
