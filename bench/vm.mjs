// VM benchmark: each bench/programs/*.py run as a fresh process under Glasspy
// (`node bin/glasspy.js prog.py`) and under the reference CPython 3.12.1, best of N runs
// each, in the same run. Both outputs must be equal (and the reference's must equal the
// committed NAME.out); the table gives the times, Glasspy/CPython ratios and their geometric
// mean. A program Glasspy cannot run is reported with its stderr and gets no ratio; that is
// not a failure of the benchmark (exit status 0).
//   node bench/vm.mjs [--runs N] [--timeout SECONDS] [--regen] [NAME ...]
// --regen rewrites bench/programs/NAME.out from the reference (after checking two runs agree).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv, referenceExecutable } from '../tools/lib/reference.mjs';
import { ROOT, table } from './lib.mjs';

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
}
const regenAt = args.indexOf('--regen');
const REGEN = regenAt >= 0;
if (REGEN) args.splice(regenAt, 1);
// --regen needs two runs at least, to see that the output is deterministic.
const RUNS = Math.max(option('--runs', 3), REGEN ? 2 : 1);
const TIMEOUT_S = option('--timeout', 600);
const wanted = new Set(args.filter((a) => !a.startsWith('-')));

const dir = path.join(ROOT, 'bench', 'programs');
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .filter((n) => wanted.size === 0 || wanted.has(n))
  .sort();
const env = cleanEnv();
const python = referenceExecutable();
const glasspy = path.join(ROOT, 'bin', 'glasspy.js');

function runOnce(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: dir, env, maxBuffer: 1 << 28, timeout: TIMEOUT_S * 1000 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return { s, status: r.status, signal: r.signal, stdout: r.stdout?.toString() ?? '', stderr: r.stderr?.toString() ?? '', error: r.error };
}

// Best of RUNS; stops at the first failing run (its result is returned).
function best(cmd, argv) {
  let bestRun = null;
  for (let i = 0; i < RUNS; i++) {
    const r = runOnce(cmd, argv);
    if (r.error || r.status !== 0) return { ...r, ok: false };
    if (bestRun !== null && r.stdout !== bestRun.stdout) return { ...r, ok: false, stderr: 'output differs between runs' };
    if (bestRun === null || r.s < bestRun.s) bestRun = r;
  }
  return { ...bestRun, ok: true };
}

const fmt = (s) => s.toFixed(3);
const rows = [['program', 'python (s)', 'glasspy (s)', 'glasspy/python', 'note']];
const notes = [];
const ratios = [];
let referenceFailed = false;
for (const name of programs) {
  const file = `${name}.py`;
  const ref = best(python, [file]);
  const expectedFile = path.join(dir, `${name}.out`);
  if (!ref.ok) {
    referenceFailed = true;
    rows.push([name, 'failed', '', '', 'reference failed']);
    notes.push(`${name}: the reference failed (status ${ref.status}${ref.signal ? `, ${ref.signal}` : ''}):\n${ref.stderr.trimEnd()}`);
    continue;
  }
  if (REGEN) writeFileSync(expectedFile, ref.stdout);
  const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null;
  let note = '';
  if (expected !== null && expected !== ref.stdout) {
    referenceFailed = true;
    note = 'reference output != NAME.out';
  }
  const g = best(process.execPath, [glasspy, file]);
  if (!g.ok) {
    const why = g.error ? String(g.error.message ?? g.error) : g.signal ? `killed by ${g.signal}` : `exit status ${g.status}`;
    rows.push([name, fmt(ref.s), '-', '-', note || 'glasspy: cannot run']);
    notes.push(`${name}: glasspy: cannot run (${why}); stderr:\n${g.stderr.trimEnd().split('\n').slice(-10).map((l) => '    ' + l).join('\n')}`);
    continue;
  }
  if (g.stdout !== ref.stdout) {
    rows.push([name, fmt(ref.s), fmt(g.s), '-', 'OUTPUT DIFFERS']);
    notes.push(`${name}: glasspy's output differs from the reference's:\n--- python\n${ref.stdout}--- glasspy\n${g.stdout}`);
    continue;
  }
  const ratio = g.s / ref.s;
  ratios.push(ratio);
  rows.push([name, fmt(ref.s), fmt(g.s), ratio.toFixed(2), note]);
}

console.log(`VM benchmark: best of ${RUNS} runs each, wall time of a fresh process (python: ${python})\n`);
console.log(table(rows));
const geomean = ratios.length > 0 ? Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length) : null;
console.log(`\ngeometric mean of glasspy/python: ${geomean === null ? 'n/a (no program ran under Glasspy)' : `${geomean.toFixed(2)} over ${ratios.length} of ${programs.length} programs`}`);
if (notes.length > 0) console.log('\n' + notes.join('\n\n'));
// Glasspy not running a program is expected while the VM is being written; a broken
// reference run or a program whose output is not deterministic is a bug in the benchmark.
process.exitCode = referenceFailed ? 1 : 0;
