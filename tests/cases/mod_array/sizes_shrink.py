import array, sys
a = array.array('i', range(200))
print(sys.getsizeof(a))
for k in range(12):
    del a[-17:]
    print(len(a), sys.getsizeof(a))
a = array.array('d', range(40))
for k in range(10):
    a.remove(a[0])
    print(len(a), sys.getsizeof(a), end='; ')
print()
b = array.array('h', range(30))
b[5:25] = array.array('h')
print(len(b), sys.getsizeof(b))
b[2:3] = array.array('h', range(50))
print(len(b), sys.getsizeof(b))
del b[::2]
print(len(b), sys.getsizeof(b))
b.insert(0, 1)
print(len(b), sys.getsizeof(b))
c = array.array('B', range(8))
sizes = []
for i in range(30):
    c.insert(3, i)
    sizes.append(sys.getsizeof(c))
print(sizes)
