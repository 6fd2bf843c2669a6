# The _io base classes used from Python: subclasses of _RawIOBase, _BufferedIOBase, _TextIOBase
# and _IOBase get readline, readlines, writelines, iteration, the context manager and close at
# finalization from the base; TextIOWrapper and BufferedReader work over them.
import _io


class Source(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = []

    def readable(self):
        return True

    def readinto(self, b):
        self.calls.append(len(b))
        n = min(len(b), len(self.data), 5)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


src = Source(b'first line\nsecond\nthird')
print(src.read(3), src.read(), src.read(), src.calls)
src = Source(b'abc\ndef\n')
print(src.readline(), src.readlines(), src.closed)
with Source(b'x\ny') as s2:
    print(list(s2))
print(s2.closed)
try:
    s2.read()
except ValueError as e:
    print(e)
for op in [s2.readline, lambda: iter(s2), lambda: s2.__enter__()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

br = _io.BufferedReader(Source(b'hello world\nsecond line\n'), 8)
print(br.read(3), br.readline(), br.peek(2), br.read(), br.raw.calls)
tw = _io.TextIOWrapper(_io.BufferedReader(Source('h\u00e9llo\r\nw\u00f6rld\rend'.encode())), encoding='utf-8')
print(tw.readlines(), tw.newlines)


class Sink(_io._RawIOBase):
    def __init__(self):
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b))
        return len(b)


sink = Sink()
bw = _io.BufferedWriter(sink, 4)
print(bw.write(b'ab'), sink.got, bw.write(b'cdef'), sink.got, bw.write(b'0123456789'), sink.got)
bw.flush()
print(sink.got)
tw = _io.TextIOWrapper(_io.BufferedWriter(Sink()), encoding='ascii', errors='xmlcharrefreplace')
tw.write('plain \u20ac\n')
tw.flush()
print(tw.buffer.raw.got)


class Logged(_io._IOBase):
    def close(self):
        print('close called', self.closed)
        super().close()

    def flush(self):
        print('flush called')
        super().flush()


def scope():
    Logged()
    print('after temporary')


scope()
lg = Logged()
print(lg.readable(), lg.writable(), lg.seekable(), lg.closed, lg.isatty())
lg.close()
print(lg.closed, lg.__dict__)
lg.close()
for name in ['seek', 'truncate', 'fileno', 'tell']:
    try:
        getattr(lg, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
base = _io._IOBase()
for name in ['seek', 'truncate', 'fileno', '_checkReadable', '_checkWritable', '_checkSeekable']:
    try:
        getattr(base, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
print(base.flush(), base._checkClosed())
for t, names in [(_io._RawIOBase(), ['readinto', 'write', 'read']), (_io._BufferedIOBase(), ['read', 'read1', 'write', 'detach', 'readinto']),
                 (_io._TextIOBase(), ['read', 'readline', 'write', 'detach'])]:
    for name in names:
        try:
            getattr(t, name)(*([bytearray(1)] if name in ('readinto', 'write') and isinstance(t, _io._RawIOBase) else []))
        except Exception as e:
            print(type(t).__name__, name, type(e).__name__, e)
print(_io._TextIOBase().encoding, _io._TextIOBase().newlines, _io._TextIOBase().errors)


class Lines(_io._TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


print(list(Lines(['a\n', 'b\n'])), Lines(['x\n', 'y']).readlines())
w = []


class W(_io._IOBase):
    def write(self, s):
        w.append(s)


W().writelines(['1', '2', '3'])
print(w)
try:
    W().writelines(5)
except TypeError as e:
    print(e)


class Explode(_io._IOBase):
    def close(self):
        raise OSError('cannot close')


def boom():
    Explode()


boom()
print('survived')
pair = _io.BufferedRWPair(Source(b'pair data\n'), Sink())
print(pair.read(4), pair.write(b'out'), pair.readable(), pair.writable(), pair.closed)
pair.flush()
print(pair.peek(2)[:2], pair.readline())
pair.close()
print(pair.closed)
try:
    _io.BufferedRWPair(Sink(), Sink())
except OSError as e:
    print(type(e).__name__, e)


class Typed(_io._RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        print('readinto got', type(b).__name__, len(b))
        b[:2] = b'ok'
        return 2


print(_io.BufferedReader(Typed(), 4).read(2), Typed().read(3))
