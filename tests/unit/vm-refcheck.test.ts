// GLASSPY_REFCHECK=2: the refcount-invariant check at the eval breaker's check points. A clean
// program runs as without it; a local whose refcount was broken on purpose (by the test's
// stderr hook, while the program's frame is suspended in print) is reported as SystemError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';

function run(src: string, env: Record<string, string>, onStderr?: (interp: Interpreter) => void): { status: number; out: string; err: string } {
  const interp = new Interpreter();
  const host = new MemoryHost({ env, onStderr: onStderr === undefined ? undefined : () => onStderr(interp) });
  const status = runMain(interp, compileSource(src, 'prog.py', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

const CLEAN = `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class Box:
    def __init__(self, v):
        self.v = v
total = 0
for i in range(200):
    b = Box([i, str(i), {i: (i, i)}])
    total += fib(i % 12) + len(b.v[1])
    try:
        {}[i]
    except KeyError as e:
        total += len(str(e))
    gen = (x * 2 for x in range(i % 5))
    total += sum(gen)
print(total)
`;

test('a clean program runs the same with GLASSPY_REFCHECK=2', () => {
  const plain = run(CLEAN, {});
  assert.equal(plain.err, '');
  assert.deepEqual(run(CLEAN, { GLASSPY_REFCHECK: '2' }), plain);
});

const BROKEN = `
import sys
def f():
    victim = [1, 2, 3]
    print('break', file=sys.stderr, flush=True)
    for i in range(3):
        pass
    return victim
f()
print('not reached')
`;

test('GLASSPY_REFCHECK=2 reports a local whose refcount was dropped to zero', () => {
  let broken = false;
  const breakVictim = (interp: Interpreter): void => {
    if (broken) return;
    broken = true;
    // The running frame is f's (print is a builtin): its first local is victim.
    const victim = interp.tstate.frame!.localsplus[0]!;
    victim.ob_refcnt = 0;
  };
  const r = run(BROKEN, { GLASSPY_REFCHECK: '2' }, breakVictim);
  assert.equal(r.status, 1);
  assert.equal(r.out, '');
  assert.match(r.err, /SystemError: refcount invariant violated: local 'victim' of f \(prog\.py, line 5\) is a list object at 0x[0-9a-f]+ with refcount 0\n$/);
  // (Line 5: the check point after the call of the builtin print, as in CPython 3.12.)
  // Without the switch the broken count goes unnoticed.
  broken = false;
  const off = run(BROKEN, {}, breakVictim);
  assert.equal(off.status, 0);
  assert.equal(off.out, 'not reached\n');
});

// GLASSPY_REFCHECK=1: the audit at the end of a run, over an interpreter that keeps its registry.
function audited(src: string, env: Record<string, string>, onStderr?: (interp: Interpreter) => void): { status: number; out: string; err: string } {
  const interp = new Interpreter(undefined, undefined, { objectRegistry: true });
  const host = new MemoryHost({ env, onStderr: onStderr === undefined ? undefined : () => onStderr(interp) });
  const status = runMain(interp, compileSource(src, 'prog.py', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

test('the audit finds every count right after a clean program', () => {
  const plain = run(CLEAN, {});
  assert.deepEqual(audited(CLEAN, { GLASSPY_REFCHECK: '1' }), plain);
});

const KEPT = `
import sys
kept = ['victim']
print('break', file=sys.stderr, flush=True)
`;

test('the audit reports an object with one reference too many, and its holders', () => {
  let victim: { ob_refcnt: number; addr: number } | null = null;
  const leak = (interp: Interpreter): void => {
    if (victim !== null) return;
    // The one-item list the program made and keeps in its global 'kept'.
    for (const o of interp.objectRegistry!.live()) {
      if (o.ob_type === interp.types.list && o.ob_refcnt === 1 && (o.body as unknown[]).length === 1) victim = o;
    }
    victim!.ob_refcnt++;
  };
  const r = audited(KEPT, { GLASSPY_REFCHECK: '1', GLASSPY_REFCHECK_HOLDERS: '1' }, leak);
  assert.equal(r.status, 0);
  const addr = victim!.addr.toString(16);
  assert.match(r.err, new RegExp(`^break\nrefcheck: list at 0x${addr}: refcount 2, 1 references found\n` +
    '    from dict@0x[0-9a-f]+\\(refcount \\d+\\)\\.keys\\.ents\nrefcheck: 1 mismatches\n$'));
});
