// Shared helpers for the benchmarks (not a benchmark itself: bench/run.mjs skips lib.mjs).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles a TypeScript module the way tools/build.mjs bundles the CLI, then imports it. */
export async function importBundled(relativeEntry) {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'glasspy-bench-'));
  const outfile = path.join(outdir, 'bundle.mjs');
  await build({
    entryPoints: [path.join(ROOT, relativeEntry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}
