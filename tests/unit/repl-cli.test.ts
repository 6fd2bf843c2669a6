// What differential cases cannot compare of the interactive prompt: the banner (its first line
// names Glasspy's build where CPython names its own: the version line is sys.version's, the
// second line CPython's, and -S, -q and a program to run change it as they change CPython's),
// and PYTHONSTARTUP (the cases run in a clean environment). Expected texts are the reference's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'glasspy.js');

function glasspy(args: string[], input: string, cwd = root, env = process.env): { out: string; err: string; rc: number | null } {
  const r = spawnSync(process.execPath, [launcher, ...args], { input, encoding: 'utf8', cwd, env });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}

const VERSION = glasspy(['-c', 'import sys; print(sys.version, sys.platform)'], '').out.trim().split(' ');
const FIRST = `Python ${VERSION.slice(0, -1).join(' ')} on ${VERSION.at(-1)}\n`;
const MORE = 'Type "help", "copyright", "credits" or "license" for more information.\n';

test('-i without a program prints the banner on stderr before the first prompt', () => {
  assert.match(FIRST, /^Python 3\.12\.1 \(.*\) \[.*\] on linux\n$/);
  assert.deepEqual(glasspy(['-i'], 'x = 6\nx * 7\n'), { out: '42\n', err: `${FIRST}${MORE}>>> >>> >>> \n`, rc: 0 });
  assert.deepEqual(glasspy(['-i', '-'], ''), { out: '', err: `${FIRST}${MORE}>>> \n`, rc: 0 });
});

test('-S drops the banner\'s second line; -q and a program to run drop the banner', () => {
  assert.deepEqual(glasspy(['-S', '-i'], ''), { out: '', err: `${FIRST}>>> \n`, rc: 0 });
  assert.deepEqual(glasspy(['-q', '-i'], ''), { out: '', err: '>>> \n', rc: 0 });
  assert.deepEqual(glasspy(['-i', '-c', 'x = 1'], 'x\n'), { out: '1\n', err: '>>> >>> \n', rc: 0 });
});

test('without -i, a stdin that is not a terminal is a script', () => {
  assert.deepEqual(glasspy([], 'x = 6\nx * 7\nprint(x)\n'), { out: '6\n', err: '', rc: 0 });
});

test('PYTHONSTARTUP runs in __main__ before the first prompt', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-startup-'));
  try {
    writeFileSync(path.join(dir, 'st.py'), 'x = 5\nprint("startup", __file__)\n');
    writeFileSync(path.join(dir, 'st3.py'), 'raise SystemExit(3)\n');
    const run = (startup: string, args = ['-i', '-q']) => glasspy(args, 'x\n__file__\n', dir, { ...process.env, PYTHONSTARTUP: startup });
    const noFile = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name '__file__' is not defined. Did you mean: '__name__'?\n>>> \n";
    const noX = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'x' is not defined\n>>> ";
    assert.deepEqual(run('st.py'), { out: 'startup st.py\n5\n', err: `>>> >>> ${noFile}`, rc: 0 });
    assert.deepEqual(run('nope.py'), {
      out: '',
      err: `Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: 'nope.py'\n>>> ${noX}${noFile}`,
      rc: 0,
    });
    assert.deepEqual(run('st3.py'), { out: '', err: '', rc: 3 });
    // Not with -E, nor when a program runs first.
    assert.deepEqual(run('st.py', ['-E', '-i', '-q']), { out: '', err: `>>> ${noX}${noFile}`, rc: 0 });
    assert.deepEqual(run('st.py', ['-i', '-q', '-c', 'pass']), { out: '', err: `>>> ${noX}${noFile}`, rc: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
