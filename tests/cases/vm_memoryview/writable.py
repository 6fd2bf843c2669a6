# Views on a bytearray: assignment, release, context managers, and the exports that stop a resize.
ba = bytearray(b'hello world')
m = memoryview(ba)
print(m.readonly, m.obj is ba, m.tolist()[:3])
m[0] = 72
m[-1] = ord('D')
m[6:11] = b'WORLD'
print(ba)
m[::2] = b'abcdef'
print(ba, m.tobytes())
m[1:3] = memoryview(b'XY')
m[3:5] = bytearray(b'!!')
print(ba)
for code in ("m[0] = 256", "m[0] = -1", "m[0] = 'a'", "m[0] = 1.5", "m[0] = b'a'", "m[0:2] = b'abc'", "m[0:2] = 'ab'", "m[0:2] = 5",
             "m[0:3] = memoryview(b'abcdef').cast('h')[:1]", "m[20] = 1", "del m[0]", "del m[0:1]", "m[1.5] = 1", "m[0:2, 0] = 1"):
    try:
        exec(code)
        print(code, 'ok')
    except Exception as e:
        print(code, '->', type(e).__name__, e)

# while exported, the bytearray keeps its size
for code in ("ba.append(1)", "ba.extend(b'xy')", "ba += b'z'", "ba *= 2", "del ba[0]", "ba.pop()", "ba.clear()", "ba[0:1] = b''",
             "ba[0:2] = b'ab'", "ba[0] = 65", "ba.insert(0, 1)", "ba.remove(65)", "ba.reverse()"):
    try:
        exec(code)
        print(code, 'ok', ba)
    except BufferError as e:
        print(code, '->', type(e).__name__, e)
s = m[2:4]
m.release()
print(repr(m).startswith('<released memory at 0x'))
try:
    ba.append(1)
except BufferError as e:
    print('slice still exports:', e)
s.release()
ba.append(33)
print(ba)
m.release()
for code in ("len(m)", "m[0]", "m.tobytes()", "m.tolist()", "m.obj", "m.nbytes", "m.format", "m.readonly", "m.shape", "m.cast('B')",
             "m[0:1]", "bytes(m)", "hash(m)", "memoryview(m)", "m.hex()", "m.toreadonly()", "m == m", "m == b''", "m.__enter__()"):
    try:
        print(code, '->', repr(eval(code)))
    except ValueError as e:
        print(code, '->', type(e).__name__, e)

with memoryview(ba) as v:
    print(v[0], v.readonly)
    ba[0] = 66
    print(v[0])
print(repr(v).startswith('<released'))
ba.append(1)
print(len(ba))
with memoryview(b'xyz') as v2, v2[1:] as v3:
    print(v3.tobytes())
ro = memoryview(ba).toreadonly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba.append(2)
except BufferError as e:
    print(type(e).__name__, e)
ro.release()
ba.append(2)
# views die with their last reference
ba2 = bytearray(b'abc')
def use(b):
    return memoryview(b)[1]
print(use(ba2), use(ba2))
ba2.append(100)
views = [memoryview(ba2) for _ in range(3)]
try:
    ba2.append(1)
except BufferError as e:
    print(len(views), e)
del views
ba2.append(101)
ba2.append(102)
print(ba2)
w = memoryview(ba2).cast('h')
w[0] = -2
print(ba2[:2], w.tolist())
for code in ("w[0] = 2**15", "w[0] = 1.0", "w[1:2] = b'ab'"):
    try:
        exec(code)
        print(code, 'ok')
    except Exception as e:
        print(code, '->', type(e).__name__, e)
w.release()
f = memoryview(bytearray(8)).cast('d')
f[0] = 1.5
print(f.tolist(), f.obj)
f[0] = 3
print(f[0])
b = memoryview(bytearray(2)).cast('?')
b[0] = 'x'
b[1] = 0
print(b.tolist())
c = memoryview(bytearray(2)).cast('c')
c[0] = b'z'
print(c.tolist())
for code in ("c[1] = b'ab'", "c[1] = 5", "c[1] = 'a'"):
    try:
        exec(code)
    except Exception as e:
        print(code, '->', type(e).__name__, e)
