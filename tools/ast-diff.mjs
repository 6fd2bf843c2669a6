// Dev tool: the unified diff between the reference's and Glasspy's `-m ast` output for one
// file: a path inside the stdlib zip (e.g. json/decoder.py, or any unique suffix of one)
// or a file on disk. Extra arguments replace the default `-a` given to both.
//
//   node tools/ast-diff.mjs json/decoder.py
//   node tools/ast-diff.mjs ./x.py --mode eval
//
// Exits 0 when the outputs (stdout, stderr, status) are identical, 1 when they differ.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, runReference } from './lib/reference.mjs';
import { stdlibPySources } from './lib/stdlib.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [target, ...rest] = process.argv.slice(2);
if (target === undefined) {
  console.error('usage: node tools/ast-diff.mjs FILE [-m ast options, default -a]');
  process.exit(2);
}
const astArgs = rest.length > 0 ? rest : ['-a'];

let name;
let bytes;
if (existsSync(target)) {
  name = path.basename(target);
  bytes = readFileSync(target);
} else {
  const hits = stdlibPySources().filter(([n]) => n === target || n.endsWith('/' + target));
  if (hits.length !== 1) {
    console.error(hits.length === 0 ? `${target}: not a file nor in the stdlib zip` : `${target}: ambiguous: ${hits.map(([n]) => n).join(', ')}`);
    process.exit(2);
  }
  [[name, bytes]] = hits;
  name = path.basename(name);
}

execFileSync(process.execPath, [path.join(root, 'tools', 'build.mjs')], { stdio: 'inherit' });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'glasspy-ast-diff-'));
try {
  writeFileSync(path.join(tmp, name), bytes);
  const args = ['-m', 'ast', ...astArgs, name];
  const ref = runReference(args, { cwd: tmp });
  const ours = spawnSync(process.execPath, [path.join(root, 'bin', 'glasspy.js'), ...args], {
    cwd: tmp,
    env: cleanEnv(),
    maxBuffer: 1 << 30,
  });
  let differs = false;
  for (const [label, a, b] of [
    ['stdout', ref.stdout, ours.stdout],
    ['stderr', ref.stderr, ours.stderr],
  ]) {
    if (a.equals(b)) continue;
    differs = true;
    writeFileSync(path.join(tmp, 'reference'), a);
    writeFileSync(path.join(tmp, 'glasspy'), b);
    const d = spawnSync('diff', ['-u', '--label', `reference ${label}`, '--label', `glasspy ${label}`, 'reference', 'glasspy'], {
      cwd: tmp,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    process.stdout.write(d.stdout);
  }
  if (ref.status !== ours.status) {
    differs = true;
    console.log(`exit status: reference ${ref.status}, glasspy ${ours.status}`);
  }
  if (!differs) console.log(`identical: python -m ast ${astArgs.join(' ')} ${name}`);
  process.exitCode = differs ? 1 : 0;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
