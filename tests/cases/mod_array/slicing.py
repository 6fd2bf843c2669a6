import array
a = array.array('i', range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[8:1:-2], a[100:])
print(a[:0], type(a[1:3]))
b = array.array('i', range(10))
b[2:4] = array.array('i', [20, 30, 40]); print(b)
b[:3] = array.array('i'); print(b)
b[5:] = array.array('i', [1]); print(b)
b[::2] = array.array('i', [7] * len(b[::2])); print(b)
b[1:1] = b; print(b)
b[:] = b; print(b)
c = array.array('h', range(12))
del c[::3]; print(c)
del c[::-2]; print(c)
del c[1]; del c[-1]; print(c)
del c[10:]; print(c)
del c[:]; print(c)
d = array.array('i', range(6))
d[4:1] = array.array('i', [99]); print(d)
d[::-1] = array.array('i', range(7)); print(d)
for f in [lambda: d.__setitem__(slice(None, None, 2), array.array('i', [1])),
          lambda: d.__setitem__(slice(0, 2), [1, 2]),
          lambda: d.__setitem__(slice(0, 2), array.array('h', [1, 2])),
          lambda: d.__setitem__(100, 1),
          lambda: d.__delitem__(100),
          lambda: d.__getitem__(100),
          lambda: d.__getitem__('a'),
          lambda: d.__setitem__('a', 1),
          lambda: d.__getitem__(2**100),
          lambda: d.__setitem__(0, 'x')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(d)
d[-1] = 5; d[True] = 6; print(d)
