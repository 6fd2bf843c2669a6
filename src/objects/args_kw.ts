// Keyword-aware argument parsing for builtins with named parameters, with CPython's messages.
// CPython: Python/getargs.c (vgetargskeywords' errors, which the constructors of str, int, bytes
// and complex report).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import type { PyObject } from './object.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { unicodeText } from './unicodeobject.ts';

/**
 * Binds vectorcall arguments to `names` (the first `posOnly` positional-only); returns one slot
 * per name, undefined when not given. `fname` is the name in messages, e.g. 'str'.
 */
export function bindArgs(interp: Interpreter, fname: string, names: readonly string[], posOnly: number,
  args: readonly PyObject[], kwnames: PyObject | null): (PyObject | undefined)[] {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  const total = args.length;
  if (total > names.length) {
    PyErr_SetString(interp, 'TypeError', `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${total} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let i = 0; i < kw.length; i++) {
    const name = unicodeText(kw[i]!);
    const j = names.indexOf(name);
    if (j < posOnly) PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[j] !== undefined) {
      PyErr_SetString(interp, 'TypeError', `argument for ${fname}() given by name ('${name}') and position (${j + 1})`);
    }
    out[j] = args[npos + i];
  }
  return out;
}

/**
 * Binds vectorcall arguments to `names` as Argument Clinic's parser does: the first `posOnly`
 * positional-only, `minPos` required, at most `maxPos` positional, the rest keyword-only.
 * CPython: _PyArg_UnpackKeywords
 */
export function unpackKeywords(interp: Interpreter, fname: string, names: readonly string[], posOnly: number, minPos: number, maxPos: number,
  args: readonly PyObject[], kwnames: PyObject | null): (PyObject | undefined)[] {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const nargs = args.length - kw.length;
  const s = (n: number) => (n === 1 ? '' : 's');
  if (args.length > names.length) {
    PyErr_SetString(interp, 'TypeError', `${fname}() takes at most ${names.length} ${nargs === 0 ? 'keyword ' : ''}argument${s(names.length)} (${args.length} given)`);
  }
  if (nargs > maxPos) {
    PyErr_SetString(interp, 'TypeError', `${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${s(maxPos)} (${nargs} given)`);
  }
  const minPosOnly = Math.min(posOnly, minPos);
  if (nargs < minPosOnly) {
    PyErr_SetString(interp, 'TypeError', `${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${s(minPosOnly)} (${nargs} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  const byName = new Map<string, PyObject>();
  for (let i = 0; i < kw.length; i++) byName.set(unicodeText(kw[i]!), args[nargs + i]!);
  let left = byName.size;
  for (let i = Math.max(nargs, posOnly); i < names.length; i++) {
    const v = byName.get(names[i]!);
    if (v !== undefined) {
      out[i] = v;
      left--;
    } else if (i < minPos) {
      PyErr_SetString(interp, 'TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (left > 0) {
    for (let i = posOnly; i < nargs; i++) {
      if (byName.has(names[i]!)) PyErr_SetString(interp, 'TypeError', `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of byName.keys()) {
      if (names.indexOf(k) < posOnly || !names.includes(k)) PyErr_SetString(interp, 'TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}
