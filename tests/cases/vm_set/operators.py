a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a, a | a, a & a, a - a, a ^ a)
print(a <= b, a < a | b, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b, a <= a, a < a, {1} < {1, 2}, set() <= a)
print(a == frozenset(a), frozenset(a) == a, a != frozenset(a), {1} == [1], {1} != (1,))
f = frozenset(a)
print(f | b, type(f | b).__name__, type(b | f).__name__, type(f & b).__name__, type(b - f).__name__, type(f ^ b).__name__)
c = set(a)
d = c
c |= b
c &= {1, 3, 5, 7}
c -= {1}
c ^= {9, 3}
print(c, d is c)
g = frozenset({1, 2})
h = g
g |= {3}
print(g, h, g is h)
print(set() | set(), frozenset() & {1}, {1, 2} - frozenset([2]), {1, 2} ^ set())
