# list sizes after extend (exact for small growth from empty, else over-allocated), insert and
# slice assignment, each going through list_resize.
import sys

L = []
L.extend([1, 2, 3])
print('extend3', sys.getsizeof(L))
L.extend([4])
print('extend1', sys.getsizeof(L))
L.extend(range(10))
print('extend range', len(L), sys.getsizeof(L))
L.extend(x for x in range(5))
print('extend gen', len(L), sys.getsizeof(L))
L.extend((1, 2))
print('extend tuple', len(L), sys.getsizeof(L))
L.extend('abcdefghij' * 3)
print('extend str', len(L), sys.getsizeof(L))
L.extend(L)
print('extend self', len(L), sys.getsizeof(L))
E = []
for n in [1, 2, 5, 9, 17, 33]:
    E = []
    E.extend(range(n))
    print('extend from empty', n, sys.getsizeof(E))
I = []
for i in range(20):
    I.insert(0, i)
    print('insert', len(I), sys.getsizeof(I))
S = list(range(10))
print('base', sys.getsizeof(S))
S[2:3] = range(8)
print('slice grow', len(S), sys.getsizeof(S))
S[0:10] = []
print('slice shrink', len(S), sys.getsizeof(S))
S[:] = range(40)
print('slice replace all', len(S), sys.getsizeof(S))
S[::2] = [0] * 20
print('extended slice', len(S), sys.getsizeof(S))
del S[::2]
print('del extended', len(S), sys.getsizeof(S))
del S[5:]
print('del tail', len(S), sys.getsizeof(S))
S[len(S):] = [1, 2, 3]
print('slice append', len(S), sys.getsizeof(S))
S[1:1] = S
print('slice self', len(S), sys.getsizeof(S))
