// Regenerates the expected outputs of the differential cases by running the reference,
// native CPython 3.12.1 (see tools/lib/cases.ts for the case format and normalisation).
//
//   npm run regen:cases                       every area
//   npm run regen:cases -- cli                one area
//   npm run regen:cases -- cli/bad_option     one case
//   npm run regen:cases -- --check [...]      write nothing; report cases whose files differ
//
// tests/cases/syntax has its own generator (tools/regen-syntax-cases.sh) with the same
// conventions; running this one over it must change nothing (check with --check syntax).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, referenceExecutable, referenceStdlibDir, runReference } from './lib/reference.mjs';
import { discoverCases, normalize, replacementsFor, SITE_PACKAGES, type Case } from './lib/cases.ts';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const selectors = argv.filter((a) => a !== '--check');

const areas = [...new Set(selectors.map((s) => s.split('/')[0]!))];
const cases = discoverCases(areas).filter(
  (c) => selectors.length === 0 || selectors.some((s) => s === c.area || s === `${c.area}/${c.name}`),
);

// The reference runs as "glasspy" (argv[0]) found on PATH, through a symlink, so its
// sys.executable is a path we know and can normalise.
const binDir = mkdtempSync(path.join(os.tmpdir(), 'glasspy-ref-'));
const executable = path.join(binDir, 'glasspy');
symlinkSync(referenceExecutable(), executable);
const stdlibDir = referenceStdlibDir();
const env = { ...cleanEnv() };
env.PATH = `${binDir}:${env.PATH ?? ''}`;
// The third-party tools Glasspy ships (objgraph, memory_profiler) are importable in the reference too.
env.PYTHONPATH = SITE_PACKAGES;

function expectedFiles(c: Case): Record<string, Buffer> {
  const r = runReference(c.args, { cwd: c.dir, input: c.stdin, env });
  if (r.error !== undefined) throw r.error;
  const reps = replacementsFor(c, executable, stdlibDir);
  return {
    out: normalize(r.stdout, reps),
    err: normalize(r.stderr, reps),
    rc: Buffer.from(`${r.status ?? 128 + (os.constants.signals[r.signal as keyof typeof os.constants.signals] ?? 0)}\n`),
  };
}

let changed = 0;
try {
  for (const c of cases) {
    const files = expectedFiles(c);
    for (const [ext, data] of Object.entries(files)) {
      const file = path.join(c.dir, `${c.name}.${ext}`);
      const same = existsSync(file) && readFileSync(file).equals(data);
      if (same) continue;
      changed++;
      if (check) console.log(`differs: ${c.area}/${c.name}.${ext}`);
      else writeFileSync(file, data);
    }
  }
} finally {
  rmSync(binDir, { recursive: true, force: true });
}
console.log(`${cases.length} cases, ${changed} file(s) ${check ? 'differ' : 'written'}`);
if (check && changed > 0) process.exitCode = 1;
