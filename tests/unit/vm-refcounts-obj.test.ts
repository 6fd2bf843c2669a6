// Leak checks of the object-model surface (dir(), type attributes, __getstate__/__reduce_ex__),
// the _warnings module and memoryview: after a program ran and its module was released, the
// blocks held by live objects (the allocator's count less what the free lists keep) are back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { HostError, type Host } from '../../src/host/host.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';
import { liveBlocks } from '../lib/leakcheck.ts';
import { gcCollect } from '../../src/memory/gc.ts';

function run(interp: Interpreter, src: string, warnoptions: string[] = []): { status: number; out: string; err: string } {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host = {
    stdout: { write: (d: Uint8Array) => out.push(d), isatty: () => false },
    stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => false },
    readFile: () => { throw new HostError('ENOENT'); },
  } as unknown as Host;
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [], sys: { warnoptions } });
  return { status, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}

/** The blocks a second run of `src` leaves behind, after a first run that must end with `status`. */
function growth(src: string, warnoptions: string[], status: number): number {
  const interp = new Interpreter();
  const first = run(interp, src, warnoptions);
  assert.equal(first.status, status, `${src}\n${first.err}`);
  gcCollect(interp, 2);
  const before = liveBlocks(interp);
  // Addresses in reports depend on what earlier runs left in the allocator's free lists.
  const noAddr = (r: { status: number; out: string; err: string }) => ({ ...r, err: r.err.replace(/ at 0x[0-9a-f]+/g, ' at 0x') });
  assert.deepEqual(noAddr(run(interp, src, warnoptions)), noAddr(first));
  gcCollect(interp, 2);
  return liveBlocks(interp) - before;
}

/**
 * Classes are never freed yet (their cycles wait for the GC), so a program defining classes is
 * checked by its loop: `ROUNDS` run once or 20 times must leave the same blocks behind.
 */
function checkNoLeak(src: string, warnoptions: string[] = [], expectStatus = 0): void {
  const program = (rounds: number) => src.replace('ROUNDS', String(rounds));
  assert.equal(growth(program(20), warnoptions, expectStatus), growth(program(1), warnoptions, expectStatus));
}

const DIR = `
import sys
class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ('s',)
class WithDir:
    def __dir__(self):
        return ('b', 'a')
class Bad:
    def __dir__(self):
        return 5
total = 0
def f(a, b=2):
    c = 3
    return dir()
for i in range(ROUNDS):
    b = B()
    b.s = i
    total += len(dir(b)) + len(dir(B)) + len(dir(A())) + len(dir(WithDir())) + len(f(1)) + len(dir(sys)) + len(dir(None))
    total += len(object.__dir__(b)) + len(type.__dir__(B))
    try:
        dir(Bad())
    except TypeError as e:
        total += len(str(e))
    m = type(sys)('m%d' % i)
    m.__dir__ = lambda: ['q']
    total += len(dir(m))
print(total)
`;

test('dir() and the __dir__ methods release what they use', () => checkNoLeak(DIR));

const TYPE_ATTRS = `
class P: pass
class Q(P): pass
class R(P): pass
class T(Q, R):
    __annotations__ = {'a': int}
class S:
    __slots__ = ('a', '__p')
total = 0
for i in range(ROUNDS):
    total += T.__flags__ + T.__basicsize__ + T.__itemsize__ + T.__dictoffset__ + T.__weakrefoffset__ + int.__flags__
    total += len(T.mro()) + len(P.__subclasses__()) + len(int.__subclasses__()) + len(T.__annotations__) + len(P.__annotations__)
    total += len(T.__type_params__) + (T.__text_signature__ is None) + len(object.__text_signature__)
    P.__type_params__ = (i,)
    T.attr = i
    try:
        int.__annotations__
    except AttributeError as e:
        total += len(str(e))
    try:
        T.__flags__ = 1
    except AttributeError as e:
        total += len(str(e))
    s = S()
    s.a = [i]
    s._S__p = 'p'
    o = Q()
    o.x = i
    total += len(s.__getstate__()) + len(o.__getstate__()) + (object().__getstate__() is None)
    for bad in ('x', 2**70):
        try:
            o.__reduce_ex__(bad)
        except (TypeError, OverflowError) as e:
            total += len(str(e))
    try:
        o.__reduce_ex__(2)
    except ImportError as e:
        total += len(str(e))
print(total, S.__slotnames__)
`;

test('type attributes and the pickling protocol release what they use', () => checkNoLeak(TYPE_ATTRS));

const WARNINGS = `
import _warnings
class W(UserWarning): pass
def helper(i):
    _warnings.warn('in helper %d' % (i % 3), W, 2)
total = 0
for i in range(ROUNDS):
    _warnings.warn('plain')
    _warnings.warn(W('instance %d' % (i % 2)))
    helper(i)
    _warnings.warn_explicit('explicit', UserWarning, 'f.py', i % 4, registry={})
    _warnings.warn('far', stacklevel=40)
    b = True
    total += ~b
    _warnings.filters.insert(0, ('error', None, RuntimeWarning, None, 0))
    try:
        _warnings.warn('as error', RuntimeWarning)
    except RuntimeWarning as e:
        total += len(e.args)
    del _warnings.filters[0]
    _warnings.filters.insert(0, ('once', None, Warning, None, 0))
    _warnings.warn('once %d' % (i % 2))
    del _warnings.filters[0]
    _warnings._filters_mutated()
    for bad in (int, 5):
        try:
            _warnings.warn('x', bad)
        except TypeError as e:
            total += len(str(e))
    async def coro(): pass
    coro()
print(total, len(__warningregistry__))
`;

test('the _warnings module and the core warnings release what they use', () => checkNoLeak(WARNINGS));

test('-W error and warnings raised as exceptions release what they use', () => {
  checkNoLeak(`
import _warnings
b = True
try:
    ~b
except DeprecationWarning as e:
    print(e.args)
async def coro(): pass
coro()
_warnings.warn('uncaught')
`, ['error'], 1);
});

const UNION = `
class A: pass
total = 0
for i in range(ROUNDS):
    u = int | str | None
    v = A | u | int
    total += len(u.__args__) + len(v.__args__) + (u == (None | str | int)) + (hash(u) == hash(str | int | None)) + len(repr(v))
    total += isinstance(i, u) + issubclass(bool, v) + isinstance('x', (float, u)) + len(u.__parameters__) + bool(u)
    d = {u: i, str | int | None: i + 1}
    total += len(d)
    for bad in ('int | 1', 'u[int]', 'isinstance(1, int | 3)'):
        try:
            eval(bad)
        except TypeError as e:
            total += len(str(e))
    total += bool(i) + bool() + bool([i])
print(total)
`;

test('union types release their members', () => checkNoLeak(UNION));

const MEMORYVIEW = `
total = 0
for i in range(ROUNDS):
    b = b'abcdefgh' * (i + 1)
    m = memoryview(b)
    s = m[1:7:2]
    c = m.cast('i')
    two = m.cast('B', (2, len(b) // 2))
    total += len(m) + m[0] + s[1] + c[0] + len(s.tolist()) + len(two.tolist()) + two[1, 0] + len(m.tobytes()) + len(m.hex(':'))
    total += (m == b) + (s == b'bdf') + (hash(m) == hash(b)) + len(bytes(s)) + len(bytearray(m[::-1])) + len(b''.join([s, m[:2]]))
    total += sum(x for x in s) + len(list(iter(m[:3]))) + memoryview(m).nbytes + m.toreadonly().readonly
    ba = bytearray(b)
    with memoryview(ba) as w:
        w[0] = 65
        w[1:3] = b'xy'
        try:
            ba.append(1)
        except BufferError as e:
            total += len(str(e))
        keep = w[2:4]
    try:
        ba.append(1)
    except BufferError:
        total += 1
    keep.release()
    ba.append(2)
    for bad in ('m[100]', 'm.cast("x")', 'memoryview("s")', 'hash(memoryview(ba))'):
        try:
            eval(bad)
        except (IndexError, ValueError, TypeError) as e:
            total += len(str(e))
    m.release()
    try:
        m[0]
    except ValueError as e:
        total += len(str(e))
    it = iter(s)
    next(it)
print(total)
`;

test('memoryviews release their buffers and exporters', () => checkNoLeak(MEMORYVIEW));

const ASYNC_ITER = `
import sys
async def agen():
    yield 1
    yield 2
class AIter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return [self.n]
async def main(i):
    g = aiter(agen())
    a = AIter(2)
    r = [await anext(g), await anext(g), await anext(g, [i]), await anext(a), await anext(a), await anext(a, (i,))]
    async for x in AIter(2):
        r.append(x)
    return r
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
total = 0
sys.breakpointhook = lambda *a, **k: len(a) + len(k)
for i in range(ROUNDS):
    total += len(run(main(i)))
    aw = anext(AIter(0), 'd')
    try:
        next(aw)
    except StopIteration as e:
        total += len(e.value)
    for bad in ('aiter(1)', 'anext(1)', 'anext()'):
        try:
            eval(bad)
        except TypeError as e:
            total += len(str(e))
    total += breakpoint(1, [i], x=i)
sys.breakpointhook = sys.__breakpointhook__
print(total)
`;

test('aiter(), anext() and breakpoint() release what they use', () => checkNoLeak(ASYNC_ITER));

test('the default breakpoint hook warns that pdb cannot be imported, then returns None', () => {
  const interp = new Interpreter();
  const r = run(interp, 'print(breakpoint())\n');
  assert.equal(r.out, 'None\n');
  assert.equal(r.err, '<test>:1: RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: "pdb.set_trace"\n');
});

const CONVERSIONS = `
class MyInt(int): pass
class MyFloat(float): pass
class I:
    def __int__(self): return MyInt(7)
class X:
    def __index__(self): return MyInt(2**70)
class T:
    def __trunc__(self): return X()
class F:
    def __float__(self): return MyFloat(0.5)
class Bad:
    def __int__(self): return 'x'
    def __float__(self): return 1
total = 0
for i in range(ROUNDS):
    total += int(I()) + int(X()) % 5 + int(T()) % 3 + int(MyInt(2**80 + i)) % 7 + int(float(F()) * 4) + int(float(X())) % 3
    total += int(MyFloat(i + 0.5)) + int(b'12') + int('ff', 16) + int(memoryview(b'3')) + hex(X()).count('0')
    for bad in (lambda: int(Bad()), lambda: float(Bad()), lambda: int(object()), lambda: int(1.5, 10)):
        try:
            bad()
        except TypeError:
            total += 1
print(total)
`;

test('int() and float() through __int__, __index__, __trunc__ and __float__ release what they use', () => checkNoLeak(CONVERSIONS));
