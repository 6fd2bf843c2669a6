# tuple(): construction, count, index, repetition, __getnewargs__, __class_getitem__, comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(tuple(), tuple([1, 2]), tuple((3,)), tuple('ab'), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in (1, 2)), tuple({5}))
a = (1, 2)
print(tuple(a) is a, tuple([]) is (), tuple(()) is ())
t(lambda: tuple(1))
t(lambda: tuple([1], 2))
t(lambda: tuple(x=1))
t(lambda: tuple(iterable=[1]))
t(lambda: tuple.__new__(tuple, [1]))
t(lambda: tuple.__new__(list))
t(lambda: tuple.__new__())
t(lambda: tuple.__new__(tuple, 1, 2))
def gen():
    yield 1
    raise KeyError('inside')
t(lambda: tuple(gen()))

s = (1, 2, 3, 2, 1, 2.0, 'x')
print(s.count(2), s.count('x'), s.count(9), s.count(True), ().count(1))
t(lambda: s.count())
t(lambda: s.count(1, 2))
print(s.index(2), s.index(2, 2), s.index(2, -2), s.index(1, 1), s.index('x', 0, 100), s.index(2, -100, 10 ** 30))
t(lambda: s.index(2, 4, 5))
t(lambda: s.index(99))
t(lambda: s.index())
t(lambda: s.index(1, 2, 3, 4))
t(lambda: s.index(1, 'a'))
t(lambda: s.index(1, 0, None))
t(lambda: s.index(1, None))
t(lambda: s.index(x=1))
t(lambda: s.index(2, 10 ** 30))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(s.index(2, Idx(2)), (1, 2) * Idx(2), (1,).__mul__(Idx(3)))

print(a * 2, 2 * a, a * 0, a * -1, () * 5, a.__mul__(3), a.__rmul__(2), a * True)
print((a * 1) is a, (a * 0) is ())
t(lambda: a * 'x')
t(lambda: 'x' * a)
t(lambda: a * 2.0)
t(lambda: a.__mul__('x'))
t(lambda: a.__mul__(10 ** 30))
t(lambda: a.__rmul__())
t(lambda: a * (10 ** 30))
print(a.__getnewargs__(), ().__getnewargs__(), a.__getnewargs__()[0] is a)

class T(tuple):
    pass
x = T([1, 2])
print(x, type(x).__name__, x * 2, type(x * 2).__name__, type(x + ()).__name__, x.__getnewargs__(), type(x.__getnewargs__()[0]).__name__)
t(lambda: x * 'a')
t(lambda: T(iterable=[1]))
t(lambda: T(1))
print(T(), T(()), T('ab') == ('a', 'b'), T.__mul__ is tuple.__mul__, T.count(x, 1), len(x), x[1], x[::-1])

class Named(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __repr__(self):
        return f'Named{tuple.__repr__(self)}'
n = Named(1, 2)
print(n, n[0], n + (3,), type(n).__mro__)

print(tuple[int], tuple[int, str], tuple[()], tuple[tuple[int], list[str]], tuple.__class_getitem__(int))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0), () < (0,), (1, 'a') <= (1, 'a'))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1, 2) < [1, 2])
t(lambda: (1,) < 1)
print((1, 2) == [1, 2], hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()))
t(lambda: hash((1, [2])))
print(sorted(tuple.__dict__))
