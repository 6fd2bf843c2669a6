// Extension modules created on first import (CPython loads these from lib-dynload, so they are
// not in sys.modules at start-up).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyObject } from '../objects/object.ts';
import { createMathModule } from './mathmodule.ts';

const EXTENSION_MODULES: ReadonlyMap<string, (interp: Interpreter) => PyObject> = new Map([['math', createMathModule]]);

/** A new extension module called `name` (a new reference), or null when there is none. */
export function createExtensionModule(interp: Interpreter, name: string): PyObject | null {
  const make = EXTENSION_MODULES.get(name);
  return make === undefined ? null : make(interp);
}
