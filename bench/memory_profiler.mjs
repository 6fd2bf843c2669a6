// memory_profiler's overhead: the same function run as it is and under @profile (which reads
// the process memory at every line event), in Glasspy and in the reference CPython 3.12.1,
// best of N runs each; the table gives the seconds, each interpreter's profile/plain ratio,
// and Glasspy's ratio over CPython's. Both run lib/python3.12/site-packages/memory_profiler.py:
// Glasspy reads its modelled memory (_glasspy_memory), CPython without psutil reads
// /proc/self/statm (the module's fallback).
//   node bench/memory_profiler.mjs [--runs N] [--n ITERATIONS]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cleanEnv, referenceExecutable } from '../tools/lib/reference.mjs';
import { ROOT, table } from './lib.mjs';

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args[i + 1]);
}
const RUNS = option('--runs', 3);
const N = option('--n', 30000);
const program = path.join(ROOT, 'bench', 'memory_profiler', 'workload.py');
const env = { ...cleanEnv(), PYTHONPATH: path.join(ROOT, 'lib', 'python3.12', 'site-packages') };
const interpreters = [
  ['Glasspy', process.execPath, [path.join(ROOT, 'bin', 'glasspy.js')]],
  ['CPython', referenceExecutable(), []],
];

function best(exe, pre, mode) {
  let t = Infinity;
  let out = null;
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(exe, [...pre, program, mode, String(N)], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${exe} ${mode}: ${r.stderr}`);
    const [result, secs] = r.stdout.trim().split(' ');
    if (out !== null && out !== result) throw new Error('results differ between runs');
    out = result;
    t = Math.min(t, Number(secs));
  }
  return { t, out };
}

const rows = [['', 'plain s', '@profile s', 'ratio']];
const ratios = {};
let result = null;
for (const [name, exe, pre] of interpreters) {
  const plain = best(exe, pre, 'plain');
  const prof = best(exe, pre, 'profile');
  for (const r of [plain, prof]) {
    if (result !== null && r.out !== result) throw new Error(`${name} computed ${r.out}, not ${result}`);
    result = r.out;
  }
  ratios[name] = prof.t / plain.t;
  rows.push([name, plain.t.toFixed(4), prof.t.toFixed(4), ratios[name].toFixed(1)]);
}
console.log(`work(${N}) as it is and under @profile, best of ${RUNS}`);
console.log(table(rows));
console.log(`Glasspy's @profile ratio / CPython's: ${(ratios.Glasspy / ratios.CPython).toFixed(2)}`);
