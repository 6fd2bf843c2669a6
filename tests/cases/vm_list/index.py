a = [10, 20, 30]
print(a[0], a[2], a[-1], a[-3], a[True], a[False])
a[-1] = 'z'
a[0] = a[1]
print(a)
del a[0]
print(a)
del a[-1]
print(a)
