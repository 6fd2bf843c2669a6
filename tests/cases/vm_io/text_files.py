# Text files: writing, reading, lines, iteration, tell/seek cookies, truncate, newline
# translation both ways, encodings and error handlers, closed-file errors and reprs.
P = '/tmp/glasspy-case-io-text_files.txt'

with open(P, 'w') as f:
    print(repr(f), f.name, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering, f.closed)
    print(f.write('line one\n'), f.write('two\r\nthree\rfour\n'), f.write(''), f.write('\u20ac\U0001f600 end'))
    print(f.tell(), f.readable(), f.writable(), f.seekable(), f.isatty())
    f.writelines(['\nA', 'B\n'])
print(f.closed, repr(f))
for op in [lambda: f.write('x'), f.read, f.readline, f.tell, f.flush, lambda: f.seek(0), f.fileno, f.isatty, lambda: next(f), lambda: iter(f)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
f.close()

with open(P, 'rb') as b:
    print(b.read())

with open(P) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell(), f.newlines)
    print(repr(f.read(3)), f.tell())
    pos = f.tell()
    print(repr(f.readline()), repr(f.read()))
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()), f.tell())
    print(f.seek(0), f.readlines())
    f.seek(0)
    print(f.readlines(10))
    f.seek(0)
    print([line for line in f])
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except OSError as e:
        print(type(e).__name__, e)
    for args in [(-1,), (0, 3), ('x',), (1.0,)]:
        try:
            f.seek(*args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        f.write('no')
    except OSError as e:
        print(type(e).__name__, e)
    f.seek(0)
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(repr(line), e)
            break
    print(repr(f.readline(4)), repr(f.readline(0)), repr(f.readline(-1)))

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    with open(P, 'rb') as b:
        print(repr(nl), b.read())

with open(P, 'w', encoding='latin-1') as f:
    print(repr(f), f.write('caf\xe9 \xff'))
    try:
        f.write('\u20ac')
    except UnicodeEncodeError as e:
        print(e)
with open(P, 'rb') as b:
    print(b.read())
with open(P, encoding='ascii') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
for errors in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    with open(P, encoding='ascii', errors=errors) as f:
        print(errors, repr(f.read()), f.errors)
with open(P, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('\xe9\u20ac\U0001f600')
with open(P, 'rb') as b:
    print(b.read())
with open(P, 'w', encoding='ascii', errors='replace') as f:
    f.write('x\xe9y')
with open(P, 'rb') as b:
    print(b.read())

with open(P, 'w', encoding='utf-8-sig') as f:
    f.write('bom')
    f.write(' twice')
with open(P, 'rb') as b:
    print(b.read())
with open(P, encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(P, encoding='utf-8') as f:
    print(repr(f.read()))
with open(P, 'a', encoding='utf-8-sig') as f:
    f.write('+more')
with open(P, 'rb') as b:
    print(b.read())

with open(P, 'wb') as b:
    b.write(b'ok \xff\xfe bad\n\xe2\x82')
with open(P) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
with open(P, errors='replace') as f:
    print(repr(f.read()))
with open(P, errors='surrogateescape') as f:
    print(repr(f.readline()), repr(f.readline()))

with open(P, 'w+') as f:
    f.write('0123456789\nabc\n')
    print(f.tell(), f.seek(3), repr(f.read(4)), f.tell())
    print(f.truncate(5), f.tell(), f.seek(0), repr(f.read()))
    f.seek(0, 2)
    f.write('Z')
    f.seek(0)
    print(repr(f.read()))

with open(P, 'a') as f:
    print(f.tell(), f.write('appended\n'), f.tell())
with open(P, 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write('XY')
    f.seek(0)
    print(repr(f.read()))

with open(P, 'w') as f:
    f.write('\u00e9\u20ac\U0001f600abc\r\nx\ry\n')
with open(P) as f:
    for n in [1, 1, 1, 1, 2, 1, 1, 1]:
        print(repr(f.read(n)), f.tell())
with open(P) as f:
    f.read(4)
    c = f.tell()
    f.read()
    f.seek(c)
    print(repr(f.read()))
with open(P, newline='') as f:
    print(repr(f.read(5)), f.tell(), repr(f.readline()), f.tell(), repr(f.read(1)), f.tell())

f = open(P, 'w')
f.write('unflushed')
f2 = open(P)
print(repr(f2.read()))
f.flush()
print(repr(f2.read()))
f.close()
f2.close()
t = open(P)
t.close()
t.close()
print(t.closed)
try:
    with t:
        pass
except ValueError as e:
    print(e)
open(P, 'w').close()
