# sys.stdin, sys.stdout and sys.stderr: TextIOWrapper objects over fds 0, 1, 2 with CPython's settings.
import sys
import _io

for name in ['stdin', 'stdout', 'stderr']:
    f = getattr(sys, name)
    print(name, repr(f), type(f).__name__, isinstance(f, _io.TextIOWrapper), isinstance(f, _io._TextIOBase), isinstance(f, _io._IOBase))
    print(' ', f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines, f.mode, f.name, f.closed)
    print(' ', repr(f.buffer), repr(f.buffer.raw), f.buffer.raw.closefd, f.buffer.raw.mode)
    print(' ', f.readable(), f.writable(), f.isatty(), f.buffer.raw._blksize)
try:
    sys.stdout.read()
except _io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    sys.stdin.write('x')
except OSError as e:
    print(type(e).__name__, e)
print(_io.UnsupportedOperation, _io.UnsupportedOperation.__mro__)
print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError, open is _io.open)
print(_io.text_encoding(None), _io.text_encoding('latin-1'))
print(_io.FileIO.__mro__)
print(_io.BufferedRandom.__mro__, _io.StringIO.__mro__, _io.BytesIO.__mro__)
sys.stdout.flush()
sys.stderr.write('err line\n')
sys.stderr.write('\udcff surrogate and \u20ac\n')
print('\udcff' .encode('utf-8', 'surrogateescape'))
try:
    print('\ud800')
except UnicodeEncodeError as e:
    print(type(e).__name__)
    sys.stderr.write(f'{e}\n')
