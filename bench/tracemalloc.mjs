// tracemalloc's overhead: each bench/tracemalloc/*.py program run plain and with the argument
// "tracemalloc" (the program then calls tracemalloc.start() before its work), under Glasspy
// and under the reference CPython 3.12.1 in the same run, best of N fresh processes each.
// The table gives each interpreter's traced/plain time ratio side by side. Outputs of all four
// runs of a program must be equal.
//   node bench/tracemalloc.mjs [--runs N] [NAME ...]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv, referenceExecutable } from '../tools/lib/reference.mjs';
import { ROOT, table } from './lib.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const wanted = new Set(args);
const dir = path.join(ROOT, 'bench', 'tracemalloc');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3))
  .filter((n) => wanted.size === 0 || wanted.has(n)).sort();
const env = cleanEnv();
const python = referenceExecutable();
const glasspy = path.join(ROOT, 'bin', 'glasspy.js');

/** Best wall time of RUNS fresh processes, and their (equal) output; null output when a run failed. */
function best(cmd, argv) {
  let s = Infinity;
  let out = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: dir, env, maxBuffer: 1 << 26 });
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) return { s: NaN, out: null, err: r.stderr.toString() };
    const o = r.stdout.toString();
    if (out !== null && o !== out) return { s: NaN, out: null, err: 'output differs between runs' };
    out = o;
    s = Math.min(s, t);
  }
  return { s, out, err: '' };
}

const fmt = (s) => s.toFixed(3);
const rows = [['program', 'python plain (s)', 'python traced (s)', 'python ratio', 'glasspy plain (s)', 'glasspy traced (s)', 'glasspy ratio']];
let failed = false;
for (const name of programs) {
  const file = `${name}.py`;
  const runs = [best(python, [file]), best(python, [file, 'tracemalloc']), best(process.execPath, [glasspy, file]), best(process.execPath, [glasspy, file, 'tracemalloc'])];
  const bad = runs.find((r) => r.out === null || r.out !== runs[0].out);
  if (bad !== undefined) {
    failed = true;
    rows.push([name, '-', '-', '-', '-', '-', 'FAILED']);
    console.error(`${name}: ${bad.err || 'outputs differ'}`);
    continue;
  }
  const [pp, pt, gp, gt] = runs.map((r) => r.s);
  rows.push([name, fmt(pp), fmt(pt), (pt / pp).toFixed(2), fmt(gp), fmt(gt), (gt / gp).toFixed(2)]);
}
console.log(`tracemalloc overhead: best of ${RUNS} runs each, wall time of a fresh process (python: ${python})\n`);
console.log(table(rows));
process.exitCode = failed ? 1 : 0;
