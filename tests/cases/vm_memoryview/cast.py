# memoryview.cast: byte formats, wider integers, floats, bool, shapes.
m = memoryview(b'abcdefgh')
for fmt in ('B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', 'e', '@i', 'P'):
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, c.shape, c.strides, c.tolist(), c[0], c[-1], c.tobytes())
print(memoryview(b'\xff\x80\x7f\x00').cast('b').tolist(), memoryview(b'\xff\xff\xff\xff').cast('i').tolist(), memoryview(b'\xff\xff\xff\xff').cast('I').tolist())
print(memoryview(b'\xff' * 8).cast('q').tolist(), memoryview(b'\xff' * 8).cast('Q').tolist(), memoryview(b'\x00\x3c').cast('e').tolist())
print(memoryview(b'\x00\x00\xc0\x7f').cast('f').tolist(), memoryview(b'\x00\x00\x80\x7f').cast('f').tolist())
two = m.cast('B', (2, 4))
print(two.shape, two.strides, two.ndim, two.tolist(), two.nbytes, len(two), two[1, 2], two[-1, -1], two.tobytes(), two.c_contiguous)
print(two.cast('B').tolist() == m.tolist(), m.cast('h', [2, 2]).tolist(), m.cast('B', (8,)).shape, m.cast('c', shape=(2, 2, 2)).tolist())
print(two[::2].tolist(), two[1:].shape, two == m.cast('B', (2, 4)), two == m)
i = m.cast('i')
print(i == m.cast('i'), i == m, i.cast('B') == m, m.cast('c') == m, m.cast('b') == m, m.cast('c') == m.cast('c'))
print(hash(m.cast('c')) == hash(b'abcdefgh'), hash(m.cast('b')) == hash(m))
bad = [
    "m.cast('x')", "m.cast('ii')", "m.cast('<i')", "m.cast(5)", "m.cast()", "m.cast('i', 5)", "m.cast('B', (3, 3))",
    "m.cast('B', (0, 8))", "memoryview(b'').cast('B', (1,))", "len(memoryview(b'').cast('i'))", "m.cast('B', ('a',))", "m.cast('B', (2, -4))", "m.cast('h').cast('i')", "m.cast('h').cast('c').tolist()",
    "memoryview(b'abc').cast('i')", "m[::2].cast('B')", "m[::-1].cast('B')", "two.cast('B', (4, 2))", "two[0]", "two[0, 1, 2]",
    "two[0, 5]", "two[2, 0]", "iter(two)", "m.cast('i', (3,))", "m.cast('B', shape=[8], format='c')", "m.cast(format='c').format",
    "memoryview(b'').cast('i').tolist()", "m.cast('d', (1,))[0]",
]
for code in bad:
    try:
        print(code, '->', repr(eval(code)))
    except Exception as e:
        print(code, '->', type(e).__name__, e)
