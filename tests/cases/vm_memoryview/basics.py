# memoryview over bytes: attributes, indexing, slicing, conversions, comparisons, hashing.
m = memoryview(b'abcdef')
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.obj)
print(m.c_contiguous, m.f_contiguous, m.contiguous, type(m).__name__, type(iter(m)).__name__)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[1:5:2].tolist(), m[5:1:-2].tobytes(), m[10:].tobytes())
s = m[::2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.contiguous, len(s), s.obj is m.obj, s[1], s[-1])
t = m[::-2]
print(t.shape, t.strides, t.tolist(), t[0], t[::-1].tolist(), t[1:].tobytes())
print(m[2:2].tolist(), m[2:2].shape, m[4:1].tobytes(), m[-100:100].tobytes())
print(list(m[:3]), [x for x in m[::3]], bytes(m[1:4]), bytearray(m[::2]), bytes(m[::-1]))
print(b''.join([m[:2], memoryview(b'xy')]), b'-'.join([m[:2], m[4:]]), b'x' + bytes(m[:1]))
print(m.tolist(), m.hex(), m.hex(':'), m.hex(':', 2), m.hex(':', -4), m.hex(b'-', 3), m[::2].hex())
print(m.tobytes(), m.tobytes('C'), m.tobytes(order='A'), m.tobytes(None))
print(m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m == 'abcdef', m != b'abcdeg', m[::2] == b'ace')
print(m == m, m[1:] == m[:-1], m == b'abc', m == [97, 98], m.__eq__(1), m.__lt__(m))
print(hash(m) == hash(b'abcdef'), hash(m[::2]) == hash(b'ace'), hash(m[:0]) == hash(b''), {m: 1}[memoryview(b'abcdef')])
r = m.toreadonly()
print(r.readonly, r.tolist() == m.tolist(), memoryview(m).obj is m.obj, memoryview(m) == m)

tests = [
    "m[6]", "m[-7]", "m[1.5]", "m['a']", "m[0:2, 1]", "m[None]", "m[()]",
    "memoryview('abc')", "memoryview()", "memoryview(1, 2)", "memoryview(obj=b'')", "memoryview(object=b'ab').tolist()",
    "memoryview(5)", "memoryview([1, 2])", "memoryview(None)",
    "m < m", "m >= b'a'", "m.tobytes('X')", "m.tobytes(1)", "m.hex('ab')", "m.hex(5)", "m.hex(':', 'x')",
    "hash(memoryview(bytearray(b'a')))", "hash(memoryview(b'abcd').cast('i'))",
    "m.release(1)", "m.tolist(1)", "m.count(97)", "len(memoryview(b''))", "memoryview(b'')[0]", "memoryview(b'').tolist()",
]
for code in tests:
    try:
        print(code, '->', repr(eval(code)))
    except Exception as e:
        print(code, '->', type(e).__name__, e)
for code in ("m[0] = 1", "del m[0]", "m[0:1] = b'x'"):
    try:
        exec(code)
    except TypeError as e:
        print(code, '->', type(e).__name__, e)
print(repr(m).startswith('<memory at 0x'), str(m) == repr(m))
it = iter(m[:2])
print(next(it), next(it), next(it, 'done'), next(it, 'done'))
