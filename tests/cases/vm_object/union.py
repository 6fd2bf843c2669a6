# types.UnionType: X | Y for classes and None.
U = type(int | str)
print(U, U.__module__, U.__name__, U.__qualname__, sorted(U.__dict__))
print(U.__flags__, U.__basicsize__, U.__itemsize__, U.__weakrefoffset__, U.__dictoffset__, U.__doc__)
u = int | str
print(u, repr(u), str(u), u.__args__, u.__parameters__, u.__module__, u.__class__)
print(int | None, None | int, int | str | int, (int | str) | (float | int), int | int, type(int | int))
print(None | None if False else 'skip', type(None) | None, (None | int).__args__)
print(u == (str | int), u == (int | str), u != (int | str), u == int, u != 5, hash(u) == hash(str | int))
print(hash(int | str) == hash(frozenset({int, str})))
print(isinstance(1, u), isinstance(1.5, u), isinstance(None, int | None), isinstance(True, u))
print(issubclass(bool, u), issubclass(float, u), issubclass(type(None), int | None))
print(isinstance(1, (float, int | str)), isinstance(1, float | (int | str)))


class A:
    class Inner:
        pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(A | int, A | None | A, A.Inner | A, WithMeta | Meta, Meta | type)
print(type(WithMeta | int), (WithMeta | int).__args__)
d = {int | str: 'a', str | int: 'b'}
print(len(d), d[int | str])
print({u, str | int, int | float} == {int | str, float | int})

for bad in ("int | 1", "1 | int", "int | 'str'", "u | 3", "3 | u", "u[int]", "isinstance(1, int | 3)",
            "issubclass(1, int | str)", "u < u", "u > 1", "U()", "U(int)", "u.x", "A | len"):
    try:
        print(eval(bad))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class X(int | str):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    u.__args__ = ()
except AttributeError as e:
    print('AttributeError', e)
try:
    u.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(U.__or__(u, None), u.__ror__(float), u.__or__(5), u.__ror__('x'))
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 5), int.__or__(1, 2))
print(bool(u), len((int | str | float | None).__args__))
print(int | str | float | bytes | None)
