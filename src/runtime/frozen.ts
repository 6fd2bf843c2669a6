// The code objects of the frozen modules (frozen_sources.ts), compiled at build time.
// CPython: Python/import.c find_frozen, unmarshal_frozen_code
import type { CodeDescriptor } from '../compiler/code.ts';
import { thawCode } from '../compiler/frozen.ts';
import { FROZEN_MODULES } from './frozen_modules.gen.ts';

const thawed = new Map<string, CodeDescriptor>();

/** The module code of the frozen module `name` (one instance per process, as code is immutable). */
export function frozenCode(name: string): CodeDescriptor {
  let code = thawed.get(name);
  if (code === undefined) {
    const frozen = FROZEN_MODULES[name];
    if (frozen === undefined) throw new Error(`no frozen module ${name}`);
    code = thawCode(frozen);
    thawed.set(name, code);
  }
  return code;
}
