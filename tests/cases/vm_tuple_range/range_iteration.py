# iterating ranges: long and short iterators, reversed ranges, big steps, ranges inside other operations
r = range(-3, 14, 4)
print(list(r), list(reversed(r)), [x for x in r if x % 2], sum(r), min(r), max(r), len(r))
print(list(range(10, 0, -3)), list(range(0)), list(range(-2)), list(range(5, -5, -4)), tuple(range(3)))
big = 2 ** 63
for x in range(big - 2, big + 2):
    print(x, end=' ')
print()
for x in reversed(range(big - 2, big + 1)):
    print(x, end=' ')
print()
print(list(range(-big, -big + 3)), list(range(big, big - 3, -1)), list(range(0, 3 * big, big)))
print(type(iter(range(big - 1, big))).__name__, type(iter(range(big, big + 1))).__name__, type(iter(range(-big, -big + 1))).__name__)
print(type(reversed(range(big - 1, big))).__name__, type(reversed(range(0, 5))).__name__, type(reversed(range(-big, 0))).__name__)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'), list(it))
rit = reversed(range(1, 7, 2))
print(rit.__length_hint__(), list(rit), rit.__length_hint__())
print(dict(zip(range(3), range(10, 13))), set(range(4)) == set(range(3, -1, -1)), list(enumerate(range(5, 8))))
print([r[i] for i in range(-len(r), len(r))])
print(range(10)[3:7][1:], range(10)[::-1][::-1], range(10)[::-2][1::3], range(0, 100, 7)[-3:-1])
print(range(5) == range(5)[:], range(5)[::1] is range(5), range(2, 2) == range(7, 3), range(10)[5:2] == range(0))
nested = [[i * j for j in range(i)] for i in range(4)]
print(nested)
print(range(1, 4).index(3), range(10**20).index(10**19), range(0, -10**20, -7).count(-7 * 10**18))
print(type(range(3).__reversed__()).__name__, type(range(4).__iter__()).__name__)
print(list(range(3)).index(range(3)[-1]))
r2 = range(1, 5)
print(r2[10])
