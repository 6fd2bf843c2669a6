import array, sys
a = array.array('i', [1, 2, 3])
a.extend(a); print(a, sys.getsizeof(a))
a += a; print(a, sys.getsizeof(a))
a[len(a):] = a; print(len(a), sys.getsizeof(a))
b = array.array('b', range(20))
b[::2] = b[1::2]; print(b)
b.extend(iter(b[:3])); print(b)
c = array.array('f', [1.25])
c.extend([2, 3.5]); print(c, c.itemsize)
class L(list):
    pass
c.fromlist(L([4.0])); print(c)
