// Writes tests/stdlib/imports.json: the top-level modules of the standard-library zip that the
// reference CPython 3.12.1 imports, each tried in a fresh reference process, less those whose
// import brings in subprocesses, sockets, ctypes, curses, tkinter, sqlite3, ssl or
// multiprocessing (their C modules in sys.modules afterwards), which are listed with the
// reason. tests/unit/stdlib-imports.test.ts imports the rest under Glasspy.
//   node tools/stdlib-imports.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cleanEnv, referenceExecutable } from './lib/reference.mjs';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const zip = createRequire(import.meta.url).resolve('pyodide/python_stdlib.zip');
const names = new Set();
unzipSync(readFileSync(zip), {
  filter: (f) => {
    const parts = f.name.split('/');
    if (parts.length === 1 && f.name.endsWith('.py')) names.add(f.name.slice(0, -3));
    else if (parts.length === 2 && parts[1] === '__init__.py') names.add(parts[0]);
    return false;
  },
});

// The C module whose presence tells what a module needs.
const NEEDS = {
  _posixsubprocess: 'subprocesses', _socket: 'sockets', _ctypes: 'ctypes', _curses: 'curses', _tkinter: 'tkinter',
  _sqlite3: 'sqlite3', _ssl: 'ssl', _multiprocessing: 'multiprocessing', _posixshmem: 'multiprocessing',
};
const PROBE = `
import sys, json
before = set(sys.modules)
try:
    __import__(sys.argv[1])
    ok = None
except BaseException as e:
    ok = f"{type(e).__name__}: {e}"
print(json.dumps([ok, sorted(set(sys.modules) - before)]))
`;
const cwd = mkdtempSync(path.join(os.tmpdir(), 'glasspy-imports-'));
// BROWSER=true: antigravity opens a "browser" that does nothing.
const env = { ...cleanEnv(), HOME: cwd, BROWSER: 'true' };
const importable = [];
const excluded = {};
const notImportable = {};
for (const name of [...names].sort()) {
  const r = spawnSync(referenceExecutable(), ['-c', PROBE, name], { cwd, env, encoding: 'utf8', input: '' });
  const [error, added] = JSON.parse(r.stdout.trim().split('\n').at(-1));
  const needs = [...new Set(added.filter((m) => m in NEEDS).map((m) => NEEDS[m]))].sort();
  if (error !== null) notImportable[name] = error;
  else if (needs.length > 0) excluded[name] = needs.join(', ');
  else importable.push(name);
}
writeFileSync(path.join(ROOT, 'tests', 'stdlib', 'imports.json'), JSON.stringify({ importable, excluded, notImportable }, null, 1) + '\n');
console.log(`${names.size} modules: ${importable.length} to import, ${Object.keys(excluded).length} excluded, ${Object.keys(notImportable).length} not importable by the reference`);
