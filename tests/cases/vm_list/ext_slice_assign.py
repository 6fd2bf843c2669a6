a = list(range(10))
a[::2] = 'abcde'
print(a)
a[1::2] = [None] * 5
print(a)
a[::-3] = [1, 2, 3, 4]
print(a)
a[8:2:-2] = ('p', 'q', 'r')
print(a)
a[5:5:2] = []
print(a)
a[::-1] = a
print(a)
