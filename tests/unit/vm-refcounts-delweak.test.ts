// Leak checks of deallocation and weak references: frame objects that take over finished
// frames (tracebacks, frame.clear()), sys.unraisablehook and its UnraisableHookArgs, weakref
// callbacks, proxies, cells: after a program ran and its module was released, the blocks held
// by live objects (the allocator's count less what the free lists keep) are back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { liveBlocks, run } from '../lib/leakcheck.ts';


/** The blocks a second run of `src` leaves behind, after a first run that must succeed. */
function growth(src: string): number {
  const interp = new Interpreter();
  const first = run(interp, src);
  assert.equal(first.status, 0, `${src}\n${first.err}`);
  const before = liveBlocks(interp);
  const noAddr = (r: { status: number; out: string; err: string }) => ({ ...r, err: r.err.replace(/ at 0x[0-9a-f]+/g, ' at 0x') });
  assert.deepEqual(noAddr(run(interp, src)), noAddr(first));
  return liveBlocks(interp) - before;
}

/** Classes are never freed yet (their cycles wait for the GC): ROUNDS run once or 20 times must leave the same blocks. */
function checkNoLeak(src: string): void {
  const program = (rounds: number) => src.replace('ROUNDS', String(rounds));
  assert.equal(growth(program(20)), growth(program(1)));
}

test('frames kept by tracebacks release their locals with the frame object', () => checkNoLeak(`
import sys
class D:
    pass
def fail():
    a = D()
    b = [a, 'x' * 10]
    raise ValueError('v')
def gen():
    g = D()
    yield sys._getframe()
def ret():
    x = D()
    return sys._getframe()
for i in range(ROUNDS):
    try:
        fail()
    except ValueError as e:
        tb = e.__traceback__
    tb.tb_next.tb_frame.f_locals
    del tb
    try:
        fail()
    except ValueError as e:
        e.__traceback__.tb_next.tb_frame.clear()
    it = gen()
    fr = next(it)
    del it
    fr.f_locals
    del fr
    it = gen()
    next(it).clear()
    del it
    ret().clear()
    ret().f_locals
    it = gen()
    next(it)
    it.close()
`));

test('sys.unraisablehook, its arguments and failing hooks release what they use', () => checkNoLeak(`
import sys, _weakref as weakref
def _f():
    x = 1
    return lambda: x
CellType = type(_f().__closure__[0])
class Bad:
    def __del__(self):
        raise ValueError('in __del__')
class C:
    pass
seen = []
def hook(u):
    seen.append((u.exc_type, u.err_msg, u.object))
def bad_hook(u):
    raise RuntimeError('hook failed')
for i in range(ROUNDS):
    sys.unraisablehook = hook
    Bad()
    c = C()
    r = weakref.ref(c, lambda ref: 1 / 0)
    del c
    seen.clear()
    sys.unraisablehook = bad_hook
    Bad()
    sys.unraisablehook = sys.__unraisablehook__
    Bad()
    try:
        sys.unraisablehook(1)
    except TypeError:
        pass
    cell = CellType(C())
    del cell
`));

test('weak references, proxies and their callbacks release what they use', () => checkNoLeak(`
import _weakref as weakref
class C:
    def __reversed__(self):
        return iter([1])
    def __bytes__(self):
        return b'c'
    def __abs__(self):
        return 1
    def __int__(self):
        return 2
    def __float__(self):
        return 3.0
    def __divmod__(self, o):
        return (1, 2)
    def __index__(self):
        return 0
class S:
    __slots__ = ('a', 'b')
class T(S):
    __slots__ = ('c',)
for i in range(ROUNDS):
    c = C()
    p = weakref.proxy(c)
    list(reversed(p)), bytes(p), abs(p), int(p), float(p), divmod(p, 1), [5][p], isinstance(p, C)
    refs = [weakref.ref(c, lambda r: None) for _ in range(3)]
    del c
    repr(p)
    try:
        p.x
    except ReferenceError:
        pass
    t = T()
    t.a, t.b, t.c = C(), [1], C()
    del t
`));
