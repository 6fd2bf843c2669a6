# dir(): no argument (the scope's names), objects, classes, modules, custom __dir__.
import sys

a = 1
print([n for n in dir() if not n.startswith('__')], dir() == sorted(dir()))


def f(x, y=2):
    z = 3
    print(dir())


f(1)


class Base:
    base_attr = 1

    def method(self):
        pass


class Derived(Base):
    """doc"""
    derived_attr = 2

    def __init__(self):
        self.inst = 3

    print(dir())


d = Derived()
names = dir(d)
print([n for n in names if not n.startswith('__')])
print(names == sorted(names), '__class__' in names, '__dict__' in names, '__weakref__' in names)
print([n for n in dir(Derived) if not n.startswith('__')])
print('inst' in dir(Derived), 'mro' in dir(Derived), 'mro' in dir(type))
print(dir(object) == sorted(object.__dict__))
print(sorted(set(dir(type)) - set(type.__dict__)))
print([n for n in dir(bool) if n in ('__invert__', '__and__', '__add__', '__getattribute__')])
print(dir(3) == dir(int))
print(dir(None))
print(dir(sys) == sorted(sys.__dict__))


class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(WithDir()))


class TupleDir:
    def __dir__(self):
        return ('z', 'y')


print(dir(TupleDir()))


class GenDir:
    def __dir__(self):
        yield 'q'
        yield 'p'


print(dir(GenDir()))


class BadDir:
    def __dir__(self):
        return 42


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)


class Unsortable:
    def __dir__(self):
        return [1, 'a']


try:
    dir(Unsortable())
except TypeError as e:
    print(type(e).__name__, e)


class FakeDict:
    __dict__ = 5

    def __init__(self):
        pass


print([n for n in dir(FakeDict()) if not n.startswith('__')], '__dict__' in dir(FakeDict()))


class Meta(type):
    def __dir__(cls):
        return ['from_meta']


class WithMeta(metaclass=Meta):
    pass


print(dir(WithMeta), dir(WithMeta()) == dir(object) + [] or 'x')
print(object.__dir__(d) == list(d.__dict__) + [k for k in Derived.__dict__ if k not in d.__dict__] or 'unordered')
print(type.__dir__(Derived) == sorted(type.__dir__(Derived)), sorted(type.__dir__(Derived))[:3])
print(type(object.__dir__(1)).__name__)
try:
    dir(1, 2)
except TypeError as e:
    print(e)
try:
    dir(x=1)
except TypeError as e:
    print(e)
try:
    object.__dir__()
except TypeError as e:
    print(e)

m = type(sys)('mymod')
m.x = 1
print(dir(m))
m.__dir__ = lambda: ['custom', 'list']
print(dir(m))
m2 = type(sys)('other', 'docstring')
print(dir(m2), m2.__dir__())
print(len(dir(__builtins__)) > 50)


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = 1
print([n for n in dir(s) if not n.startswith('__')], '__dict__' in dir(s))
print(dir(Slots) == dir(s))
