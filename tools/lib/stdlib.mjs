// The pure-Python standard library Glasspy uses: CPython 3.12.1's sources as the pyodide
// package ships them (node_modules/pyodide/python_stdlib.zip), read with fflate.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function stdlibZipPath() {
  return createRequire(path.join(root, 'package.json')).resolve('pyodide/python_stdlib.zip');
}

/** Every .py file of the zip as [zip-relative path, bytes], sorted by path. */
export function stdlibPySources() {
  const files = unzipSync(readFileSync(stdlibZipPath()), { filter: (f) => f.name.endsWith('.py') });
  return Object.keys(files)
    .sort()
    .map((name) => [name, files[name]]);
}
