// Leak checks of the interactive prompt: statements typed line by line (echoed values, `_`,
// blocks, errors, syntax errors, sys.last_* and a replaced sys.displayhook, a SystemExit),
// after which the interpreter is finalized; the blocks held by live objects (the allocator's
// count less what the free lists keep for reuse) are back to their count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { HostError, type Host } from '../../src/host/host.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { MainProgram } from '../../src/runtime/pythonrun.ts';
import { InteractiveLoop, runStartupFile } from '../../src/runtime/interactive.ts';
import { liveBlocks } from '../lib/leakcheck.ts';

/** Feeds `lines` to a prompt in a new __main__ of `interp` (EOF after them). */
function session(interp: Interpreter, lines: readonly string[]): { status: number; out: string; err: string } {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host = {
    stdout: { write: (d: Uint8Array) => out.push(d), isatty: () => false },
    stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => false },
    readFile: () => { throw new Error('no files'); },
  } as unknown as Host;
  const main = new MainProgram(interp, host, { sysPath: [''] });
  const loop = new InteractiveLoop(main);
  let status: number | null = null;
  for (const line of lines) {
    loop.prompt();
    status = loop.feed(line);
    if (status !== null) break;
  }
  while (status === null) {
    loop.prompt();
    status = loop.eof();
  }
  main.finish();
  return { status, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}

function assertStable(lines: readonly string[]): { status: number; out: string; err: string } {
  const interp = new Interpreter();
  const first = session(interp, lines);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(session(interp, lines), first);
    assert.equal(liveBlocks(interp), baseline, lines.join(''));
  }
  return first;
}

const STATEMENTS = [
  'big = 100000000000000000000\n',
  'big + 1\n',
  '_\n',
  '[big, (big, "s")]\n',
  'def f(n):\n', '    if n:\n', '        return 1 / 0\n', '    return big\n', '\n',
  'f(0)\n',
  'f(1)\n',
  'undefined_name\n',
  'x = (1,\n', '2)\n',
  '1 +\n',
  '  y = 1\n',
  'import sys\n',
  'sys.last_value, sys.last_type, sys.last_traceback is not None\n',
  'def hook(v):\n', '    print("hook", v)\n', '\n',
  'sys.displayhook = hook\n',
  'big * 2\n',
  'del sys.displayhook\n',
  'big\n',
  'sys.displayhook = sys.__displayhook__\n',
  'for i in range(3):\n', '    i + big\n', '\n',
  'if 1:\n', '    "unfinished block"',
];

test('the prompt releases what its statements, errors and displays create', () => {
  const r = assertStable(STATEMENTS);
  assert.equal(r.status, 0);
  assert.match(r.out, /^100000000000000000001\n100000000000000000001\n/);
  assert.match(r.err, /ZeroDivisionError: division by zero\n/);
  assert.match(r.err, /RuntimeError: lost sys.displayhook\n/);
  assert.match(r.out, /'unfinished block'\n$/);
});

test('a SystemExit at the prompt releases the program', () => {
  const r = assertStable(['big = [100000000000000000000]\n', 'raise SystemExit(big[0] % 256)\n', 'never\n']);
  assert.equal(r.status, 0);
  const s = assertStable(['def stop():\n', '    raise SystemExit("bye")\n', '\n', 'stop()\n']);
  assert.equal(s.status, 1);
  assert.equal(s.err, 'bye\n');
});

test('Ctrl-C at the prompt drops the statement and releases KeyboardInterrupt', () => {
  const interp = new Interpreter();
  const run = () => {
    const err: Uint8Array[] = [];
    const host = {
      stdout: { write: () => {}, isatty: () => false },
      stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => false },
    } as unknown as Host;
    const main = new MainProgram(interp, host, { sysPath: [''] });
    const loop = new InteractiveLoop(main);
    assert.equal(loop.prompt(), '>>> ');
    assert.equal(loop.feed('if 1:\n'), null);
    assert.equal(loop.prompt(), '... ');
    loop.interrupt();
    assert.equal(loop.prompt(), '>>> ');
    assert.equal(loop.eof(), 0);
    main.finish();
    return Buffer.concat(err).toString('utf8');
  };
  assert.equal(run(), '\nKeyboardInterrupt\n\n');
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    run();
    assert.equal(liveBlocks(interp), baseline);
  }
});

test('PYTHONSTARTUP files release what they create, a missing one its OSError', () => {
  const interp = new Interpreter();
  const files = new Map([['st.py', 'big = [100000000000000000000]\nprint("startup", __file__)\nbig[1]\n']]);
  const run = (name: string) => {
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const host = {
      stdout: { write: (d: Uint8Array) => out.push(d), isatty: () => false },
      stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => false },
      readFile: (p: string) => {
        const text = files.get(p);
        if (text === undefined) throw new HostError('ENOENT', p);
        return new TextEncoder().encode(text);
      },
    } as unknown as Host;
    const main = new MainProgram(interp, host, { sysPath: [''] });
    const status = runStartupFile(main, name, (bytes) => compileSource(bytes, name, 'exec'));
    const loop = new InteractiveLoop(main);
    loop.prompt();
    loop.feed('big\n');
    main.finish();
    return { status, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
  };
  for (const name of ['st.py', 'missing.py']) {
    const first = run(name);
    assert.equal(first.status, null);
    const baseline = liveBlocks(interp);
    for (let k = 0; k < 3; k++) {
      assert.deepEqual(run(name), first);
      assert.equal(liveBlocks(interp), baseline, name);
    }
  }
  assert.match(run('st.py').out, /^startup st.py\n\[100000000000000000000\]\n$/);
  assert.match(run('missing.py').err, /^Could not open PYTHONSTARTUP\nFileNotFoundError: \[Errno 2\] No such file or directory: 'missing.py'\n/);
});
