// bool. CPython: Objects/boolobject.c. True and False are the singletons; bool inherits int's
// number slots except the four boolobject.c defines (so only those appear in bool.__dict__).
import { long_as_number } from './longobject.ts';
import type { PyObject } from './object.ts';
import type { NumberMethods, PyTypeObject } from './typeobject.ts';
import { noKeywords } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyObject_IsTrue } from './objectops.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';

function isBool(o: PyObject): boolean {
  return o.ob_type === o.ob_type.tp_interp.types.bool;
}

/** A logical operator: bool when both operands are bools, else int's. CPython: bool_and, bool_or, bool_xor */
function boolOp(intOp: (a: PyObject, b: PyObject) => PyObject, op: (a: boolean, b: boolean) => boolean): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!isBool(a) || !isBool(b)) return intOp(a, b);
    const s = a.ob_type.tp_interp.singletons;
    return op(a === s.True, b === s.True) ? s.True : s.False;
  };
}

// CPython: bool_invert — deprecated since 3.12, then int's ~.
function bool_invert(o: PyObject): PyObject {
  PyErr_WarnEx(o.ob_type.tp_interp, 'DeprecationWarning',
    'Bitwise inversion \'~\' on bool is deprecated. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the \'not\' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.', 1);
  return long_as_number.nb_invert!(o);
}

/** bool(x=False). CPython: bool_vectorcall / bool_new */
export function bool_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'bool', kwnames);
  if (args.length > 1) PyErr_SetString(interp, 'TypeError', `bool expected at most 1 argument, got ${args.length}`);
  const s = interp.singletons;
  return args.length === 1 && PyObject_IsTrue(interp, args[0]!) ? s.True : s.False;
}

export const bool_as_number: NumberMethods = {
  nb_and: boolOp(long_as_number.nb_and!, (a, b) => a && b),
  nb_xor: boolOp(long_as_number.nb_xor!, (a, b) => a !== b),
  nb_or: boolOp(long_as_number.nb_or!, (a, b) => a || b),
  nb_invert: bool_invert,
};
