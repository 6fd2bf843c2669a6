import os, sys
print(os.name, os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.extsep, os.devnull)
print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/x/y.txt'), os.path.splitext('a/b.tar.gz'), os.path.basename('/p/q'), os.path.dirname('/p/q'))
print(os.path.normpath('a//b/../c/./d'), os.path.isabs('/x'), os.path.commonprefix(['/ab/c', '/ab/d']))
base = '/tmp/glasspy_os_case_%s' % ('x',)
if os.path.exists(base):
    for n in os.listdir(base):
        os.unlink(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.listdir(base))
p = os.path.join(base, 'f.txt')
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello\nworld\n'), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
st = os.stat(p)
print(type(st).__name__, st.st_size, len(st), isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
print(type(st).n_fields, type(st).n_sequence_fields, type(st).n_unnamed_fields, type(st).__match_args__)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
with open(p) as f:
    print(f.read().split())
os.rename(p, os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)), sorted(os.listdir(base.encode())))
for e in sorted(os.scandir(base), key=lambda e: e.name):
    print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size, os.fspath(e) == e.path)
with os.scandir(base) as it:
    print(type(it).__name__, len(list(it)))
for bad in (lambda: os.stat(os.path.join(base, 'nope')), lambda: os.rmdir(os.path.join(base, 'nope')), lambda: os.listdir(os.path.join(base, 'g.txt')),
            lambda: os.mkdir(base), lambda: os.rename(os.path.join(base, 'nope'), os.path.join(base, 'x'))):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == None or e.filename.startswith(base), e.filename2 is None or e.filename2.startswith(base))
for bad in (1.5, None, [1]):
    try:
        os.stat(bad)
    except TypeError as e:
        print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
class P:
    def __fspath__(self):
        return base
print(os.fspath(P()) == base, os.path.isdir(P()), os.fspath(b'x'))
for bad in (1, P):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
os.unlink(os.path.join(base, 'g.txt'))
os.rmdir(base)
print(os.path.exists(base), os.getcwd() == os.path.abspath('.'), isinstance(os.getcwdb(), bytes))
print(type(os.environ).__name__, isinstance(os.environ.get('PATH', ''), str), os.strerror(2), os.strerror(13))
print(len(os.urandom(16)), os.urandom(0), isinstance(os.getpid(), int), os.cpu_count() >= 1)
print(os.error is OSError, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_CREAT, os.O_EXCL, os.O_APPEND)
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e)
