import array, sys
for code in 'bhidu':
    a = array.array(code)
    sizes = [sys.getsizeof(a)]
    for i in range(40):
        a.append(i if code != 'u' else chr(65 + i))
        sizes.append(sys.getsizeof(a))
    print(code, sizes)
    while len(a):
        a.pop()
        sizes.append(sys.getsizeof(a))
    print(code, sizes[41:])
a = array.array('i', range(100))
print(sys.getsizeof(a), a.__sizeof__())
a.extend(range(100))
print(sys.getsizeof(a))
a.extend(array.array('i', [1] * 50))
print(sys.getsizeof(a))
del a[:150]
print(sys.getsizeof(a))
del a[:]
print(sys.getsizeof(a))
print(sys.getsizeof(array.array('i', [1, 2, 3])), sys.getsizeof(array.array('i', range(3))), sys.getsizeof(array.array('u', 'abc')))
print(sys.getsizeof(array.array('b', b'abcdef')), sys.getsizeof(array.array('d', (1.0,) * 10)))
