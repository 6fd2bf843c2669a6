// Startup benchmark: wall time of `glasspy -c pass`, of a script holding `pass`, and of `-V`,
// against `node -e 0` (the floor any Node program pays) and `python3 -c pass` (the reference
// CPython 3.12.1), each run as a fresh process; median and min of N runs. The runs are
// interleaved, so that a change in the machine's load touches every command alike. The goal:
// `glasspy -c pass` at most 2x `node -e 0` (the ratio printed last, of medians).
//   node bench/startup.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, referenceExecutable } from '../tools/lib/reference.mjs';
import { ROOT, table } from './lib.mjs';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 20;
const env = cleanEnv();
const launcher = path.join(ROOT, 'bin', 'glasspy.js');
const script = path.join(mkdtempSync(path.join(os.tmpdir(), 'glasspy-startup-')), 'pass.py');
writeFileSync(script, 'pass\n');

const python = referenceExecutable();
const commands = [
  ['python3 -c pass', python, ['-c', 'pass']],
  ['python3 -I -S -c pass', python, ['-I', '-S', '-c', 'pass']],
  ['node -e 0', process.execPath, ['-e', '0']],
  ['glasspy -V', process.execPath, [launcher, '-V']],
  ['glasspy -c pass', process.execPath, [launcher, '-c', 'pass']],
  ['glasspy pass.py', process.execPath, [launcher, script]],
];

function run(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with status ${r.status}`);
  return ms;
}

const samples = commands.map(() => []);
for (let i = 0; i <= RUNS; i++) {
  for (const [k, [, cmd, args]] of commands.entries()) {
    const ms = run(cmd, args);
    // The first round fills the OS file cache and is not counted.
    if (i > 0) samples[k].push(ms);
  }
}
const stats = samples.map((s) => {
  s.sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0] };
});
const rows = [['command', 'median (ms)', 'min (ms)'], ...commands.map(([label], k) => [label, stats[k].median.toFixed(1), stats[k].min.toFixed(1)])];
console.log(`startup: ${RUNS} runs each`);
console.log(table(rows));
const at = (label) => stats[commands.findIndex(([l]) => l === label)];
const ratio = (label) => `${label} / node -e 0: ${(at(label).median / at('node -e 0').median).toFixed(2)}x (min ${(at(label).min / at('node -e 0').min).toFixed(2)}x)`;
console.log(ratio('glasspy -c pass') + '  (goal: at most 2x)');
console.log(ratio('glasspy pass.py'));
