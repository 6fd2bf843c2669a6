# In-place list operations: sort, reverse, +=, *=, and the sizes they leave.
import sys

L = list(range(10))
L.append(1)
before = sys.getsizeof(L)
L.sort()
print('sort', before, sys.getsizeof(L))
L.sort(key=lambda x: -x)
print('sort key', sys.getsizeof(L))
L.reverse()
print('reverse', sys.getsizeof(L))
M = [1, 2, 3]
for i in range(6):
    M += [i, i]
    print('+=', len(M), sys.getsizeof(M))
M += range(50)
print('+= range', len(M), sys.getsizeof(M))
N = [1, 2]
for i in range(5):
    N *= 2
    print('*=', len(N), sys.getsizeof(N))
N = [1, 2, 3]
N *= 1
print('*= 1', sys.getsizeof(N))
P = list(range(5))
P += P
print('+= self', len(P), sys.getsizeof(P))
Q = []
Q += []
print('empty +=', sys.getsizeof(Q))
R = [x for x in range(10)]
R.sort(reverse=True)
print('comp sorted', sys.getsizeof(R))
