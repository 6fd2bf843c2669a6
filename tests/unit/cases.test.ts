// Runs every differential case (tests/cases/<area>/) with Glasspy, as a separate process
// like a user would, and compares stdout, stderr and exit status byte for byte with the
// reference's committed outputs. One test per case. Format: tools/lib/cases.ts. Glasspy runs
// with GLASSPY_REFCHECK=1, so every case is also a check of every reference count at its end.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { cleanEnv } from '../../tools/lib/reference.mjs';
import {
  discoverCases,
  glasspyStdlibDir,
  GLASSPY_LAUNCHER,
  listAreas,
  normalize,
  readExpected,
  replacementsFor,
  type Case,
} from '../../tools/lib/cases.ts';

interface Result {
  out: Buffer;
  err: Buffer;
  rc: number | null;
}

// Every case runs under the refcount audit (src/runtime/refaudit.ts): a reference count that
// differs from the references held to the object adds lines to stderr, so the case fails.
const env = { ...cleanEnv(), GLASSPY_REFCHECK: '1' };
const stdlibDir = glasspyStdlibDir();

function runGlasspy(c: Case): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GLASSPY_LAUNCHER, ...c.args], { cwd: c.dir, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.stdin.on('error', () => {});
    child.stdin.end(c.stdin);
    child.on('close', (code) => {
      clearTimeout(timer);
      const reps = replacementsFor(c, GLASSPY_LAUNCHER, stdlibDir);
      resolve({ out: normalize(Buffer.concat(out), reps), err: normalize(Buffer.concat(err), reps), rc: code });
    });
  });
}

/** Bytes as text for assertion diffs; invalid UTF-8 stays visible as \xNN. */
function show(b: Buffer): string {
  const text = b.toString('utf8');
  return Buffer.from(text, 'utf8').equals(b) ? text : b.toString('latin1').replace(/[\x80-\xff]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16)}`);
}

const concurrency = Math.max(2, Math.min(8, cpus().length * 2));

for (const area of listAreas()) {
  describe(`cases/${area}`, { concurrency }, () => {
    for (const c of discoverCases([area])) {
      const expected = readExpected(c);
      test(`${area}/${c.name}`, async () => {
        assert.ok(expected !== null, `no expected output: run npm run regen:cases -- ${area}/${c.name}`);
        const got = await runGlasspy(c);
        assert.equal(show(got.err), show(expected.err), 'stderr');
        assert.equal(show(got.out), show(expected.out), 'stdout');
        assert.equal(got.rc, expected.rc, 'exit status');
      });
    }
  });
}
