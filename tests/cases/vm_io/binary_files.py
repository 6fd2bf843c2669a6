# Binary files: FileIO (buffering=0), BufferedReader/Writer/Random over it, their reads,
# peeks, seeks, truncation, reprs and errors on closed or wrong-mode files.
import _io

P = '/tmp/glasspy-case-io-binary_files.bin'

with open(P, 'wb') as f:
    print(repr(f), repr(f.raw), f.name, f.mode, f.closed, f.raw.closefd)
    print(f.write(b'0123456789'), f.write(bytearray(b'\nabc\n')), f.tell(), f.seekable(), f.readable(), f.writable())
    for bad in ['text', 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(e)
    try:
        f.read()
    except _io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
print(repr(f), f.closed)
for op in [lambda: f.write(b'x'), f.flush, f.tell, lambda: f.seek(0), lambda: f.read(1), f.readline, f.peek]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

with open(P, 'rb') as f:
    print(repr(f), f.peek(1)[:4], f.read(3), f.read1(4), f.tell())
    print(f.readline(), f.readline(2), f.readline(), f.readline(), f.read(), f.read(5))
    print(f.seek(2), f.read(2), f.seek(-3, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
    print(f.seek(100), f.read(), f.tell())
    f.seek(0)
    buf = bytearray(4)
    print(f.readinto(buf), buf, f.readinto1(buf), buf)
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print(list(f))
    for args in [(0, 3), (-1,), (1.5,), ('1',)]:
        try:
            f.seek(*args)
        except (ValueError, TypeError, OSError) as e:
            print(type(e).__name__, e)
    try:
        f.read(-2)
    except ValueError as e:
        print(e)
    try:
        f.readinto(b'xx')
    except TypeError as e:
        print(e)
    try:
        f.write(b'x')
    except OSError as e:
        print(type(e).__name__, e)
    print(f.fileno() >= 3, f.isatty(), f.raw.readable(), f.raw.writable())

with open(P, 'r+b') as f:
    print(repr(f), f.mode, f.read(3), f.tell())
    f.write(b'XY')
    print(f.tell(), f.read(2), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read(), f.seek(0, 2))
    f.write(b'end')
    f.seek(7)
    f.write(b'!')
    f.flush()
    f.seek(0)
    print(f.read())

with open(P, 'ab') as f:
    print(repr(f), f.tell(), f.write(b'+app'), f.tell())
with open(P, 'a+b') as f:
    print(f.mode, f.tell(), f.read(), f.seek(0), f.read(3))
    f.write(b'#')
    f.seek(0)
    print(f.read())

with open(P, 'rb', buffering=0) as r:
    print(repr(r), r.mode, r.read(2), r.read(), r.read(), r.tell(), r.seek(1), r.readall())
    print(r.seekable(), r.readable(), r.writable(), r.closefd, r.seek(0), r.readline(), r.readlines())
    b = bytearray(3)
    r.seek(0)
    print(r.readinto(b), b)
print(repr(r), r.closed)
for op in [r.read, r.readall, r.tell, r.fileno, r.readable, r.writable, r.seekable, lambda: r.readinto(bytearray(1)), r.isatty]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(r.close(), r.closed)

w = _io.FileIO(P, 'w')
print(repr(w), w.write(b'abc'), w.tell(), w.truncate(), w.truncate(1), w.tell(), w.mode)
try:
    w.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    w.readinto(bytearray(2))
except OSError as e:
    print(type(e).__name__, e)
w.close()
r = _io.FileIO(P)
try:
    r.write(b'x')
except OSError as e:
    print(type(e).__name__, e)
try:
    r.truncate()
except OSError as e:
    print(type(e).__name__, e)
print(r.read(), repr(r))
fd = r.fileno()
r2 = _io.FileIO(fd, 'r', closefd=False)
r.seek(0)
print(repr(r2).replace(str(fd), 'FD'), r2.read())
r2.close()
print(r.closed, r2.closed)
r.close()
x = _io.FileIO(P, 'x') if False else None
for mode in ['xb', 'x']:
    try:
        open(P, mode)
    except FileExistsError as e:
        print(e)

with open(P, 'wb') as f:
    f.write(b'line1\nline2\r\nline3')
with _io.BufferedReader(_io.FileIO(P), 4) as br:
    print(repr(br), br.peek(), br.read(6), br.peek(), br.readline(), br.read1(), br.read1(10), br.read())
with _io.BufferedRandom(_io.FileIO(P, 'r+'), 3) as bw:
    print(bw.read(2), bw.write(b'AB'), bw.tell(), bw.read(3), bw.seek(0), bw.read())
try:
    _io.BufferedReader(_io.FileIO(P), 4).detach().read()
except Exception as e:
    print(type(e).__name__, e)
b = _io.BufferedReader(_io.FileIO(P))
raw = b.detach()
print(repr(raw), raw.closed)
for op in [b.read, b.tell, lambda: repr(b), lambda: b.raw, b.close]:
    try:
        print(op())
    except ValueError as e:
        print('ValueError', e)
raw.close()
open(P, 'w').close()
