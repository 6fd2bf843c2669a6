# Lists changed in the middle: insert, pop(i), del L[i], remove, index assignment, and
# slice assignment of other sizes, each going through list_resize or list_ass_slice.
import sys

L = list(range(20))
print('start', sys.getsizeof(L))
for i in range(10):
    L.insert(len(L) // 2, -i)
    print('insert mid', len(L), sys.getsizeof(L))
for i in range(25):
    L.pop(len(L) // 2)
print('pop mid', len(L), sys.getsizeof(L))
M = list(range(100))
for i in range(90):
    del M[len(M) // 2]
print('del mid', len(M), sys.getsizeof(M))
N = list(range(50))
N[10:40] = [0]
print('slice to one', len(N), sys.getsizeof(N))
N[5:6] = list(range(100))
print('slice to many', len(N), sys.getsizeof(N))
N[:] = N[:3]
print('slice all', len(N), sys.getsizeof(N))
P = list(range(10))
P[3] = 'x'
print('setitem', sys.getsizeof(P))
del P[::3]
print('del step 3', len(P), sys.getsizeof(P))
P[::2] = 'abc'
print('assign step 2', len(P), sys.getsizeof(P))
