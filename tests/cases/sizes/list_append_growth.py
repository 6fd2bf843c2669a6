# list over-allocation through append (CPython: list_resize): every capacity step from empty.
import sys

L = []
last = sys.getsizeof(L)
print(0, last, L.__sizeof__())
for i in range(1, 400):
    L.append(i)
    s = sys.getsizeof(L)
    if s != last:
        print(i, s, L.__sizeof__(), (s - 56) // 8)
        last = s
M = [None]
for i in range(30):
    M.append(None)
print(len(M), sys.getsizeof(M))
