a = list(range(12))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[10:]
print(a)
del a[-2:]
print(a)
b = list(range(20))
del b[1:15:4]
print(b)
del b[15:2:-5]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
del c[5:1:-1]
print(c)
del c[::]
print(c)
