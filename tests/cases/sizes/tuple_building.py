# Tuples built from iterators with no known length grow and are cut to size (_PyTuple_Resize),
# and tuple(), slicing, + and * give exact sizes.
import sys


def gen(n):
    for i in range(n):
        yield i


for n in [0, 1, 9, 10, 11, 50, 100, 1000]:
    print(n, sys.getsizeof(tuple(gen(n))), sys.getsizeof(tuple(range(n))), sys.getsizeof(tuple([0] * n)),
          sys.getsizeof(tuple(x for x in range(n))), sys.getsizeof(tuple(map(int, range(n)))))
t = ()
for i in range(5):
    t += (i,)
    print('+=', sys.getsizeof(t))
print(sys.getsizeof(tuple(zip(range(3), range(3)))), sys.getsizeof(tuple(enumerate('ab'))), sys.getsizeof(tuple({1: 2, 3: 4})))
print(sys.getsizeof(tuple('hello')), sys.getsizeof(tuple(b'hi')), sys.getsizeof(tuple(set(range(4)))))
print(sys.getsizeof((1, 2) * 0), sys.getsizeof((1, 2) * 5), sys.getsizeof(((1, 2) * 5)[3:]), sys.getsizeof(tuple(reversed((1, 2, 3)))))
