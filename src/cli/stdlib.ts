// Where Glasspy's pure-Python standard library lives: CPython 3.12's own sources as the
// pyodide package ships them (python_stdlib.zip). Paths of stdlib modules are shown as
// "<zip path>/<module>.py", the way zipimport names them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirCodeCache } from '../host/codecache_node.ts';
import type { CodeCache } from '../host/host.ts';

export function stdlibZipPath(): string {
  try {
    return createRequire(import.meta.url).resolve('pyodide/python_stdlib.zip');
  } catch {
    return '<stdlib>';
  }
}

export function stdlibModulePath(relative: string): string {
  return `${stdlibZipPath()}/${relative}`;
}

/**
 * The store of compiled modules for this build of the bundle: $GLASSPY_CACHE_DIR, else
 * $XDG_CACHE_HOME/glasspy or ~/.cache/glasspy, then a directory named after a hash of the bundle
 * (dist/runners.js.id, written by the build), so that another build never reads this one's code. None when not running from
 * the bundle (the sources run directly change without a build). Only the standard library's
 * modules are kept (see Host.immutableVersion): they stand for the .pyc files CPython installs
 * with its Lib/, so -B and PYTHONDONTWRITEBYTECODE, which concern the program's own modules,
 * leave them alone.
 */
export function codeCacheFor(): CodeCache | undefined {
  const bundle = fileURLToPath(import.meta.url);
  if (!bundle.endsWith('.js')) return undefined;
  let id: string;
  try {
    id = readFileSync(`${bundle}.id`, 'latin1').trim();
  } catch {
    return undefined;
  }
  const env = process.env;
  const home = env.HOME ?? '';
  const root = env.GLASSPY_CACHE_DIR || (env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, 'glasspy') : home !== '' ? path.join(home, '.cache', 'glasspy') : '');
  if (root === '' || !/^[0-9a-f]+$/.test(id)) return undefined;
  return new DirCodeCache(path.join(root, `b${id}`));
}
