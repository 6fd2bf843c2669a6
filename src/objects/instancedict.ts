// The managed __dict__ of instances of classes (CPython 3.12.1 Objects/dictobject.c and
// Objects/object.c: init_inline_values, _PyObject_GetInstanceAttribute,
// _PyObject_StoreInstanceAttribute, make_dict_from_instance_attributes, PyObject_GenericGetDict,
// _PyObjectDict_SetItem, _PyObject_IsInstanceDictEmpty).
//
// A class whose instances get a __dict__ from it (Py_TPFLAGS_MANAGED_DICT) owns shared keys
// (ht_cached_keys). An instance made by object.__new__ starts with a values array (ob_values)
// indexed by those keys and no dict object; its attributes live there until something needs a
// dict (obj.__dict__, a name the shared keys cannot take), which then becomes a split dict over
// the same values (ob_dict). Instances made by another __new__ (a list subclass's) have neither
// until the first store, which makes a dict on the shared keys.
import type { Interpreter } from '../runtime/interpreter.ts';
import { keysLookupStr, type DictKeys, type SplitValues } from './tables/dictkeys.ts';
import { DictTable } from './tables/dicttable.ts';
import {
  STORE_NO_ATTRIBUTE, freeInstanceValues, initInlineValues, insertIntoDictKeys, instanceValuesEmpty, storeValueAt,
} from './tables/instancevalues.ts';
import { anyMayBeTracked, dictTrack } from './dict_gc.ts';
import { dictFromTable, dictLength, PyDict_DelItem, PyDict_New, PyDict_SetItem, strHashParts } from './dictobject.ts';
import type { PyObject } from './object.ts';
import type { PyTypeObject } from './typeobject.ts';

// CPython: _PyObject_InitializeDict (object_new's part for a managed dict: init_inline_values)
export function initInstanceValues(o: PyObject): void {
  const keys = o.ob_type.ht_cached_keys;
  if (keys !== null) o.ob_values = initInlineValues(o.ob_type.tp_interp.dictRuntime, keys);
}

// CPython: new_dict_with_shared_keys
function newDictWithSharedKeys(interp: Interpreter, type: PyTypeObject): PyObject {
  return dictFromTable(interp, DictTable.withSharedKeys(interp.dictRuntime, type.ht_cached_keys!));
}

/** Replaces the instance's values by a split dict over them (borrowed). CPython: make_dict_from_instance_attributes */
export function materializeInstanceDict(o: PyObject): PyObject {
  const type = o.ob_type;
  const interp = type.tp_interp;
  const values = o.ob_values!;
  const d = dictFromTable(interp, DictTable.fromInstanceValues(interp.dictRuntime, type.ht_cached_keys!, values));
  if (anyMayBeTracked(interp, values.vals)) dictTrack(interp, d);
  o.ob_values = null;
  o.ob_dict = d;
  return d;
}

/**
 * The instance dict, created when missing (borrowed): a split dict over the values, a dict on
 * the class's shared keys, or a plain dict. CPython: PyObject_GenericGetDict, _PyObjectDict_SetItem
 */
export function ensureInstanceDict(interp: Interpreter, o: PyObject): PyObject {
  if (o.ob_dict !== null) return o.ob_dict;
  if (o.ob_values !== null) return materializeInstanceDict(o);
  const type = o.ob_type;
  return (o.ob_dict = type.ht_cached_keys !== null ? newDictWithSharedKeys(interp, type) : PyDict_New(interp));
}

/** The entry of `name` in the shared keys that `hints[slot]` remembers, or -1 when it is not that one. */
function hintedEntry(keys: DictKeys, name: PyObject, hints: Int32Array | null, slot: number): number {
  if (hints === null) return -1;
  const ix = hints[slot]!;
  return ix < keys.nentries && keys.ents[2 * ix] === name ? ix : -1;
}

/**
 * An attribute from the instance's values (borrowed), or null. `hints[slot]` remembers the
 * entry of the shared keys where the name was found (entries of shared keys never move).
 * CPython: _PyObject_GetInstanceAttribute
 */
export function getInstanceValue(o: PyObject, values: SplitValues, name: PyObject, hints: Int32Array | null, slot: number): PyObject | null {
  const keys = o.ob_type.ht_cached_keys!;
  const hinted = hintedEntry(keys, name, hints, slot);
  if (hinted >= 0) return values.vals[hinted] as PyObject | null;
  const interp = o.ob_type.tp_interp;
  if (name.ob_type !== interp.types.str) return null;
  const h = strHashParts(interp, name);
  const ix = keysLookupStr(interp.dictRuntime, keys, name, h[1]!, h[0]!);
  if (ix < 0) return null;
  if (hints !== null) hints[slot] = ix;
  return values.vals[ix] as PyObject | null;
}

/**
 * Stores (or deletes, value null) an attribute of an instance still on its values; false when
 * deleting a missing one (the caller raises AttributeError). `hints[slot]`: see getInstanceValue.
 * CPython: _PyObject_StoreInstanceAttribute
 */
export function storeInstanceValue(o: PyObject, name: PyObject, value: PyObject | null, hints: Int32Array | null, slot: number): boolean {
  const type = o.ob_type;
  const interp = type.tp_interp;
  const rt = interp.dictRuntime;
  const keys = type.ht_cached_keys!;
  let ix = hintedEntry(keys, name, hints, slot);
  if (ix < 0 && name.ob_type === interp.types.str) {
    const h = strHashParts(interp, name);
    ix = insertIntoDictKeys(rt, keys, name, h[1]!, h[0]!);
    if (hints !== null && ix >= 0) hints[slot] = ix;
  }
  if (ix >= 0) return storeValueAt(rt, o.ob_values!, ix, value) !== STORE_NO_ATTRIBUTE;
  const d = materializeInstanceDict(o);
  if (value === null) return PyDict_DelItem(interp, d, name);
  PyDict_SetItem(interp, d, name, value);
  return true;
}

/** Whether the instance has no attributes in its dict or values. CPython: _PyObject_IsInstanceDictEmpty */
export function instanceDictEmpty(o: PyObject): boolean {
  if (o.ob_values !== null) return instanceValuesEmpty(o.ob_type.ht_cached_keys!, o.ob_values);
  return o.ob_dict === null || dictLength(o.ob_dict) === 0;
}

/** Releases an instance's values at deallocation. CPython: _PyObject_FreeInstanceAttributes */
export function freeInstanceValuesOf(o: PyObject): void {
  const values = o.ob_values!;
  o.ob_values = null;
  freeInstanceValues(o.ob_type.tp_interp.dictRuntime, o.ob_type.ht_cached_keys!, values);
}
