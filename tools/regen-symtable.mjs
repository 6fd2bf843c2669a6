// Regenerates the symbol-table goldens from the reference (CPython 3.12.1):
//   tests/golden/symtable/stdlib.sha256   one hash per .py of pyodide's python_stdlib.zip
//   tests/golden/symtable/corpus.json     full tables of tests/golden/symtable/corpus.txt
// The reference side is tools/regen-symtable.py; tests/unit/symtable-golden.test.ts compares.
//
//   node tools/regen-symtable.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runReference } from './lib/reference.mjs';
import { stdlibZipPath } from './lib/stdlib.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const golden = path.join(root, 'tests', 'golden', 'symtable');
const script = path.join(root, 'tools', 'regen-symtable.py');

for (const args of [
  ['stdlib', stdlibZipPath(), path.join(golden, 'stdlib.sha256')],
  ['corpus', path.join(golden, 'corpus.txt'), path.join(golden, 'corpus.json')],
]) {
  const r = runReference([script, ...args], { cwd: root });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`reference failed on ${args[0]} with status ${r.status}`);
  }
  console.log(`wrote ${path.relative(root, args[2])}`);
}
