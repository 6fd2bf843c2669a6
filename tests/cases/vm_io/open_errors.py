# open(): argument checks, mode parsing and the OSError subclasses with CPython's messages.
import _io

P = '/tmp/glasspy-case-io-open_errors.txt'


def attempt(*args, **kw):
    try:
        f = open(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))
    else:
        print('ok', f)
        f.close()


with open(P, 'w') as f:
    f.write('data\n')
for mode in ['rw', 'rr', 'q', 'rt+b', 'tb', 'wa', 'xr', 'b', 't', '', '+', 'rU', 'r+', 'rb+', 'br', 'a+', 'rt']:
    attempt(P, mode)
attempt(P, 'rb', encoding='utf-8')
attempt(P, 'rb', errors='strict')
attempt(P, 'rb', newline='')
attempt(P, 'r', buffering=0)
attempt(P, 'rb', buffering=0)
attempt(P, 'r', buffering=-5)
attempt(P, 'r', buffering='1')
attempt(P, 'r', buffering=1.5)
attempt(P, 1)
attempt(P, 'r', encoding=5)
attempt(P, 'r', errors=5)
attempt(P, 'r', newline=5)
attempt(P, 'r', newline='x')
attempt(P, 'r', encoding='no-such-codec')
attempt(P, 'r', encoding='hex')
attempt(P, closefd=False)
attempt(P, 'r', bogus=1)
attempt()
attempt(P, 'r', -1, None, None, None, True, None, 9)
attempt([P])
attempt(None)
attempt(3.5)
attempt(P + '\0x')
attempt('/tmp/glasspy-case-io-missing/x.txt')
attempt('/tmp/glasspy-case-io-missing.txt')
attempt('/tmp/glasspy-case-io-missing.txt', 'rb')
attempt('/tmp')
attempt('/tmp', 'w')
attempt('/tmp', 'rb', buffering=0)
attempt(P, 'x')
attempt(P, 'xb')
attempt(b'/tmp/glasspy-case-io-missing.txt')
attempt(-1)
attempt(P, opener=lambda path, flags: -3)
attempt(P, opener=lambda path, flags: 'x')
for t in [_io.FileIO, _io.BufferedReader, _io.TextIOWrapper]:
    try:
        t()
    except TypeError as e:
        print(e)
try:
    _io.FileIO(P, 'rw')
except ValueError as e:
    print(e)
try:
    _io.FileIO(P, 'r', closefd=False)
except ValueError as e:
    print(e)
try:
    _io.FileIO(P, mode=3)
except TypeError as e:
    print(e)
try:
    _io.BufferedReader(_io.FileIO(P, 'r'), 0)
except ValueError as e:
    print(e)
try:
    _io.BufferedWriter(_io.FileIO(P, 'r'))
except OSError as e:
    print(type(e).__name__, e)
try:
    _io.BufferedReader(_io.FileIO(P, 'a'))
except OSError as e:
    print(type(e).__name__, e)
try:
    open(P, 'x')
except FileExistsError as e:
    print(e.errno, e.strerror, e.filename, e.args)
try:
    open('/tmp/glasspy-case-io-nothere', 'r')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
open(P, 'w').close()
