# comparisons, __sizeof__, repr recursion, __class_getitem__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 1} == {1: 1.0})
print({1: 2} == [1], {1: 2} != (1,), {} == set(), {1: [1]} == {1: [1]})
t(lambda: {} < {})
t(lambda: {} <= {1: 2})
t(lambda: {} > 1)
t(lambda: {}.__lt__({}))
print({}.__eq__(1), {}.__eq__({}), {}.__ne__({1: 1}))

class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v
    __hash__ = None
print({1: Noisy(1), 2: Noisy(2)} == {2: Noisy(2), 1: Noisy(1)})
print({1: Noisy(1)} == {1: Noisy(5)})

class Sub(dict):
    pass
print(Sub(a=1) == {'a': 1}, {'a': 1} == Sub(a=1))

# sizes, as CPython's table grows and shrinks
sizes = []
d = {}
for i in range(40):
    sizes.append(d.__sizeof__())
    d[i] = i
print(sizes)
print({}.__sizeof__(), dict.fromkeys(range(10)).__sizeof__(), dict(a=1, b=2).__sizeof__())
print({'a': 1}.__sizeof__(), {1: 1}.__sizeof__(), dict.fromkeys(range(100)).__sizeof__(), Sub().__sizeof__(), Sub(x=1).__sizeof__())
e = dict.fromkeys(range(20))
for i in range(15):
    del e[i]
print(e.__sizeof__(), e.copy().__sizeof__(), dict(e).__sizeof__(), {**e}.__sizeof__())
f = dict(a=1, b=2, c=3)
print(f.copy().__sizeof__(), (f | {}).__sizeof__(), dict.fromkeys(f).__sizeof__(), dict.fromkeys({1, 2, 3}).__sizeof__())

# repr with recursion
r = {}
r[1] = r
print(r, repr(r))
l = [r]
r[2] = l
print(r)
class ReprSub(dict):
    pass
print(ReprSub({1: ReprSub()}))

# __class_getitem__
print(dict[int, str], dict[int], dict[()], type(dict[int, str]))
g = dict[str, int]
print(g.__origin__, g.__args__, g.__parameters__, g(a=1), g.fromkeys('ab'), g == dict[str, int], g != dict[str, int], g == dict)
print(hash(g) == hash(dict[str, int]), dict[str, list[int]], dict[dict, Sub], dict[1, 'x', None])
class G(dict[str, int]):
    pass
print(G.__mro__, G.__orig_bases__, G(a=1))
print(dict.__class_getitem__(int), Sub[int], type(Sub[int]).__name__)
print(dict.__dict__['__class_getitem__'])
