// CLI behaviour that differential cases cannot pin down: Glasspy's own identity (-V), the
// deliberate "cannot run yet" stop, the internal-error line, and the argparse formatter at
// terminal widths the cases' clean environment never uses, PYTHONPATH and PYTHONINTMAXSTRDIGITS (expected texts come from the
// reference: tests/golden/ast-help.json, made by tools/regen-cli-golden.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { astArgumentParser } from '../../src/cli/ast_main.ts';
import { ArgparseExit } from '../../src/cli/argparse.ts';
import { formatInternalError } from '../../src/cli/internal_error.ts';
import { pythonExceptionName } from '../../src/cli/pyerrors.ts';
import { CANNOT_RUN } from '../../src/cli/run.ts';
import { GLASSPY_VERSION, PYTHON_VERSION } from '../../src/cli/version.ts';
import { ParserStackOverflow } from '../../src/parser/index.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'glasspy.js');

function glasspy(args: string[], input = ''): { out: string; err: string; rc: number | null } {
  const r = spawnSync(process.execPath, [launcher, ...args], { input, encoding: 'utf8', cwd: root });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}

test('the CLI version matches package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(GLASSPY_VERSION, pkg.version);
  assert.equal(PYTHON_VERSION, '3.12.1');
});

test('-V and --version print one line naming Glasspy and the Python version', () => {
  for (const flag of ['-V', '--version']) {
    const r = glasspy([flag]);
    assert.deepEqual(r, { out: `Glasspy ${GLASSPY_VERSION} (Python 3.12.1)\n`, err: '', rc: 0 });
  }
});

test('-VV (or -V -V) adds the host', () => {
  for (const args of [['-VV'], ['-V', '-V']]) {
    const r = glasspy(args);
    assert.equal(r.out, `Glasspy ${GLASSPY_VERSION} (Python 3.12.1) [Node.js ${process.version}]\n`);
    assert.equal(r.rc, 0);
  }
});

test('-V is printed only after all options were accepted; -c ends the options', () => {
  assert.equal(glasspy(['-V', '-z']).rc, 2);
  const r = glasspy(['-c', 'pass', '-V']);
  assert.deepEqual(r, { out: '', err: '', rc: 0 });
});

test('valid code from -c, stdin and "-" runs', () => {
  assert.deepEqual(glasspy(['-c', 'pass']), { out: '', err: '', rc: 0 });
  assert.deepEqual(glasspy([], 'x = 1\n'), { out: '', err: '', rc: 0 });
  assert.deepEqual(glasspy(['-'], 'print(1)\n'), { out: '1\n', err: '', rc: 0 });
  assert.match(CANNOT_RUN, /^glasspy: cannot run code yet: [^\n]+\n$/);
});

test('PYTHONPATH entries follow the script directory in sys.path, made absolute, before the standard library and site-packages; -E and -I ignore them', () => {
  const env = { ...process.env, PYTHONPATH: `tests/cases:/nonexistent::${path.join(root, 'tests', 'cases', 'vm_import')}` };
  const prog = 'import sys, _plain; print(sys.path[:5]); print(_plain.__file__)';
  const r = spawnSync(process.execPath, [launcher, '-c', prog], { encoding: 'utf8', cwd: root, env });
  const tc = path.join(root, 'tests', 'cases');
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `${JSON.stringify(['', tc, '/nonexistent', root, path.join(tc, 'vm_import')]).replaceAll('"', "'").replaceAll(',', ', ')}\n${path.join(tc, 'vm_import', '_plain.py')}\n`);
  for (const flag of ['-E', '-I']) {
    const e = spawnSync(process.execPath, [launcher, flag, '-c', 'import sys; print(len(sys.path))'], { encoding: 'utf8', cwd: root, env });
    // The standard library and site-packages (-I drops the script's folder, '' for -c).
    assert.equal(e.stdout, flag === '-I' ? '2\n' : '3\n');
  }
  const noSite = spawnSync(process.execPath, [launcher, '-S', '-c', 'import sys; print(sys.path[-1] == sys._stdlib_dir)'], { encoding: 'utf8', cwd: root, env });
  assert.equal(noSite.stdout, 'True\n');
});

test('PYTHONINTMAXSTRDIGITS sets the int<->str limit unless -X int_max_str_digits or -E; a bad value is fatal', () => {
  // Expected texts from the reference: PYTHONINTMAXSTRDIGITS=2000 python3 [-X int_max_str_digits=0 | -E] -c ...
  const run = (value: string, flags: string[]) => spawnSync(process.execPath, [launcher, ...flags, '-c', 'import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)'],
    { encoding: 'utf8', cwd: root, env: { ...process.env, PYTHONINTMAXSTRDIGITS: value } });
  assert.equal(run('2000', []).stdout, '2000 2000\n');
  assert.equal(run('2000', ['-X', 'int_max_str_digits=0']).stdout, '0 0\n');
  assert.equal(run('2000', ['-E']).stdout, '4300 4300\n');
  const bad = run('20', []);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, 'Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n');
});

test('an internal JS error is reported as one SystemError line', () => {
  assert.equal(
    formatInternalError(new RangeError('Maximum call stack\nsize exceeded')),
    'SystemError: Glasspy internal error: RangeError: Maximum call stack size exceeded\n',
  );
  assert.equal(formatInternalError('boom'), 'SystemError: Glasspy internal error: boom\n');
});

test('front-end errors map to Python exception names; JS bugs do not', () => {
  assert.equal(pythonExceptionName(new PySyntaxError('TabError', 'm', 'f', 1, 1, null, 1, 1)), 'TabError');
  assert.equal(pythonExceptionName(new ParserStackOverflow()), 'MemoryError');
  class PyRecursionError extends Error {}
  assert.equal(pythonExceptionName(new PyRecursionError('deep')), 'RecursionError');
  assert.equal(pythonExceptionName(new RangeError('Maximum call stack size exceeded')), null);
  assert.equal(pythonExceptionName(new TypeError('x')), null);
  assert.equal(pythonExceptionName('string'), null);
});

interface HelpGolden {
  columns: number;
  help: string;
  usageError: string;
}

const helps = JSON.parse(readFileSync(path.join(root, 'tests', 'golden', 'ast-help.json'), 'utf8')) as HelpGolden[];

function exitOf(f: () => unknown): ArgparseExit {
  try {
    f();
  } catch (e) {
    if (e instanceof ArgparseExit) return e;
    throw e;
  }
  assert.fail('expected argparse to exit');
}

for (const g of helps) {
  test(`-m ast help and usage at ${g.columns} columns`, () => {
    const help = exitOf(() => astArgumentParser(g.columns).parseArgs(['-h']));
    assert.equal(help.stdout, g.help);
    assert.equal(help.status, 0);
    const bad = exitOf(() => astArgumentParser(g.columns).parseArgs(['--bogus']));
    assert.equal(bad.stderr, g.usageError);
    assert.equal(bad.status, 2);
  });
}
