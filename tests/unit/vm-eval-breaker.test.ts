// The eval breaker's check points: pending calls run at RESUME and JUMP_BACKWARD, between
// bytecodes, and an exception they raise (or one set for the thread) surfaces there as a Python
// exception with a traceback through the running code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { run } from '../lib/leakcheck.ts';
import { addPendingCall, setAsyncExc } from '../../src/vm/eval_breaker.ts';
import { newException, PyErr_SetString } from '../../src/objects/exceptions.ts';
import { PyUnicode_FromString } from '../../src/objects/unicodeobject.ts';


test('a pending call runs at the first check point, once', () => {
  const interp = new Interpreter();
  let calls = 0;
  assert.ok(addPendingCall(interp, () => { calls++; }));
  const r = run(interp, 'x = 1\nprint(x)\n');
  assert.equal(r.status, 0);
  assert.equal(r.out, '1\n');
  assert.equal(calls, 1);
  assert.equal(interp.evalBreaker.flags, 0);
});

test('an exception raised by a pending call propagates from the check point', () => {
  const interp = new Interpreter();
  let count = 0;
  const arm = (): void => {
    if (++count < 6) addPendingCall(interp, arm);
    else PyErr_SetString(interp, 'KeyboardInterrupt', '');
  };
  addPendingCall(interp, arm);
  const r = run(interp, [
    'def spin():',
    '    while True:',
    '        pass',
    'try:',
    '    spin()',
    'except KeyboardInterrupt as e:',
    '    print("interrupted", type(e).__name__, e.__traceback__.tb_next.tb_lineno)',
  ].join('\n') + '\n');
  assert.equal(r.status, 0, r.err);
  // The loop's JUMP_BACKWARD is on the `while` line.
  assert.equal(r.out, 'interrupted KeyboardInterrupt 2\n');
  assert.equal(interp.evalBreaker.flags, 0);
});

test('setAsyncExc stops an endless loop at its backward jump', () => {
  const interp = new Interpreter();
  let count = 0;
  // The pending call sets the asynchronous exception after a few check points.
  const arm = (): void => {
    if (++count < 5) addPendingCall(interp, arm);
    else setAsyncExc(interp, interp.tstate, newException(interp, interp.types.exceptions.get('RuntimeError')!, [PyUnicode_FromString(interp, 'stop')]));
  };
  addPendingCall(interp, arm);
  const r = run(interp, [
    'n = 0',
    'try:',
    '    while True:',
    '        n += 1',
    'except RuntimeError as e:',
    '    print("stopped:", e, n > 0)',
  ].join('\n') + '\n');
  assert.equal(r.status, 0, r.err);
  assert.equal(r.out, 'stopped: stop True\n');
  assert.equal(count, 5);
});

test('GLASSPY_ITRACE=1 prints one line per instruction executed', async () => {
  const { spawnSync } = await import('node:child_process');
  const path = await import('node:path');
  const launcher = path.join(import.meta.dirname, '..', '..', 'bin', 'glasspy.js');
  const r = spawnSync(process.execPath, [launcher, '-c', 'x = 1\nprint(x + 1)'], { encoding: 'utf8', env: { ...process.env, GLASSPY_ITRACE: '1' } });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '2\n');
  // Startup code (site's builtins) is traced too: keep the command's own lines.
  const lines = r.stderr.trimEnd().split('\n').filter((l) => l.startsWith('<string>:'));
  // file:line qualname offset OPNAME oparg, from the module's RESUME to its RETURN_CONST.
  assert.equal(lines[0], '<string>:0 <module> 0 RESUME 0');
  assert.ok(lines.includes('<string>:1 <module> 2 LOAD_CONST 0'), r.stderr);
  assert.ok(lines.some((l) => / BINARY_OP 0$/.test(l)), r.stderr);
  assert.match(lines[lines.length - 1]!, /^<string>:2 <module> \d+ RETURN_CONST \d+$/);
});
