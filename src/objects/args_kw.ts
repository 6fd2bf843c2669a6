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
