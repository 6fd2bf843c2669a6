// Where Glasspy's pure-Python standard library lives: CPython 3.12's own sources as the
// pyodide package ships them (python_stdlib.zip). Paths of stdlib modules are shown as
// "<zip path>/<module>.py", the way zipimport names them.
import { createRequire } from 'node:module';

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
