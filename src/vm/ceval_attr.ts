// LOAD_ATTR and STORE_ATTR on objects with the generic attribute protocol, in the spirit of
// CPython 3.12's LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES and
// STORE_ATTR_INSTANCE_VALUE: each instruction remembers the type it last saw and what
// _PyType_Lookup gave for its name, so a repeated access skips the lookup. The rest of the
// protocol (data descriptors first, then the instance dict, then other class attributes) runs
// as in PyObject_GenericGetAttr / PyObject_GenericSetAttr.
import type { Interpreter } from '../runtime/interpreter.ts';
import {
  genericGetAttrWithDescr, genericSetAttrWithDescr, getMethodInto, getMethodWithDescr, PyObject_GenericGetAttr,
  PyObject_GenericSetAttr, PyObject_GetAttr, PyObject_SetAttr,
} from '../objects/attributes.ts';
import type { CodeBody } from '../objects/codeobject.ts';
import { Py_TPFLAGS_VALID_VERSION_TAG, type PyObject } from '../objects/object.ts';
import { assignVersionTag } from '../objects/typeattrs.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { findNameInMro } from '../objects/typeready.ts';

/**
 * Two entries per instruction (at 2*pc and 2*pc + 1: a site that sees two types alternately
 * keeps both): the type, its MRO tuple, the interpreter's watched-dict version and the lookup's
 * result (borrowed: a change of a dict along the MRO advances the watched version, so an entry
 * is never used after the result left its dict).
 */
interface AttrCache {
  readonly type: (PyTypeObject | null)[];
  readonly mro: (PyObject | null)[];
  readonly watched: Float64Array;
  readonly descr: (PyObject | null)[];
}

/** _PyType_Lookup(type, name) through the cache of the instruction at `pc`. */
function siteLookup(interp: Interpreter, co: CodeBody, pc: number, type: PyTypeObject, name: PyObject): PyObject | null {
  let c = co.attrCache as AttrCache | null;
  if (c === null) {
    const n = 2 * co.units.length;
    c = { type: new Array<PyTypeObject | null>(n).fill(null), mro: new Array<PyObject | null>(n).fill(null), watched: new Float64Array(n), descr: new Array<PyObject | null>(n).fill(null) };
    co.attrCache = c;
  }
  const rt = interp.dictRuntime;
  const wv = rt.watchedVersion;
  const mro = type.tp_mro;
  const i = 2 * pc;
  if (c.type[i] === type && c.watched[i] === wv && c.mro[i] === mro) return c.descr[i]!;
  if (c.type[i + 1] === type && c.watched[i + 1] === wv && c.mro[i + 1] === mro) return c.descr[i + 1]!;
  if ((type.tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) === 0) assignVersionTag(type);
  // Read before the lookup: findNameInMro watches the MRO's dicts before it reads them.
  const watched = rt.watchedVersion;
  const descr = findNameInMro(interp, type, name);
  if (mro !== null && type.tp_mro === mro) {
    c.type[i + 1] = c.type[i]!;
    c.mro[i + 1] = c.mro[i]!;
    c.watched[i + 1] = c.watched[i]!;
    c.descr[i + 1] = c.descr[i]!;
    c.type[i] = type;
    c.mro[i] = mro;
    c.watched[i] = watched;
    c.descr[i] = descr;
  }
  return descr;
}

/**
 * The dict entry hints of a code object (dictGetItemHinted): three per code unit, for the
 * lookups of the instruction at that unit (LOAD_NAME: locals, globals, builtins).
 */
export function dictHints(co: CodeBody): Int32Array {
  let h = co.dictHints;
  if (h === null) h = co.dictHints = new Int32Array(3 * co.units.length);
  return h;
}

/** owner.name (a new reference). */
export function loadAttr(interp: Interpreter, co: CodeBody, pc: number, owner: PyObject, name: PyObject): PyObject {
  const type = owner.ob_type;
  if (type.tp_getattro !== PyObject_GenericGetAttr || name.ob_type !== interp.types.str) return PyObject_GetAttr(interp, owner, name);
  return genericGetAttrWithDescr(owner, name, siteLookup(interp, co, pc, type, name), dictHints(co), 3 * pc);
}

/** LOAD_ATTR's method form: see getMethodInto. */
export function loadMethod(interp: Interpreter, co: CodeBody, pc: number, owner: PyObject, name: PyObject, out: (PyObject | null)[]): PyObject {
  const type = owner.ob_type;
  if (type.tp_getattro !== PyObject_GenericGetAttr || name.ob_type !== interp.types.str) return getMethodInto(interp, owner, name, out);
  out[0] = null;
  return getMethodWithDescr(interp, owner, name, out, siteLookup(interp, co, pc, type, name), dictHints(co), 3 * pc);
}

/** owner.name = value (borrowed). */
export function storeAttr(interp: Interpreter, co: CodeBody, pc: number, owner: PyObject, name: PyObject, value: PyObject): void {
  const type = owner.ob_type;
  if (type.tp_setattro !== PyObject_GenericSetAttr || name.ob_type !== interp.types.str) return PyObject_SetAttr(interp, owner, name, value);
  genericSetAttrWithDescr(owner, name, value, siteLookup(interp, co, pc, type, name), dictHints(co), 3 * pc);
}
