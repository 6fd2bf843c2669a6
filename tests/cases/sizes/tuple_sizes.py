# tuples: 40 + 8 * len (plus the GC header for getsizeof), whether built, sliced, added or packed.
import sys

for n in range(0, 22, 3):
    t = tuple(range(n))
    print(n, sys.getsizeof(t), t.__sizeof__())
t = (1, 2, 3, 4, 5)
print(sys.getsizeof(t[1:3]), sys.getsizeof(t[:]), sys.getsizeof(t + t), sys.getsizeof(t * 3), sys.getsizeof(t[0:0]))
print(sys.getsizeof(tuple([1, 2])), sys.getsizeof(tuple(x for x in range(7))), sys.getsizeof(tuple('abcd')))
print(sys.getsizeof(divmod(7, 2)), sys.getsizeof(sys.version_info), sys.getsizeof(1 .as_integer_ratio()))
a, *rest = (1, 2, 3, 4)
print(sys.getsizeof(rest), sys.getsizeof(tuple(rest)), sys.getsizeof(()))
def f(*args):
    return args
print(sys.getsizeof(f()), sys.getsizeof(f(1)), sys.getsizeof(f(1, 2, 3)), sys.getsizeof(f(*range(10))))
print(sys.getsizeof(((),)), sys.getsizeof((None,) * 100))
