// Leak checks of the _io module and the standard streams: files in every mode, the buffered
// and text layers, StringIO and BytesIO, print() and input(), failing operations, and objects
// closed by their finalizer. After a program ran and its module was released, the blocks held
// by live objects (the allocator's count less what the free lists keep for reuse) are back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';
import { liveBlocks } from '../lib/leakcheck.ts';
import { gcCollect } from '../../src/memory/gc.ts';

function run(interp: Interpreter, src: string, stdin = ''): { status: number; out: string; err: string } {
  const host = new MemoryHost({ cwd: '/tmp', stdin });
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

function assertStable(src: string, stdin = ''): { status: number; out: string; err: string } {
  const interp = new Interpreter();
  const first = run(interp, src, stdin);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, src, stdin), first);
    assert.equal(liveBlocks(interp), baseline);
  }
  return first;
}

/** Programs defining classes are checked by their loop: run once or 20 times, the same blocks stay. */
function growth(src: string, rounds: number): number {
  const interp = new Interpreter();
  const program = src.replace('ROUNDS', String(rounds));
  const first = run(interp, program);
  assert.equal(first.err, '');
  gcCollect(interp, 2);
  const before = liveBlocks(interp);
  run(interp, program);
  gcCollect(interp, 2);
  return liveBlocks(interp) - before;
}

const FILES = `
import _io
P = '/tmp/leak.txt'
big = 10 ** 30
total = 0
for i in range(20):
    with open(P, 'w') as f:
        f.write('line %d\\n' % i)
        f.writelines(['a\\r\\n', 'b\\r', str(big), '\\n'])
        print('printed', i, big, file=f, sep=',')
        total += f.tell()
    with open(P) as f:
        total += len(f.readline()) + len(f.read(3))
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        total += len(f.readlines()) + len(rest) + len(repr(f)) + len(f.newlines)
        f.seek(0)
        total += sum(len(line) for line in f)
    with open(P, 'rb') as b:
        total += len(b.peek()) + len(b.read(2)) + len(b.read1(3)) + len(b.readline()) + b.seek(-2, 2) + len(b.read())
        buf = bytearray(4)
        b.seek(0)
        total += b.readinto(buf) + len(repr(b)) + len(repr(b.raw))
    with open(P, 'r+b') as r:
        r.read(2)
        r.write(b'XY')
        total += r.tell() + r.truncate(6)
    with open(P, 'ab', buffering=0) as a:
        total += a.write(b'tail')
    with open(P, 'w', encoding='latin-1', newline='\\r\\n') as f:
        f.write('caf\\xe9\\n')
    with open(P, encoding='utf-8', errors='replace') as f:
        total += len(f.read())
    with open(P, 'w', encoding='utf-8-sig') as f:
        f.write('bom')
    with open(P, encoding='utf-8-sig') as f:
        total += len(f.read())
    f = open(P, 'w')
    f.write('left open, closed when it dies')
    del f
print(total)
`;

test('files in every mode release their layers, buffers and strings', () => {
  assert.match(assertStable(FILES).out, /^\d+\n$/);
});

const FAILURES = `
import _io
P = '/tmp/leak-fail.txt'
open(P, 'w').close()
total = 0
for i in range(20):
    for args in [(P, 'rw'), (P, 'rb', -1, 'utf-8'), (P, 'r', 0), ('/tmp/missing/x',), ('/tmp',), (P, 'x'), ([P],), (P + '\\0',),
                 (P, 'r', -1, 'no-such-codec'), (P, 'r', -1, None, None, 'x'), (-1,)]:
        try:
            open(*args)
        except (OSError, ValueError, TypeError, LookupError) as e:
            total += len(str(e))
    f = open(P)
    for op in [lambda: f.write('x'), lambda: f.seek(1, 1), lambda: f.seek(-1), lambda: f.buffer.write(b'x'), lambda: f.buffer.raw.write(b'x')]:
        try:
            op()
        except (OSError, ValueError) as e:
            total += len(str(e))
    f.close()
    for op in [f.read, f.readline, f.tell, lambda: f.buffer.read(1), lambda: f.buffer.raw.read(), lambda: next(iter(f))]:
        try:
            op()
        except ValueError as e:
            total += len(str(e))
    for line in open(P, 'w+'):
        pass
    s = _io.StringIO('x')
    for op in [lambda: s.write(b'x'), lambda: s.seek(-1), lambda: _io.StringIO(3), lambda: _io.BytesIO('x')]:
        try:
            op()
        except (TypeError, ValueError) as e:
            total += len(str(e))
print(total)
`;

test('failing opens and operations release what they created', () => {
  assert.match(assertStable(FAILURES).out, /^\d+\n$/);
});

const MEMORY = `
import _io, sys
total = 0
big = 10 ** 25
for i in range(30):
    s = _io.StringIO('a\\r\\nb\\rc', newline=None)
    s.seek(0, 2)
    s.write(str(big))
    print(i, big, file=s)
    s.seek(0)
    total += len(s.readlines()) + len(s.getvalue()) + len(s.newlines) + s.tell() + s.truncate(2)
    b = _io.BytesIO(b'x\\ny')
    b.seek(5)
    b.write(b'z')
    b.seek(0)
    total += len(list(b)) + len(b.getvalue()) + b.readinto(bytearray(2))
    t = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', errors='backslashreplace', line_buffering=True)
    t.write('\\u20ac\\n')
    total += len(t.buffer.getvalue())
    t.detach()
    d = _io.IncrementalNewlineDecoder(None, i % 2)
    total += len(d.decode('a\\r')) + len(d.decode('\\nb\\r', True)) + len(d.getstate()) + len(str(d.newlines))
    d.setstate((b'', 1))
    d.reset()
    old = sys.stdout
    sys.stdout = _io.StringIO()
    print('captured', i)
    total += len(sys.stdout.getvalue())
    sys.stdout = old
print(total, file=sys.stderr is None or sys.stdout)
sys.stdout.flush()
`;

test('StringIO, BytesIO, TextIOWrapper over BytesIO and a replaced sys.stdout release what they use', () => {
  assert.match(assertStable(MEMORY).out, /^\d+\n$/);
});

const INPUT = `
import sys
lines = []
try:
    while True:
        lines.append(input('> ' if len(lines) % 2 else ''))
except EOFError as e:
    lines.append(str(e))
print(lines, sys.stdin.read())
`;

test('input() and sys.stdin release what they read', () => {
  assert.equal(assertStable(INPUT, 'one\ntwo\nthree').out, "> > ['one', 'two', 'three', 'EOF when reading a line'] \n");
});

const CLASSES = `
import _io
class Source(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
class Closing(_io._IOBase):
    def close(self):
        super().close()
total = 0
for i in range(ROUNDS):
    r = _io.BufferedReader(Source(b'abc\\ndef\\n' * 3), 4)
    total += len(r.readline()) + len(r.read())
    t = _io.TextIOWrapper(_io.BufferedReader(Source(b'x\\r\\ny')), encoding='utf-8')
    total += len(t.readlines())
    with Closing() as c:
        total += c.closed
    Closing()
    total += len(Source(b'12345').read())
print(total)
`;

test('Python subclasses of the _io bases release what they use', () => {
  assert.equal(growth(CLASSES, 20), growth(CLASSES, 1));
});
