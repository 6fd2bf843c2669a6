# Iterator objects: over lists, tuples, strs, bytes, dicts, sets, ranges; enumerate, zip, map,
# filter, reversed, and itertools.
import sys, itertools

print('seq iters', sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter('')), sys.getsizeof(iter('\xe9')),
      sys.getsizeof(iter(b'')), sys.getsizeof(iter(bytearray())))
d = {1: 2}
print('dict iters', sys.getsizeof(iter(d)), sys.getsizeof(iter(d.values())), sys.getsizeof(iter(d.items())), sys.getsizeof(reversed(d)))
print('views', sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print('set iters', sys.getsizeof(iter(set())), sys.getsizeof(iter(frozenset())))
print('range iters', sys.getsizeof(iter(range(10))), sys.getsizeof(iter(range(2**70))), sys.getsizeof(reversed(range(5))))
print('builtins', sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(zip([], [])), sys.getsizeof(zip([], [], [])),
      sys.getsizeof(map(str, [])), sys.getsizeof(map(pow, [], [])), sys.getsizeof(filter(None, [])))
print('reversed', sys.getsizeof(reversed([])), sys.getsizeof(reversed(())), sys.getsizeof(reversed('ab')))
print('callable iter', sys.getsizeof(iter(int, 1)))
print('itertools', sys.getsizeof(itertools.count()), sys.getsizeof(itertools.repeat(1)), sys.getsizeof(itertools.chain()),
      sys.getsizeof(itertools.islice([], 2)), sys.getsizeof(itertools.cycle([])), sys.getsizeof(itertools.product()),
      sys.getsizeof(itertools.accumulate([])), sys.getsizeof(itertools.starmap(pow, [])))
