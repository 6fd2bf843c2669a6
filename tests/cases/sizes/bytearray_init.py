# bytearray(...) allocation by source: exact for buffers, ints, strs and lists/tuples of exact
# ints; byte-by-byte growth for other iterables; deleting from the front moves the start.
import sys

g = sys.getsizeof
for n in [1, 2, 5, 9, 10, 30, 100]:
    print(n, g(bytearray([1] * n)), g(bytearray((1,) * n)), g(bytearray(range(n))), g(bytearray(iter([1] * n))),
          g(bytearray(x for x in range(n))), g(bytearray('a' * n, 'ascii')), g(bytearray(n)), g(bytearray([True] * n)))
b = bytearray(b'x' * 100)
del b[:60]
print('del front', g(b))
b.append(1)
print('append', g(b))
b += b'x' * 20
print('+=', g(b))
b = bytearray(b'x' * 100)
del b[0]
print('del [0]', g(b))
b.pop(0)
print('pop(0)', g(b))
b = bytearray(b'x' * 100)
b[:10] = b'ab'
print('shrink front', g(b))
b = bytearray(b'x' * 100)
del b[::2]
print('del step', g(b))
b = bytearray(b'x' * 100)
sizes = []
for i in range(99):
    del b[0]
    sizes.append(g(b))
print(sorted(set(sizes)))
b = bytearray(b'x' * 40)
del b[:30]
b[0:0] = b'abc'
print('insert after front delete', g(b), b)
