// Startup benchmark: wall time of `glasspy -c pass` (and `-V`) against `python3 -c pass`
// (the reference CPython 3.12.1), each run as a fresh process; median and min of N runs.
// `glasspy -c pass` parses the command and stops (code cannot run yet), so it measures
// process start, option parsing, loading the parser and compiling.
//   node bench/startup.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cleanEnv, referenceExecutable } from '../tools/lib/reference.mjs';
import { ROOT, table } from './lib.mjs';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 20;
const env = cleanEnv();
const launcher = path.join(ROOT, 'bin', 'glasspy.js');

function time(cmd, args) {
  const samples = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) throw r.error;
    // The first run fills the OS file cache and is not counted.
    if (i > 0) samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

const python = referenceExecutable();
const rows = [
  ['command', 'median (ms)', 'min (ms)'],
  ...[
    ['python3 -c pass', python, ['-c', 'pass']],
    ['python3 -I -S -c pass', python, ['-I', '-S', '-c', 'pass']],
    ['node -e 0', process.execPath, ['-e', '0']],
    ['glasspy -V', process.execPath, [launcher, '-V']],
    ['glasspy -c pass', process.execPath, [launcher, '-c', 'pass']],
  ].map(([label, cmd, args]) => {
    const t = time(cmd, args);
    return [label, t.median.toFixed(1), t.min.toFixed(1)];
  }),
];
console.log(`startup: ${RUNS} runs each`);
console.log(table(rows));
