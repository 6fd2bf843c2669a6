// The store of compiled standard-library modules (Host.codeCache): the key of a module's entry,
// its data, and filling the store for a whole tree ahead of time (tools/precompile-stdlib.mjs,
// run when Glasspy is installed, as CPython's installer compiles Lib/ to .pyc files).
import type { CodeDescriptor } from '../compiler/code.ts';
import { freezeCode, thawCode, type FrozenCode } from '../compiler/frozen.ts';
import { compileSource } from '../compiler/index.ts';
import type { Host } from '../host/host.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';

/** The key of a file's entry: its path and version, and the code's filename when it differs. */
export function codeCacheKey(path: string, version: string, filename: string): string {
  return `${path}\n${version}${filename === path ? '' : `\n${filename}`}`;
}

export function storeCode(host: Host, key: string, desc: CodeDescriptor): void {
  host.codeCache!.write(key, JSON.stringify(freezeCode(desc)));
}

/** The code an entry holds, or null for none or one this build cannot read. */
export function loadCode(host: Host, key: string): CodeDescriptor | null {
  const data = host.codeCache!.read(key);
  if (data === null) return null;
  try {
    return thawCode(JSON.parse(data) as FrozenCode);
  } catch {
    return null;
  }
}

/**
 * Compiles every .py file below `dir` that is not in the store yet (files that do not compile
 * are left to fail when imported); `filenames` gives some files another code filename (the
 * frozen modules'). Returns how many files were compiled.
 */
export function precompileTree(host: Host, dir: string, filenames: ReadonlyMap<string, string> = new Map()): number {
  let count = 0;
  const walk = (d: string): void => {
    for (const name of host.listdir(d)) {
      const path = `${d}/${name}`;
      if (host.stat(path).kind === 'dir') {
        walk(path);
        continue;
      }
      if (!name.endsWith('.py')) continue;
      const version = host.immutableVersion?.(path) ?? null;
      if (version === null) continue;
      for (const filename of [path, filenames.get(path)]) {
        if (filename === undefined) continue;
        const key = codeCacheKey(path, version, filename);
        if (host.codeCache!.read(key) !== null) continue;
        try {
          storeCode(host, key, compileSource(host.readFile(path), filename, 'exec'));
          count++;
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
        }
      }
    }
  };
  walk(dir);
  return count;
}
