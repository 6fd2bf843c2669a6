import array
a = array.array('i', [1, 2])
b = array.array('i', [3])
print(a + b, a * 3, 3 * a, a * 0, a * -1, 2 in a, 5 in a, 'x' in a)
c = a
c += b; print(c is a, a)
c *= 2; print(c is a, a)
c *= 1; print(a)
for f in [lambda: a + [1], lambda: a + array.array('d'), lambda: a * 'x', lambda: a.__iadd__((1,)), lambda: a.__iadd__(array.array('h'))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = array.array('d', [1.0])
x += x; x += x; print(x)
print(len(array.array('b', [1]) * 1000))
