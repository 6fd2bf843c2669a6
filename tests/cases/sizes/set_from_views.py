# Sets built from dict views, other sets, strings and iterators presize differently
# (set_update_internal, set_merge): from a set or dict the table is sized for the source.
import sys

for n in [3, 4, 5, 10, 19, 40]:
    d = dict.fromkeys(range(n))
    s = set(range(n))
    print(n, sys.getsizeof(set(d)), sys.getsizeof(set(d.keys())), sys.getsizeof(set(d.items())), sys.getsizeof(set(d.values())),
          sys.getsizeof(set(s)), sys.getsizeof(frozenset(s)), sys.getsizeof(set(iter(s))), sys.getsizeof(set(list(s))))
e = set()
e.update(dict.fromkeys(range(10)))
print('update from dict', sys.getsizeof(e))
f = set(range(3))
f.update(set(range(100, 120)))
print('update from set', sys.getsizeof(f))
print('keys ops', sys.getsizeof({1: 2}.keys() | {3}), sys.getsizeof(dict.fromkeys(range(8)).keys() & {1, 2}), sys.getsizeof({1: 1}.items() - set()))
