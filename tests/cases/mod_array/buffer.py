import array
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.ndim, m.readonly, m.tolist(), m[1])
m[0] = 10
print(a)
a[1] = 20
print(m.tolist(), m.obj is a)
for f in [lambda: a.append(4), lambda: a.pop(), lambda: a.extend([1]), lambda: a.insert(0, 1), lambda: a.remove(10), lambda: a.frombytes(bytes(4)),
          lambda: a.fromlist([1]), lambda: a.__delitem__(0), lambda: a.__delitem__(slice(0, 1)), lambda: a.__setitem__(slice(0, 1), array.array('i')),
          lambda: a.__iadd__(array.array('i', [1])), lambda: a.__imul__(2), lambda: a.__imul__(0), lambda: a.fromfile(None, 0), lambda: a.frombytes(a)]:
    try:
        f()
        print('ok', a)
    except BufferError as e:
        print('BufferError', e)
    except Exception as e:
        print(type(e).__name__, e)
a[0:2] = array.array('i', [7, 8]); print(a)
a.reverse(); a.byteswap(); a.byteswap(); print(a, m.tolist())
a *= 1; a += array.array('i'); print(a)
m.release()
a.append(4); print(a)
with memoryview(a) as m2:
    try:
        a.pop()
    except BufferError as e:
        print(e)
a.pop(); print(a)
m3 = memoryview(a)[1:]
try:
    a.append(1)
except BufferError as e:
    print(e)
del m3
a.append(1); print(a)
