# set and frozenset sizes by construction: literals, set(), comprehensions, frozenset(range),
# copies, operators and update.
import sys

a, b, c = 1, 2, 3
print('literals', sys.getsizeof({1}), sys.getsizeof({1, 2, 3}), sys.getsizeof({a, b, c}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({a, b, c, 4, 5}))
for n in [0, 1, 4, 5, 6, 18, 19, 20, 76, 77, 100]:
    print(n, 'set(range)', sys.getsizeof(set(range(n))), 'set(list)', sys.getsizeof(set(list(range(n)))),
          'comp', sys.getsizeof({x for x in range(n)}), 'frozenset', sys.getsizeof(frozenset(range(n))),
          'set(set)', sys.getsizeof(set(set(range(n)))), 'set(dict)', sys.getsizeof(set(dict.fromkeys(range(n)))))
s = set(range(10))
print('copy', sys.getsizeof(s.copy()), sys.getsizeof(frozenset(s)), sys.getsizeof(set(frozenset(s))))
print('ops', sys.getsizeof(s | {100}), sys.getsizeof(s & {1, 2}), sys.getsizeof(s - {1}), sys.getsizeof(s ^ {1, 200}))
t = set()
t.update(range(7))
print('update', sys.getsizeof(t))
t |= set(range(100, 130))
print('|=', sys.getsizeof(t))
t &= {100, 101}
print('&=', sys.getsizeof(t))
print('empty', sys.getsizeof(frozenset()), sys.getsizeof(set()), frozenset().__sizeof__())


class S(set):
    pass


class FS(frozenset):
    __slots__ = ()


print('subclasses', sys.getsizeof(S()), sys.getsizeof(S(range(10))), sys.getsizeof(FS(range(3))))
