// The builtins that belong to the container types: the types themselves and the functions over
// iteration. CPython: Python/bltinmodule.c (builtin_sorted, builtin_sum, min_max, builtin_any,
// builtin_all) and the types' own files (list, set, dict, enumerate, zip, map, filter, reversed).
import type { Interpreter } from './interpreter.ts';
import type { PyObject } from '../objects/object.ts';

/** Adds the container builtins through `set(name, value)`, which takes over the reference. */
export function addContainerBuiltins(interp: Interpreter, set: (name: string, v: PyObject) => void): void {
  const t = interp.types;
  set('list', t.list);
}
