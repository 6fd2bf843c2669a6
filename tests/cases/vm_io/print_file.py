# print() writes through sys.stdout (or file=) with write(); errors as CPython reports them.
import sys

print('a', 'b', 1, 2.5, None, sep='-', end='|\n')
print()
print('no newline', end='')
print(' then', 'more', sep='')
print('x', 'y', sep=None, end=None)
print(*range(5), sep=', ')
print('flushed', flush=True)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


c = Collect()
print('one', 2, [3], sep='+', file=c)
print('f', file=c, flush=True)
print(file=c)
print(c.parts)

old = sys.stdout
sys.stdout = c
print('captured', 42)
sys.stdout = old
print('back', c.parts[-4:])

for bad in [{'sep': 1}, {'end': b'x'}, {'file': 3}, {'bogus': 1}]:
    try:
        print('z', **bad)
    except Exception as e:
        print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        raise KeyError('no str')


try:
    print('before', BadStr(), file=c)
except KeyError as e:
    print('KeyError', e, c.parts[-2:])


class NoFlush:
    def write(self, s):
        pass


try:
    print('x', file=NoFlush(), flush=True)
except AttributeError as e:
    print(e)

sys.stdout = None
print('lost in None')
sys.stdout = old
del sys.stdout
try:
    print('gone')
except RuntimeError as e:
    sys.stderr.write(f'RuntimeError: {e}\n')
sys.stdout = old
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
sys.stderr.write('to stderr\n')
print('written', sys.stdout.write('abc\n'))
print('bytes?', end=' ')
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print(e)
sys.stdout.writelines(['l1\n', 'l2\n'])
print(sys.stdout.isatty(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
