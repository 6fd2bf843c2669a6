// dict. CPython: Objects/dictobject.c. The object's `body` is its DictTable (src/objects/tables),
// which does CPython's probing, resizing and memory accounting; this file is the object around
// it: allocation, the hash of a key, and the PyDict_* entry points the runtime calls.
// str keys (globals, builtins, keyword arguments) take the fast path: a str caches its hash as
// two int32 halves in its `extra` slot (CPython caches it in the str object's `hash` field).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from './exceptions.ts';
import { strHashInto, strHashCodePointsInto, intHash } from './hash/index.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from './object.ts';
import type { visitproc } from './typeobject.ts';
import { DictTable, ITER_END, ITER_KEYS_CHANGED, MERGE_KEY_EXISTS, MERGE_MUTATED, TableIterState, TableRuntime, hashHi, hashLo, hashOfParts } from './tables/index.ts';
import { PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject.ts';
import { longValue } from './longobject.ts';
import { PyObject_Hash, PyObject_RichCompareBool, Py_EQ } from './objectops.ts';

export interface PyDictObject extends PyObject {
  body: DictTable<PyObject, PyObject>;
}

/** sizeof(PyDictObject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_PYDICTOBJECT = 48;

/** The interpreter's TableRuntime: CPython's interp->dict_state plus the object-model hooks. */
export function createTableRuntime(interp: Interpreter): TableRuntime {
  const strType = interp.types.str;
  return new TableRuntime({
    eq: (stored, probe) => keysEqual(interp, stored as PyObject, probe as PyObject),
    isStr: (k) => (k as PyObject).ob_type === strType,
    incref: (o) => {
      const p = o as PyObject;
      if (p.ob_refcnt < IMMORTAL_REFCNT) p.ob_refcnt++;
    },
    decref: (o) => {
      const p = o as PyObject;
      if (p.ob_refcnt < IMMORTAL_REFCNT && --p.ob_refcnt === 0) p.ob_type.tp_dealloc(p);
    },
  }, interp.obmalloc);
}

// CPython: unicode_eq, then PyObject_RichCompareBool(..., Py_EQ) for other keys (ints by value
// directly, the common case).
function keysEqual(interp: Interpreter, a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const t = interp.types;
  if (a.ob_type === t.str && b.ob_type === t.str) return unicodeEqual(a, b);
  if (a.ob_type.isSubtypeOf(t.int) && b.ob_type.isSubtypeOf(t.int)) {
    const x = longValue(a);
    const y = longValue(b);
    return typeof x === typeof y ? x === y : BigInt(x) === BigInt(y);
  }
  return PyObject_RichCompareBool(interp, a, b, Py_EQ);
}

/**
 * Whether two strs hold the same code points. A code point array body only exists for a str a JS
 * string cannot express, so a string body never equals an array body. CPython: unicode_eq
 */
export function unicodeEqual(a: PyObject, b: PyObject): boolean {
  const x = (a as PyUnicodeObject).body;
  const y = (b as PyUnicodeObject).body;
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The (lo, hi) hash halves of a str, computed once and cached in `extra`. CPython: unicode_hash */
export function strHashParts(interp: Interpreter, o: PyObject): Int32Array {
  let h = o.extra as Int32Array | undefined;
  if (h === undefined) {
    h = new Int32Array(2);
    const b = (o as PyUnicodeObject).body;
    if (typeof b === 'string') strHashInto(interp.hashSecret, b, h);
    else strHashCodePointsInto(interp.hashSecret, b, h);
    o.extra = h;
  }
  return h;
}

/** hash(key) as (lo, hi) halves into `out`; TypeError for unhashable keys. CPython: PyObject_Hash */
function keyHashParts(interp: Interpreter, key: PyObject, out: Int32Array): void {
  const t = interp.types;
  if (key.ob_type === t.str) {
    const h = strHashParts(interp, key);
    out[0] = h[0]!;
    out[1] = h[1]!;
    return;
  }
  const h = key.ob_type.isSubtypeOf(t.int) ? intHash(longValue(key)) : PyObject_Hash(interp, key);
  out[0] = hashLo(h);
  out[1] = hashHi(h);
}

const HASH = new Int32Array(2);

// CPython: PyDict_New (the dict free list is not mirrored yet)
export function PyDict_New(interp: Interpreter): PyObject {
  return allocObject(interp, interp.types.dict, SIZEOF_PYDICTOBJECT, 0, new DictTable<PyObject, PyObject>(interp.dictRuntime));
}

/** The value for `key` (borrowed) or null. CPython: PyDict_GetItemWithError */
export function PyDict_GetItem(interp: Interpreter, d: PyObject, key: PyObject): PyObject | null {
  const table = (d as PyDictObject).body;
  if (key.ob_type === interp.types.str) {
    const h = strHashParts(interp, key);
    return table.getItemParts(key, h[1]!, h[0]!);
  }
  keyHashParts(interp, key, HASH);
  return table.getItemParts(key, HASH[1]!, HASH[0]!);
}

/** d[key] = value; the dict takes its own references. CPython: PyDict_SetItem */
export function PyDict_SetItem(interp: Interpreter, d: PyObject, key: PyObject, value: PyObject): void {
  const table = (d as PyDictObject).body;
  if (key.ob_type === interp.types.str) {
    const h = strHashParts(interp, key);
    table.setItemParts(key, h[1]!, h[0]!, value);
    return;
  }
  keyHashParts(interp, key, HASH);
  table.setItemParts(key, HASH[1]!, HASH[0]!, value);
}

/** del d[key]; false when the key is missing. CPython: PyDict_DelItem (without the KeyError) */
export function PyDict_DelItem(interp: Interpreter, d: PyObject, key: PyObject): boolean {
  const table = (d as PyDictObject).body;
  keyHashParts(interp, key, HASH);
  return table.delItemParts(key, HASH[1]!, HASH[0]!);
}

/** The keys in dict order (borrowed). */
export function dictKeys(d: PyObject): PyObject[] {
  return (d as PyDictObject).body.keyList();
}

export function dictLength(d: PyObject): number {
  return (d as PyDictObject).body.used;
}

/** The hash a str key has in the table, as a PyHash (for callers that need the value). */
export function strHashValue(interp: Interpreter, o: PyObject): number | bigint {
  const h = strHashParts(interp, o);
  return hashOfParts(h[1]!, h[0]!);
}

// CPython: dict_dealloc — the table releases its keys and values, then the object goes.
export function dict_dealloc(o: PyObject): void {
  (o as PyDictObject).body.dealloc();
  freeObject(o);
}

/** Raises KeyError(key). CPython: _PyErr_SetKeyError */
function raiseKeyError(interp: Interpreter, key: PyObject): never {
  Py_INCREF(key);
  PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyError'), [key]));
}

// CPython: dict_contains (PyDict_Contains)
export function dict_contains(o: PyObject, key: PyObject): boolean {
  return PyDict_GetItem(o.ob_type.tp_interp, o, key) !== null;
}

// CPython: dict_subscript (no __missing__ until dict subclasses exist)
export function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const v = PyDict_GetItem(interp, o, key);
  if (v === null) raiseKeyError(interp, key);
  Py_INCREF(v);
  return v;
}

// CPython: dict_ass_sub (PyDict_SetItem, or PyDict_DelItem with its KeyError)
export function dict_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  if (value !== null) PyDict_SetItem(interp, o, key, value);
  else if (!PyDict_DelItem(interp, o, key)) raiseKeyError(interp, key);
}

/**
 * A new dict of `length` items (borrowed; the dict takes its own references): key k at
 * keys[keyAt + k * keyStep], its value at values[valueAt + k * valueStep]. Presized, with a
 * str-only table when every key is an exact str. CPython: _PyDict_FromItems
 */
export function _PyDict_FromItems(interp: Interpreter, keys: readonly (PyObject | null)[], keyAt: number, keyStep: number,
  values: readonly (PyObject | null)[], valueAt: number, valueStep: number, length: number): PyObject {
  let unicode = true;
  for (let k = 0; k < length; k++) {
    if (keys[keyAt + k * keyStep]!.ob_type !== interp.types.str) {
      unicode = false;
      break;
    }
  }
  const table = DictTable.newPresized<PyObject, PyObject>(interp.dictRuntime, length, unicode);
  const d = allocObject(interp, interp.types.dict, SIZEOF_PYDICTOBJECT, 0, table);
  try {
    for (let k = 0; k < length; k++) PyDict_SetItem(interp, d, keys[keyAt + k * keyStep]!, values[valueAt + k * valueStep]!);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

/** sizeof(dictiterobject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_DICTITEROBJECT = 56;

/** A dict iterator: the dict (null once exhausted) and CPython's di_used, di_pos and len. */
export interface DictIterBody {
  dict: PyObject | null;
  st: TableIterState;
}

// CPython: dict_iter (dictiter_new with PyDictIterKey_Type)
export function dict_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  Py_INCREF(o);
  const body: DictIterBody = { dict: o, st: (o as PyDictObject).body.newIter() };
  return allocObject(interp, interp.types.dict_keyiterator, SIZEOF_DICTITEROBJECT, 0, body);
}

// CPython: dictiter_iternextkey — a size change is an error on every later call; running out,
// or keys replaced behind the iterator, makes it let go of the dict.
export function dictiter_iternextkey(it: PyObject): PyObject | null {
  const b = it.body as DictIterBody;
  const d = b.dict;
  if (d === null) return null;
  const interp = it.ob_type.tp_interp;
  const table = (d as PyDictObject).body;
  const ix = table.iterNext(b.st);
  if (ix >= 0) {
    const key = table.keyAt(ix);
    Py_INCREF(key);
    return key;
  }
  if (ix !== ITER_END && ix !== ITER_KEYS_CHANGED) {
    PyErr_SetString(interp, 'RuntimeError', 'dictionary changed size during iteration');
  }
  // The error is created before the dict is released, as CPython's `fail` label runs after it.
  const err = ix === ITER_KEYS_CHANGED
    ? newException(interp, excType(interp, 'RuntimeError'), [PyUnicode_FromString(interp, 'dictionary keys changed during iteration')])
    : null;
  b.dict = null;
  Py_DECREF(d);
  if (err !== null) PyErr_SetObject(interp, err);
  return null;
}

// CPython: dictiter_dealloc
export function dictiter_dealloc(it: PyObject): void {
  Py_XDECREF((it.body as DictIterBody).dict);
  freeObject(it);
}

// CPython: dictiter_traverse
export function dictiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  const d = (it.body as DictIterBody).dict;
  if (d !== null) visit(d, arg);
}

/** DICT_UPDATE: `{**update}` into the dict being built. CPython: PyDict_Update, with its "not a mapping" message */
export function dictUpdateFromMapping(interp: Interpreter, d: PyObject, update: PyObject): void {
  if (!update.ob_type.isSubtypeOf(interp.types.dict)) {
    PyErr_SetString(interp, 'TypeError', `'${update.ob_type.tp_name}' object is not a mapping`);
  }
  dictMerge(interp, d, update, 1);
}

/**
 * DICT_MERGE: `f(**update)` into the call's keyword dict; a key given twice raises KeyError(key)
 * and a non-mapping AttributeError (the caller words both). CPython: _PyDict_MergeEx(a, b, 2)
 */
export function dictMergeKwargs(interp: Interpreter, d: PyObject, update: PyObject): void {
  if (!update.ob_type.isSubtypeOf(interp.types.dict)) {
    PyErr_SetString(interp, 'AttributeError', `'${update.ob_type.tp_name}' object has no attribute 'keys'`);
  }
  dictMerge(interp, d, update, 2);
}

/** Merges dict `b` into dict `a`. CPython: dict_merge (the dict branch) */
export function dictMerge(interp: Interpreter, a: PyObject, b: PyObject, override: number): void {
  const table = (a as PyDictObject).body;
  const r = table.merge((b as PyDictObject).body, override);
  if (r === MERGE_KEY_EXISTS) {
    const key = table.mergeErrorKey as PyObject;
    table.mergeErrorKey = null;
    PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyError'), [key]));
  }
  if (r === MERGE_MUTATED) PyErr_SetString(interp, 'RuntimeError', 'dict mutated during update');
}
