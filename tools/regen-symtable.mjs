// Regenerates the symbol-table goldens from the reference (CPython 3.12.1):
//   tests/golden/symtable/stdlib.sha256   one hash per .py of pyodide's python_stdlib.zip
//   tests/golden/symtable/corpus.json     full tables of tests/golden/symtable/corpus.txt
//   tests/golden/symtable/mutants.txt     stdlib files with a line inserted (mostly errors)
//   tests/golden/symtable/stdlib-codeflags.sha256  what compile()'s code objects show of the table
//                                         (flags, __class__/__classdict__ cells), per stdlib file
//   tests/golden/symtable/optimizer.json  what the bytecode of `x = E` shows of constant folding,
//                                         for each expression E of tests/golden/symtable/optimizer.txt
//   tests/golden/symtable/optimizer-stdlib.json  the same for the foldable expressions of the stdlib
// The reference sides are tools/regen-symtable.py and tools/regen-symtable-optimizer.py;
// tests/unit/symtable-golden.test.ts and tests/unit/optimizer.test.ts compare.
//
//   node tools/regen-symtable.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runReference } from './lib/reference.mjs';
import { stdlibZipPath } from './lib/stdlib.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const golden = path.join(root, 'tests', 'golden', 'symtable');
const script = path.join(root, 'tools', 'regen-symtable.py');
const optimizerScript = path.join(root, 'tools', 'regen-symtable-optimizer.py');

for (const args of [
  [script, 'stdlib', stdlibZipPath(), path.join(golden, 'stdlib.sha256')],
  [script, 'corpus', path.join(golden, 'corpus.txt'), path.join(golden, 'corpus.json')],
  [script, 'mutants', stdlibZipPath(), path.join(golden, 'mutants.txt')],
  [script, 'codeflags', stdlibZipPath(), path.join(golden, 'stdlib-codeflags.sha256')],
  [optimizerScript, path.join(golden, 'optimizer.txt'), path.join(golden, 'optimizer.json')],
  [optimizerScript, '--stdlib', stdlibZipPath(), path.join(golden, 'optimizer-stdlib.json')],
]) {
  const r = runReference(args, { cwd: root });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`reference failed on ${args.slice(0, 2).join(' ')} with status ${r.status}`);
  }
  console.log(`wrote ${path.relative(root, args[args.length - 1])}`);
}
