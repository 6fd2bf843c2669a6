# StringIO and BytesIO.
import _io

s = _io.StringIO('hello\nworld\n')
print(s.read(3), repr(s.readline()), s.tell(), repr(s.read()), repr(s.read()), s.getvalue() == 'hello\nworld\n')
print(s.seek(0), s.readlines(), s.seek(0), list(s), s.seek(2), s.write('XY'), s.getvalue(), s.tell())
print(s.seek(0, 2), s.write('!'), s.truncate(3), s.getvalue(), s.tell(), s.write('z'), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines, s.encoding, s.errors, s.isatty())
s.writelines(['a', 'b'])
print(repr(s.getvalue()))
with s:
    pass
print(s.closed)
for op in [s.read, s.getvalue, s.tell, lambda: s.write('x'), s.readline, lambda: s.seek(0), s.truncate, s.readable, s.isatty, lambda: next(s)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
s.close()

for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s.write('\n+\r\n')
    print(repr(s.getvalue()), s.newlines)
print(repr(_io.StringIO(None).getvalue()), repr(_io.StringIO(initial_value='iv', newline=None).read()))
for args, kw in [((3,), {}), (('x', 'bad'), {}), (('x',), {'newline': 3}), (('x',), {'bogus': 1}), (('a', 'b', 'c'), {})]:
    try:
        _io.StringIO(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = _io.StringIO()
for op in [lambda: s.write(b'x'), lambda: s.read('x'), lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.seek(0, 9), lambda: s.truncate(-2), s.fileno, s.detach, lambda: s.seek(1.5)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
s.seek(4)
s.write('x')
print(repr(s.getvalue()), s.tell(), s.write('\u20ac\xe9'), s.tell(), repr(s.getvalue()))
print(repr(s)[:13], type(s).__name__, isinstance(s, _io._TextIOBase))
print(repr(_io.StringIO('abc\ndef').readline(2)), repr(_io.StringIO('abc\ndef').readline(None)))

b = _io.BytesIO(b'spam\neggs\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read(), b.getvalue(), b.read1(), b.read1(2))
print(b.seek(0), b.readlines(), b.seek(0), list(b), b.seek(2), b.write(b'XY'), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(1, 1), b.seek(-100, 1), b.tell(), b.seek(0, 2), b.truncate(3), b.getvalue(), b.tell())
print(b.seek(6), b.write(b'z'), b.getvalue(), b.truncate(), b.getvalue(), b.write(bytearray(b'ba')), b.getvalue())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.readline(1), b.readlines(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
b.writelines([b'1', b'2'])
print(b.getvalue())
b.close()
b.close()
for op in [b.read, b.getvalue, b.tell, lambda: b.write(b'x'), b.readline, lambda: b.seek(0), b.truncate, b.readable, b.isatty, b.flush, lambda: next(b)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(_io.BytesIO().getvalue(), _io.BytesIO(bytearray(b'ba')).read(), _io.BytesIO(initial_bytes=b'kw').read())
b = _io.BytesIO()
for op in [lambda: b.write('str'), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1), lambda: b.readinto(b'xx'),
           lambda: b.read('x'), b.fileno, lambda: _io.BytesIO('str'), lambda: b.seek(1.5), lambda: _io.BytesIO(b'', 1), b.detach]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
print(type(b).__mro__)
t = _io.TextIOWrapper(_io.BytesIO(b'caf\xc3\xa9\r\nline2\n'), encoding='utf-8')
print(repr(t), t.readline(), repr(t.readline()), t.newlines, t.tell(), type(t.buffer))
t = _io.TextIOWrapper(_io.BytesIO(), encoding='latin-1', newline='\r\n', line_buffering=True)
print(t.write('a\nb'), t.buffer.getvalue(), t.line_buffering, t.write_through, t.encoding)
t.flush()
print(t.buffer.getvalue())
raw = t.detach()
print(raw.getvalue())
try:
    t.write('x')
except ValueError as e:
    print(e)
s = _io.StringIO('a\U0001f600b\U0001f601c')
print(s.read(2), s.tell(), s.read(1), s.tell(), s.seek(4), s.read(), s.tell())
s.seek(1); s.write('XY'); print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline(2)), s.truncate(3), repr(s.getvalue()), s.seek(0, 2))
s.seek(6); s.write('\U0001f602'); print(repr(s.getvalue()), s.tell())
