a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:5] = []
print(a)
a[3:3] = 'ab'
print(a)
a[:] = range(3)
print(a)
a[5:1] = [9]
print(a)
a[-1:] = (7, 8)
print(a)
a[1:2] = a
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
c = list(range(20))
c[2:15] = [0]
print(c)
c[1:2] = {5: 6, 7: 8}
print(c)
