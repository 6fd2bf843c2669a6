# sys.getallocatedblocks() deltas across creating and freeing objects.
import sys
def delta(f):
    before = sys.getallocatedblocks()
    r = f()
    return sys.getallocatedblocks() - before, r
n = 10 ** 20
keep = []
print(delta(lambda: keep.append(object()))[0])
print(delta(lambda: keep.append(n + 1))[0])
print(delta(lambda: keep.append(str(n)))[0])
print(delta(lambda: keep.append((n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)))[0])
print(delta(lambda: keep.append(bytes(600)))[0])
print(delta(lambda: keep.append('x' * 1000))[0])
keep.clear()
x = [object() for i in range(100)]
b = sys.getallocatedblocks()
del x
print(sys.getallocatedblocks() - b)
y = [n + i for i in range(50)]
b = sys.getallocatedblocks()
del y
print(sys.getallocatedblocks() - b)
s = [str(i) * 3 for i in range(40)]
b = sys.getallocatedblocks()
s.clear()
print(sys.getallocatedblocks() - b)
b = sys.getallocatedblocks()
z = object()
d1 = sys.getallocatedblocks() - b
del z
d2 = sys.getallocatedblocks() - b
print(d1, d2)
class C:
    pass
b = sys.getallocatedblocks()
c = C()
c2 = C()
d2 = sys.getallocatedblocks() - b
del c, c2
print(d2, sys.getallocatedblocks() - b)
