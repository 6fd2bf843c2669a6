// Attribute access: getattr/setattr/delattr through tp_getattro/tp_setattro, the generic
// descriptor protocol, and the method lookup LOAD_ATTR uses to skip creating bound methods.
// CPython: Objects/object.c (PyObject_GetAttr, PyObject_SetAttr, _PyObject_GetMethod,
// _PyObject_GenericGetAttrWithDict, _PyObject_GenericSetAttrWithDict, _PyObject_LookupSpecial).
import type { Interpreter } from '../runtime/interpreter.ts';
import { dictGetItemHinted, dictSetItemHinted, PyDict_DelItem, PyDict_GetItem, PyDict_SetItem } from './dictobject.ts';
import { ensureInstanceDict, getInstanceValue, materializeInstanceDict, storeInstanceValue } from './instancedict.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString, setExcField } from './exceptions.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_TPFLAGS_METHOD_DESCRIPTOR, type PyObject } from './object.ts';
import type { PyTypeObject } from './typeobject.ts';
import { _PyType_Lookup } from './typeready.ts';
import { internInPlace, PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';


/** Raises AttributeError(msg) with .name and .obj set, for the "Did you mean" suggestion. CPython: set_attribute_error_context */
export function raiseAttributeError(interp: Interpreter, msg: string, name: PyObject, obj: PyObject): never {
  const exc = newException(interp, excType(interp, 'AttributeError'), [PyUnicode_FromString(interp, msg)]);
  setExcField(exc, 'name', Py_NewRef(name));
  setExcField(exc, 'obj', Py_NewRef(obj));
  return PyErr_SetObject(interp, exc);
}

function checkName(interp: Interpreter, name: PyObject): void {
  if (name.ob_type !== interp.types.str && !name.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
}

/** getattr(o, name); a new reference. CPython: PyObject_GetAttr */
export function PyObject_GetAttr(interp: Interpreter, o: PyObject, name: PyObject): PyObject {
  checkName(interp, name);
  const get = o.ob_type.tp_getattro;
  if (get === null) return raiseAttributeError(interp, `'${o.ob_type.tp_name}' object has no attribute '${text(name)}'`, name, o);
  return get(o, name);
}

/** getattr(o, name, None)-like: null when the attribute is missing (AttributeError swallowed). CPython: _PyObject_LookupAttr */
export function PyObject_LookupAttr(interp: Interpreter, o: PyObject, name: PyObject): PyObject | null {
  try {
    // The generic lookup reports a missing attribute without making the AttributeError.
    if (o.ob_type.tp_getattro === PyObject_GenericGetAttr && name.ob_type === interp.types.str) {
      return genericGetAttrWithDescr(o, name, _PyType_Lookup(interp, o.ob_type, name), null, 0, true);
    }
    return PyObject_GetAttr(interp, o, name);
  } catch (e) {
    const t = (e as PyObject).ob_type;
    if (t !== undefined && t.isSubtypeOf(excType(interp, 'AttributeError'))) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  }
}

/** setattr(o, name, value), or delattr when value is null. CPython: PyObject_SetAttr */
export function PyObject_SetAttr(interp: Interpreter, o: PyObject, nameArg: PyObject, value: PyObject | null): void {
  checkName(interp, nameArg);
  // The name is interned first (an exact str only), so the key stored is the interned one; an
  // interned str is immortal, so the reference internInPlace takes needs no release.
  const name = nameArg.ob_type === interp.types.str ? internInPlace(interp, Py_NewRef(nameArg)) : nameArg;
  const set = o.ob_type.tp_setattro;
  if (set !== null) return set(o, name, value);
  const has = o.ob_type.tp_getattro !== null && _PyType_Lookup(interp, o.ob_type, name) !== null;
  if (value === null) {
    PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object has ${has ? 'only read-only' : 'no'} attributes (del .${text(name)})`);
  }
  PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object has ${has ? 'only read-only' : 'no'} attributes (assign to .${text(name)})`);
}

/** The instance dict of `o`, created on first use, or null when its type has none. CPython: _PyObject_GetDictPtr */
export function instanceDict(interp: Interpreter, o: PyObject, create: boolean): PyObject | null {
  if (!o.ob_type.tp_hasdict) return null;
  if (o.ob_dict === null && (create || o.ob_values !== null)) return ensureInstanceDict(interp, o);
  return o.ob_dict;
}

/**
 * The generic attribute lookup: data descriptors on the type, then the instance dict, then
 * other descriptors and plain class attributes. CPython: _PyObject_GenericGetAttrWithDict
 */
export function PyObject_GenericGetAttr(o: PyObject, name: PyObject): PyObject {
  const type = o.ob_type;
  return genericGetAttrWithDescr(o, name, _PyType_Lookup(type.tp_interp, type, name));
}

/**
 * PyObject_GenericGetAttr once _PyType_Lookup(type(o), name) gave `descr`; `hints` and `slot`
 * are the caller's entry hint for the instance dict (dictGetItemHinted).
 */
export function genericGetAttrWithDescr(o: PyObject, name: PyObject, descr: PyObject | null, hints?: Int32Array | null, slot?: number): PyObject;
/** With `suppress`, a missing attribute is null, and no AttributeError is made. CPython: _PyObject_GenericGetAttrWithDict's suppress */
export function genericGetAttrWithDescr(o: PyObject, name: PyObject, descr: PyObject | null, hints: Int32Array | null, slot: number, suppress: boolean): PyObject | null;
export function genericGetAttrWithDescr(o: PyObject, name: PyObject, descr: PyObject | null, hints: Int32Array | null = null, slot = 0, suppress = false): PyObject | null {
  const type = o.ob_type;
  const interp = type.tp_interp;
  let get = null;
  if (descr !== null) {
    get = descr.ob_type.tp_descr_get;
    if (get !== null && descr.ob_type.tp_descr_set !== null) return get(descr, o, type);
  }
  let dict = o.ob_dict;
  if (dict === null && o.ob_values !== null) {
    // A name that is not an exact str needs the dict (CPython makes it for the lookup).
    if (name.ob_type === interp.types.str) {
      const v = getInstanceValue(o, o.ob_values, name, hints, slot);
      if (v !== null) return Py_NewRef(v);
    } else {
      dict = materializeInstanceDict(o);
    }
  }
  if (dict !== null) {
    const v = hints === null ? PyDict_GetItem(interp, dict, name) : dictGetItemHinted(interp, dict, name, hints, slot);
    if (v !== null) return Py_NewRef(v);
  }
  if (get !== null) return get(descr!, o, type);
  if (descr !== null) return Py_NewRef(descr);
  if (suppress) return null;
  return raiseAttributeError(interp, `'${type.tp_name}' object has no attribute '${text(name)}'`, name, o);
}

/** CPython: _PyObject_GenericSetAttrWithDict */
export function PyObject_GenericSetAttr(o: PyObject, name: PyObject, value: PyObject | null): void {
  const type = o.ob_type;
  genericSetAttrWithDescr(o, name, value, _PyType_Lookup(type.tp_interp, type, name));
}

/** PyObject_GenericSetAttr once _PyType_Lookup(type(o), name) gave `descr` (hints: see genericGetAttrWithDescr). */
export function genericSetAttrWithDescr(o: PyObject, name: PyObject, value: PyObject | null, descr: PyObject | null, hints: Int32Array | null = null, slot = 0): void {
  const type = o.ob_type;
  const interp = type.tp_interp;
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) return set(descr, o, value);
  }
  if (o.ob_values !== null && o.ob_dict === null) {
    if (!storeInstanceValue(o, name, value, hints, slot)) raiseAttributeError(interp, `'${type.tp_name}' object has no attribute '${text(name)}'`, name, o);
    return;
  }
  const dict = instanceDict(interp, o, value !== null);
  if (dict === null) {
    if (descr === null) raiseAttributeError(interp, `'${type.tp_name}' object has no attribute '${text(name)}'`, name, o);
    raiseAttributeError(interp, `'${type.tp_name}' object attribute '${text(name)}' is read-only`, name, o);
  }
  if (value === null) {
    if (!PyDict_DelItem(interp, dict, name)) raiseAttributeError(interp, `'${type.tp_name}' object has no attribute '${text(name)}'`, name, o);
    return;
  }
  if (hints === null) PyDict_SetItem(interp, dict, name, value);
  else dictSetItemHinted(interp, dict, name, value, hints, slot);
}

/**
 * o.name for a call: [method, self] when `name` is a plain function or method descriptor on the
 * type (no bound method is made), else [attribute, null]. New references. CPython: _PyObject_GetMethod
 */
export function PyObject_GetMethod(interp: Interpreter, o: PyObject, name: PyObject): [PyObject, PyObject | null] {
  const out: (PyObject | null)[] = [null];
  const m = getMethodInto(interp, o, name, out);
  return [m, out[0]!];
}

/**
 * PyObject_GetMethod without an array per call: returns the method or attribute and sets
 * out[0] to self (a new reference) for an unbound method, else to null.
 */
export function getMethodInto(interp: Interpreter, o: PyObject, name: PyObject, out: (PyObject | null)[]): PyObject {
  out[0] = null;
  const type = o.ob_type;
  if (type.tp_getattro !== PyObject_GenericGetAttr) return PyObject_GetAttr(interp, o, name);
  return getMethodWithDescr(interp, o, name, out, _PyType_Lookup(interp, type, name));
}

/** getMethodInto for an object with the generic getattr, once _PyType_Lookup gave `descr` (hints: see genericGetAttrWithDescr). */
export function getMethodWithDescr(interp: Interpreter, o: PyObject, name: PyObject, out: (PyObject | null)[], descr: PyObject | null,
  hints: Int32Array | null = null, slot = 0): PyObject {
  const type = o.ob_type;
  let get = null;
  if (descr !== null) {
    const dt = descr.ob_type;
    if (dt.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) {
      const dict = o.ob_dict;
      const values = o.ob_values;
      const shadow = dict !== null ? PyDict_GetItem(interp, dict, name) : values !== null ? getInstanceValue(o, values, name, null, 0) : null;
      if (shadow !== null) return Py_NewRef(shadow);
      Py_INCREF(descr);
      Py_INCREF(o);
      out[0] = o;
      return descr;
    }
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr, o, type);
  }
  const dict = o.ob_dict;
  if (dict !== null) {
    const v = hints === null ? PyDict_GetItem(interp, dict, name) : dictGetItemHinted(interp, dict, name, hints, slot);
    if (v !== null) return Py_NewRef(v);
  } else if (o.ob_values !== null) {
    const v = getInstanceValue(o, o.ob_values, name, hints, slot);
    if (v !== null) return Py_NewRef(v);
  }
  if (get !== null) return get(descr!, o, type);
  if (descr !== null) return Py_NewRef(descr);
  return raiseAttributeError(interp, `'${type.tp_name}' object has no attribute '${text(name)}'`, name, o);
}

/**
 * A special method looked up on the type only and bound to `o`, or null. CPython: _PyObject_LookupSpecial
 */
export function PyObject_LookupSpecial(interp: Interpreter, o: PyObject, name: PyObject): PyObject | null {
  const descr = _PyType_Lookup(interp, o.ob_type, name);
  if (descr === null) return null;
  const get = descr.ob_type.tp_descr_get;
  return get === null ? Py_NewRef(descr) : get(descr, o, o.ob_type as PyTypeObject);
}
