# Lists shrink when they fall under half their capacity (list_resize), and clear/del/*= 0
# free the item array.
import sys

L = list(range(100))
L.append(0)
print('start', len(L), sys.getsizeof(L))
while L:
    before = sys.getsizeof(L)
    L.pop()
    after = sys.getsizeof(L)
    if after != before:
        print('pop', len(L), after)
L = [0] * 50
L.append(1)
for i in range(40):
    L.pop(0)
print('pop(0)', len(L), sys.getsizeof(L))
L = [0] * 50
L.append(1)
for i in range(30):
    L.remove(0)
print('remove', len(L), sys.getsizeof(L))
L = list(range(30))
L.clear()
print('clear', sys.getsizeof(L))
L = list(range(30))
del L[:]
print('del [:]', sys.getsizeof(L))
L = list(range(30))
L *= 0
print('*= 0', sys.getsizeof(L))
L = list(range(30))
del L[3]
print('del one', sys.getsizeof(L))
L = list(range(16))
L.append(1)
for i in range(10):
    del L[-1]
print('del -1', len(L), sys.getsizeof(L))
