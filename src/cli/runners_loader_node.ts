// The bundled CLI's way to load the runners: dist/runners.js (a CommonJS bundle wrapped in
// a function expression) compiled through vm.Script with the V8 code cache that the build
// wrote beside it. Compiling the ~1 MB parser from source costs more than the rest of
// startup; with the cache V8 skips parsing and the warm functions' compilation. A missing
// or stale cache (another Node version) only makes V8 compile from source.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { Runners } from './runners_loader.ts';

export function loadRunners(): Promise<Runners> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'runners.js');
  // The build checks that the bundle is ASCII: read as latin1, it needs no UTF-8 decoding.
  const source = readFileSync(file, 'latin1');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file + '.cache');
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return Promise.resolve(module.exports as Runners);
}
