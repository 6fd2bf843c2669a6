import itertools
from itertools import count, cycle, repeat, islice

def check(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

c = count()
print(c, next(c), next(c), c)
print(count(5), count(-3), count(2**70), count(1.5), count(0, 2), count(0, 1.0), count(1, 1), count(3, -1))
print(count(start=4, step=3), count(step=2))
print(list(islice(count(10, 3), 5)))
print(list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(2**63 - 3), 6)))
c = count(2**63 - 2)
for _ in range(4):
    print(repr(c), next(c))
print(list(islice(count(1, 2**64), 3)))
print(list(islice(count(1j, 1), 3)))
print(list(islice(count(True), 3)), list(islice(count(False, True), 3)))
check(count, 'a')
check(count, 0, 'b')
check(count, [])
check(count, 1, 2, 3)
check(count, x=1)
check(count, 1, start=1)
class C(count):
    pass
c = C(3, 2)
print(repr(c), type(c).__name__, next(c), repr(c))
print(repr(C()), C().__class__.__module__)

print(list(islice(cycle('abc'), 8)))
print(list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
check(cycle)
check(cycle, 1)
check(cycle, [1], [2])
check(cycle, iterable=[1])
def gen():
    yield 1
    yield 2
    raise ValueError('boom')
cy = cycle(gen())
print(next(cy), next(cy))
check(next, cy)
print(next(cy), next(cy), next(cy))

r = repeat('a')
print(r, next(r), next(r))
print(repeat('a', 3), list(repeat('a', 3)), list(repeat(None, 0)), list(repeat(1, -5)))
print(repr(repeat(1, -5)), repr(repeat([1], times=2)))
r = repeat(7, 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), next(r), r.__length_hint__(), repr(r))
check(next, r)
check(repeat('x').__length_hint__)
check(repeat)
check(repeat, 1, 2, 3)
check(repeat, 1, 2.5)
check(repeat, 1, 'a')
check(repeat, 1, 2**64)
check(repeat, 1, -2**64)
check(repeat, 1, times=None)
check(repeat, object=1, x=2)
check(repeat, 1, object=2)
check(repeat, times=2)
print(list(repeat(object=5, times=2)))
rl = []
rl.append(repeat(rl))
print(rl)
print(list(map(pow, range(5), repeat(2))))
class R(repeat):
    pass
print(repr(R(1, 2)), list(R(2, 2)))
