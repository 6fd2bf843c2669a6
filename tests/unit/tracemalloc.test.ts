// tracemalloc and the allocator's statistics where differential cases cannot reach: the
// PYTHONTRACEMALLOC variable (the case format sets no environment), the fatal error of a limit
// over 65535 (its "Current thread 0x..." line names an address), and sys._debugmallocstats(),
// whose figures follow start-up (only its layout is CPython's). Expected texts were taken from
// CPython 3.12.1 (PYENV_VERSION=3.12.1 python3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'bin', 'glasspy.js');
const STATE = 'import tracemalloc, sys; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), sys._xoptions)';

function glasspy(args: string[], env: Record<string, string> = {}): { out: string; err: string; rc: number | null } {
  const base = { ...process.env };
  delete base.PYTHONTRACEMALLOC;
  const r = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', cwd: root, env: { ...base, ...env } });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}

test('PYTHONTRACEMALLOC starts tracing at start-up; -X tracemalloc wins; -E and -I ignore it', () => {
  assert.equal(glasspy(['-c', STATE], { PYTHONTRACEMALLOC: '5' }).out, 'True 5 {}\n');
  assert.equal(glasspy(['-c', STATE], { PYTHONTRACEMALLOC: '0' }).out, 'False 1 {}\n');
  assert.equal(glasspy(['-c', STATE], { PYTHONTRACEMALLOC: '' }).out, 'False 1 {}\n');
  assert.equal(glasspy(['-X', 'tracemalloc=2', '-c', STATE], { PYTHONTRACEMALLOC: '5' }).out, "True 2 {'tracemalloc': '2'}\n");
  assert.equal(glasspy(['-E', '-c', STATE], { PYTHONTRACEMALLOC: '5' }).out, 'False 1 {}\n');
  assert.equal(glasspy(['-I', '-c', STATE], { PYTHONTRACEMALLOC: '5' }).out, 'False 1 {}\n');
});

test('a bad PYTHONTRACEMALLOC is a fatal error before initialization', () => {
  assert.deepEqual(glasspy(['-c', 'pass'], { PYTHONTRACEMALLOC: 'x' }), {
    out: '',
    err: 'Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number of frames\nPython runtime state: preinitialized\n\n',
    rc: 1,
  });
});

test('a limit over 65535 fails when tracemalloc starts', () => {
  for (const [args, env] of [[['-X', 'tracemalloc=70000', '-c', 'pass'], {}], [['-c', 'pass'], { PYTHONTRACEMALLOC: '70000' }]] as const) {
    const r = glasspy([...args], env);
    assert.equal(r.rc, 1);
    assert.match(r.err, /^Fatal Python error: init_interp_main: can't start tracemalloc\nPython runtime state: core initialized\n/);
    assert.match(r.err, /\nValueError: the number of frames must be in range \[1; 65535\]\n\nCurrent thread 0x[0-9a-f]{16} \(most recent call first\):\n {2}<no Python frame>\n$/);
  }
});

test("sys._debugmallocstats() prints pymalloc's tables and the free lists in CPython's layout", () => {
  const r = glasspy(['-c', 'import sys; x = [float(i) for i in range(300)]; del x; sys._debugmallocstats()']);
  assert.equal(r.rc, 0);
  assert.equal(r.out, '');
  const lines = r.err.split('\n');
  assert.equal(lines[0], 'Small block threshold = 512, in 32 size classes.');
  assert.equal(lines[1], '');
  assert.equal(lines[2], 'class   size   num pools   blocks in use  avail blocks');
  assert.equal(lines[3], '-----   ----   ---------   -------------  ------------');
  let i = 4;
  let allocated = 0;
  let available = 0;
  for (; lines[i] !== ''; i++) {
    const m = /^ {0,4}(\d+) {1,6}(\d+) +(\d+) +(\d+) +(\d+)$/.exec(lines[i]!);
    assert.ok(m !== null, lines[i]);
    assert.equal(lines[i]!.length, 5 + 7 + 12 + 16 + 14);
    assert.equal(Number(m[2]), 16 * (Number(m[1]) + 1));
    allocated += Number(m[4]) * Number(m[2]);
    available += Number(m[5]) * Number(m[2]);
  }
  const value = (label: string): number => {
    const line = lines.find((l) => l.startsWith(label))!;
    assert.equal(line.length, 57, line);
    assert.equal(line[35], '=');
    return Number(line.slice(36).replaceAll(',', ''));
  };
  assert.equal(value('# bytes in allocated blocks'), allocated);
  assert.equal(value('# bytes in available blocks'), available);
  const narenas = value('# arenas allocated current');
  assert.ok(narenas >= 1);
  assert.equal(value(`${narenas} arenas * 1048576 bytes/arena`), narenas * 1048576);
  const totals = lines.filter((l) => l.startsWith('Total'));
  assert.equal(Number(totals[0]!.slice(36).replaceAll(',', '')), narenas * 1048576);
  assert.ok(lines.includes('arena map counts'));
  assert.equal(value('# bytes lost to arena map root'), 262144);
  const floats = lines.find((l) => l.includes('free PyFloatObjects'))!;
  assert.equal(floats, '         100 free PyFloatObjects * 24 bytes each =                2,400');
  const tuples = lines.filter((l) => l.includes('-sized PyTupleObjects'));
  assert.equal(tuples.length, 20);
  assert.match(tuples[19]!, /^ {1}\d free 20-sized PyTupleObjects \* 184 bytes each = +\d+$/);
  assert.equal(lines.at(-1), '');
});
