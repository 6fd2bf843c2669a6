s = {5, 3, 9, 1}
for x in s:
    print(x)
it = iter(s)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(frozenset([3, 2, 1])), sorted({3, 1, 2}), sum({1, 2, 3}), max({4, 9}), [*{7, 8}])
a, b = {1, 2}
print(a, b, type(iter(set())).__name__)
