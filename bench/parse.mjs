// Parse benchmark: Glasspy parsing every .py of the standard library to an AST in one
// process, against the reference CPython 3.12.1 doing ast.parse on the same sources in one
// process. Sources are read first; only parsing is timed; best of N runs each.
//   npm run bench:parse [-- --runs N]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReference } from '../tools/lib/reference.mjs';
import { stdlibPySources } from '../tools/lib/stdlib.mjs';
import { importBundled, table } from './lib.mjs';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 5;

const sources = stdlibPySources();
const totalBytes = sources.reduce((n, [, b]) => n + b.length, 0);

// Glasspy, bundled as the CLI is.
const { parse } = await importBundled('src/parser/index.ts');
const glasspyRuns = [];
for (let run = 0; run <= RUNS; run++) {
  const t0 = performance.now();
  for (const [name, bytes] of sources) parse(bytes, { filename: name, mode: 'exec' });
  const ms = performance.now() - t0;
  // The first run warms up the JIT and is not counted.
  if (run > 0) glasspyRuns.push(ms);
}

// The reference, on the same bytes.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'glasspy-bench-src-'));
let cpythonRuns;
try {
  for (const [name, bytes] of sources) {
    mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
    writeFileSync(path.join(tmp, name), bytes);
  }
  const script = String.raw`
import ast, json, sys, time
names = sys.stdin.read().split('\0')
sources = [(n, open(n, 'rb').read()) for n in names]
times = []
for run in range(int(sys.argv[1]) + 1):
    t0 = time.perf_counter()
    for n, src in sources:
        ast.parse(src, n)
    ms = (time.perf_counter() - t0) * 1000
    if run > 0:
        times.append(ms)
print(json.dumps(times))
`;
  const r = runReference(['-c', script, String(RUNS)], { cwd: tmp, input: sources.map(([n]) => n).join('\0') });
  if (r.status !== 0) throw new Error(`reference failed: ${r.stderr}`);
  cpythonRuns = JSON.parse(r.stdout.toString());
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const best = (xs) => Math.min(...xs);
const g = best(glasspyRuns);
const c = best(cpythonRuns);
console.log(`parse: ${sources.length} stdlib files, ${(totalBytes / 1e6).toFixed(1)} MB, best of ${RUNS} runs`);
console.log(
  table([
    ['', 'Glasspy', 'CPython 3.12.1', 'ratio'],
    ['parse all (ms)', g.toFixed(0), c.toFixed(0), `${(g / c).toFixed(2)}x`],
    ['MB/s', (totalBytes / 1e3 / g).toFixed(2), (totalBytes / 1e3 / c).toFixed(2), ''],
  ]),
);
