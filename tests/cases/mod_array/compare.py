import array
A = array.array
pairs = [(A('i', [1, 2]), A('i', [1, 2])), (A('i', [1, 2]), A('i', [1, 3])), (A('i', [1, 2]), A('i', [1])),
         (A('i', [1, 2]), A('h', [1, 2])), (A('i', [1]), A('d', [1.0])), (A('B', [255]), A('b', [-1])),
         (A('Q', [2**63]), A('Q', [1])), (A('d', [float('nan')]), A('d', [float('nan')])),
         (A('f', [1.5]), A('f', [1.5, 0])), (A('u', 'ab'), A('u', 'b')), (A('i'), A('i'))]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print(A('i', [1]) == [1], A('i', [1]) != (1,))
try:
    A('i') < [1]
except TypeError as e:
    print(e)
nan = A('d', [float('nan')])
print(nan == nan, nan[0] == nan[0])
print(A('l', [-1]) < A('l', [0]), A('L', [2**64-1]) > A('L', [0]), A('q', [-5]) < A('q', [3]))
