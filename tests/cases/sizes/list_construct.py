# Capacity of lists built in different ways: displays, list() of lists/tuples/generators/ranges,
# [x]*n, comprehensions, slicing, copy, sorted, + .
import sys

a, b, c = 1, 2, 3
print('displays', sys.getsizeof([]), sys.getsizeof([a]), sys.getsizeof([a, b]), sys.getsizeof([a, b, c]))
print('const displays', sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([1, 2, 3, 4, 5, 6, 7]))
print('mixed', sys.getsizeof([1, a]), sys.getsizeof([a, 1, 2]), sys.getsizeof([*range(3)]), sys.getsizeof([*range(3), a]))
for n in [0, 1, 2, 3, 4, 5, 9, 10, 11, 100]:
    print(n, 'list(range)', sys.getsizeof(list(range(n))), 'list(list)', sys.getsizeof(list([0] * n)),
          'list(tuple)', sys.getsizeof(list((0,) * n)), 'list(gen)', sys.getsizeof(list(x for x in range(n))),
          '[x]*n', sys.getsizeof([0] * n), 'comp', sys.getsizeof([x for x in range(n)]))
L = list(range(20))
print('slices', sys.getsizeof(L[:5]), sys.getsizeof(L[::2]), sys.getsizeof(L[::-1]), sys.getsizeof(L[5:5]))
print('copy', sys.getsizeof(L.copy()), sys.getsizeof(L[:]), sys.getsizeof(list(L)), sys.getsizeof(sorted(L)), sys.getsizeof(sorted(x for x in L)))
print('concat', sys.getsizeof(L + L), sys.getsizeof(L + []), sys.getsizeof([] + []), sys.getsizeof(L * 2), sys.getsizeof(L * 0))
print('str split', sys.getsizeof('a b c d e'.split()), sys.getsizeof('abc'.split(',')), sys.getsizeof(list('hello')), sys.getsizeof(list(b'hello')))
print('dict', sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list({1: 2}.items())), sys.getsizeof(list({1, 2, 3})))
print('map', sys.getsizeof(list(map(str, range(7)))), sys.getsizeof(list(zip(range(5), range(5)))), sys.getsizeof(list(enumerate('abc'))))
print('reversed', sys.getsizeof(list(reversed(range(9)))), sys.getsizeof(list(reversed([1, 2, 3]))), sys.getsizeof(list(iter([1, 2, 3]))))
print('dir', sys.getsizeof(list(filter(None, range(10)))), sys.getsizeof([[] for _ in range(3)]))
big = [a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a]
print('31 elems', sys.getsizeof(big), len(big))
