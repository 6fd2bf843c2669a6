// Compiles every module of the standard-library zip into Glasspy's store of compiled code, as
// CPython's installer compiles Lib/ to .pyc files; run after the build when Glasspy is installed
// (package.json "prepare"), so that no first import pays for compiling. Modules already in the
// store are skipped; without the store (no HOME, no cache directory) nothing is done.
//   node tools/precompile-stdlib.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const file = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist', 'runners.js');
const module = { exports: {} };
new vm.Script(readFileSync(file, 'latin1'), { filename: file }).runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
const t0 = performance.now();
const n = module.exports.precompileStdlib();
console.log(`precompile-stdlib: ${n} module(s) compiled in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
