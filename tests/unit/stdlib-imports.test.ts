// Imports every top-level module of the standard-library zip that the reference imports
// (tests/stdlib/imports.json, made by tools/stdlib-imports.mjs) under Glasspy, and checks that
// the modules that fail are exactly those listed in tests/stdlib/import-failures.txt: a module
// that starts failing is a regression, one that starts importing must leave the list. The
// modules run in groups, each group in one process, each import guarded on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { cleanEnv } from '../../tools/lib/reference.mjs';
import { GLASSPY_LAUNCHER } from '../../tools/lib/cases.ts';

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'stdlib');
const { importable } = JSON.parse(readFileSync(path.join(DIR, 'imports.json'), 'utf8')) as { importable: string[] };
const FAILURES_FILE = path.join(DIR, 'import-failures.txt');
const expectedFailures = new Set(readFileSync(FAILURES_FILE, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')));

const DRIVER = `
import sys
for name in sys.argv[1:]:
    try:
        __import__(name)
        result = "ok"
    except BaseException as e:
        result = f"{type(e).__name__}: {e}"
    print(f"\\x01{name}\\x01{result}".replace("\\n", " "), file=sys.__stdout__, flush=True)
`;

/** Each module's result: "ok", the exception, or the end of a process that died before it. */
function importAll(names: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const env = { ...cleanEnv(), BROWSER: 'true' };
    const child = spawn(process.execPath, [GLASSPY_LAUNCHER, '-c', DRIVER, ...names], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const results = new Map<string, string>();
      for (const line of Buffer.concat(out).toString('utf8').split('\n')) {
        const m = /^\x01([^\x01]*)\x01(.*)$/.exec(line);
        if (m !== null) results.set(m[1]!, m[2]!);
      }
      const tail = Buffer.concat(err).toString('utf8').trim().split('\n').at(-1) ?? '';
      for (const n of names) if (!results.has(n)) results.set(n, `process ended (status ${code}): ${tail}`);
      resolve(results);
    });
  });
}

test('the standard library imports, but for the listed failures', { timeout: 900_000 }, async () => {
  const groups = Math.max(2, cpus().length * 2);
  const chunks: string[][] = Array.from({ length: groups }, () => []);
  importable.forEach((n, i) => chunks[i % groups]!.push(n));
  const queue = [...chunks];
  const results = new Map<string, string>();
  await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, async () => {
    for (let c = queue.shift(); c !== undefined; c = queue.shift()) for (const [n, r] of await importAll(c)) results.set(n, r);
  }));
  const failing = importable.filter((n) => results.get(n) !== 'ok');
  const ok = importable.length - failing.length;
  console.log(`stdlib imports: ${ok}/${importable.length} (${((100 * ok) / importable.length).toFixed(1)}%)`);
  for (const n of failing) console.log(`  ${n}: ${results.get(n)}`);
  const newlyFailing = failing.filter((n) => !expectedFailures.has(n)).map((n) => `${n}: ${results.get(n)}`);
  const nowImporting = [...expectedFailures].filter((n) => results.get(n) === 'ok');
  assert.deepEqual({ newlyFailing, nowImporting }, { newlyFailing: [], nowImporting: [] },
    `tests/stdlib/import-failures.txt is out of date: remove the modules that now import, fix the new failures`);
});
