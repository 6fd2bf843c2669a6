// Split tables for instance attributes (CPython 3.12.1 Objects/dictobject.c: _PyDict_NewKeysForClass,
// init_inline_values, insert_into_dictkeys, _PyObject_StoreInstanceAttribute,
// _PyObject_GetInstanceAttribute, _PyObject_FreeInstanceAttributes; cpython-memory-facts §2.5).
//
// A class with a managed dict owns one shared keys object (ht_cached_keys): 64 slots, str keys
// only, at most 30 names. Each instance gets a values array (SplitValues) sized by the shared
// keys at creation. Attributes live there until something needs a dict object (obj.__dict__,
// a name the shared keys cannot take); then DictTable.fromInstanceValues makes a split dict
// over the same values and every later store goes through that dict.
import {
  DICT_KEYS_GENERAL, DICT_KEYS_SPLIT, DKIX_EMPTY, DictKeys, NEXT_LOG2_SHARED_KEYS_MAX_SIZE, SHARED_KEYS_MAX_SIZE,
  SplitValues, addToInsertionOrder, deleteIndexFromValues, findEmptySlot, freeValues, keysLookupStr, newKeysObject,
  newValues, sharedKeysUsableSize,
} from './dictkeys.ts';
import { hashHi, hashLo, type TableHash, type TableRuntime } from './runtime.ts';

/** storeInstanceAttribute results. */
export const STORE_OK = 0;
/** The shared keys cannot take the name: materialize the dict, then set/delete through it. */
export const STORE_NEEDS_DICT = 1;
/** Deleting an attribute the instance does not have: AttributeError. */
export const STORE_NO_ATTRIBUTE = 2;

/**
 * _PyDict_NewKeysForClass: the shared keys of a new class (one malloc of 768 bytes). usable
 * starts at 30 and drops by one as each instance is created.
 */
export function newKeysForClass(rt: TableRuntime): DictKeys {
  const keys = newKeysObject(rt, NEXT_LOG2_SHARED_KEYS_MAX_SIZE, true);
  keys.usable = SHARED_KEYS_MAX_SIZE;
  keys.kind = DICT_KEYS_SPLIT;
  return keys;
}

/** init_inline_values: a new instance's values array (all slots empty). */
export function initInlineValues(rt: TableRuntime, keys: DictKeys): SplitValues {
  if (keys.usable > 1) keys.usable--;
  return newValues(rt, sharedKeysUsableSize(keys));
}

// CPython: insert_into_dictkeys (the name must be an exact str)
export function insertIntoDictKeys(rt: TableRuntime, keys: DictKeys, name: unknown, hi: number, lo: number): number {
  let ix = keysLookupStr(rt, keys, name, hi, lo);
  if (ix === DKIX_EMPTY) {
    if (keys.usable <= 0) return DKIX_EMPTY;
    keys.version = 0;
    const pos = findEmptySlot(keys, hi, lo);
    ix = keys.nentries;
    keys.tab[pos] = ix;
    const hb = keys.mask + 1 + 2 * ix;
    keys.tab[hb] = lo;
    keys.tab[hb + 1] = hi;
    rt.incref(name);
    keys.ents[2 * ix] = name;
    keys.usable--;
    keys.nentries++;
  }
  return ix;
}

/**
 * _PyObject_StoreInstanceAttribute while the instance has no dict object: sets (value non-null)
 * or deletes (value null) `name`. STORE_NEEDS_DICT: nothing was stored; the caller materializes
 * DictTable.fromInstanceValues(rt, keys, values) and does setItem/delItem on it. Note that, as
 * in CPython, a name is added to the shared keys even when deleting a missing attribute.
 */
export function storeInstanceAttribute(
  rt: TableRuntime, keys: DictKeys, values: SplitValues, name: unknown, hash: TableHash, value: unknown,
): number {
  let ix = DKIX_EMPTY;
  if (rt.isStr(name)) ix = insertIntoDictKeys(rt, keys, name, hashHi(hash), hashLo(hash));
  if (ix === DKIX_EMPTY) return STORE_NEEDS_DICT;
  return storeValueAt(rt, values, ix, value);
}

/** The store of storeInstanceAttribute once the name has entry `ix` of the shared keys. */
export function storeValueAt(rt: TableRuntime, values: SplitValues, ix: number, value: unknown): number {
  const vals = values.vals;
  const old = vals[ix];
  if (value !== null) rt.incref(value);
  vals[ix] = value;
  if (old === null) {
    if (value === null) return STORE_NO_ATTRIBUTE;
    addToInsertionOrder(values, ix);
  } else {
    if (value === null) deleteIndexFromValues(values, ix);
    rt.decref(old);
  }
  return STORE_OK;
}

/** _PyObject_GetInstanceAttribute: the attribute's value (borrowed) or null. */
export function getInstanceAttribute(
  rt: TableRuntime, keys: DictKeys, values: SplitValues, name: unknown, hash: TableHash,
): unknown {
  // _PyDictKeys_StringLookup: only an exact str can be found in shared keys
  if (!rt.isStr(name) || keys.kind === DICT_KEYS_GENERAL) return null;
  const ix = keysLookupStr(rt, keys, name, hashHi(hash), hashLo(hash));
  return ix < 0 ? null : values.vals[ix];
}

/** The instance's attributes in insertion order, as [name, value] pairs (borrowed). */
export function instanceItems(keys: DictKeys, values: SplitValues): [unknown, unknown][] {
  const out: [unknown, unknown][] = [];
  for (let i = 0; i < values.size; i++) {
    const ix = values.order[i]!;
    out.push([keys.ents[2 * ix], values.vals[ix]]);
  }
  return out;
}

/** _PyObject_IsInstanceDictEmpty for an instance still on its values. */
export function instanceValuesEmpty(keys: DictKeys, values: SplitValues): boolean {
  for (let i = 0; i < keys.nentries; i++) if (values.vals[i] !== null) return false;
  return true;
}

/**
 * _PyObject_FreeInstanceAttributes (dealloc) and _PyObject_ClearManagedDict (tp_clear): releases
 * every value in entry order (each slot cleared before its release), then the array.
 */
export function freeInstanceValues(rt: TableRuntime, keys: DictKeys, values: SplitValues): void {
  const vals = values.vals;
  for (let i = 0; i < keys.nentries; i++) {
    const v = vals[i];
    if (v !== null) {
      vals[i] = null;
      rt.decref(v);
    }
  }
  freeValues(rt, values);
}
