// dict. CPython: Objects/dictobject.c. The object's `body` is its DictTable (src/objects/tables),
// which does CPython's probing, resizing and memory accounting; this file is the object around
// it: allocation, the hash of a key, and the PyDict_* entry points the runtime calls.
// str keys (globals, builtins, keyword arguments) take the fast path: a str caches its hash as
// two int32 halves in its `extra` slot (CPython caches it in the str object's `hash` field).
import { trashBegin, trashEnd, TRASH_DEPOSITED, TRASH_ENTERED } from './trashcan.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject, reviveObject } from './alloc.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from './exceptions.ts';
import { strHashInto, strHashCodePointsInto, intHash } from './hash/index.ts';
import { _Py_Dealloc, IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from './object.ts';
import type { PyTypeObject } from './typeobject.ts';
import { DictTable, MERGE_KEY_EXISTS, MERGE_MUTATED, TableRuntime, hashHi, hashLo, hashOfParts } from './tables/index.ts';
import type { PyUnicodeObject } from './unicodeobject.ts';
import { longValue } from './longobject.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_Hash, PyObject_RichCompareBool, Py_EQ } from './objectops.ts';
import { PyObject_GetItem } from './abstract.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_LookupSpecial } from './attributes.ts';
import { PyObject_CallNoArgs, PyObject_CallOneArg } from './call.ts';
import { checkPositional } from './args.ts';
import { internedStr } from './codeobject.ts';
import { dict_iter } from './dictiterobject.ts';
import { PyList_New, PySequence_Fast, _PyList_FromArraySteal, list_extend } from './listobject.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { _PyObject_GC_MAY_BE_TRACKED, type PyTupleObject } from './tupleobject.ts';
import { dictStartsUntracked, dictTrack } from './dict_gc.ts';

export interface PyDictObject extends PyObject {
  body: DictTable<PyObject, PyObject>;
}

/** sizeof(PyDictObject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_PYDICTOBJECT = 48;
/** CPython: PyDict_MAXFREELIST */
const PyDict_MAXFREELIST = 80;

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
      if (p.ob_refcnt < IMMORTAL_REFCNT && --p.ob_refcnt === 0) _Py_Dealloc(p);
    },
    mayBeTracked: (o) => _PyObject_GC_MAY_BE_TRACKED(interp, o as PyObject),
    track: (owner) => interp.gc.track(owner as PyObject),
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

/** hash(key) as (lo, hi) halves in a shared buffer, to be read before any other dict operation. */
export function keyHashOf(interp: Interpreter, key: PyObject): Int32Array {
  keyHashParts(interp, key, HASH);
  return HASH;
}

// CPython: PyDict_New (the dict free list is not mirrored yet)
export function PyDict_New(interp: Interpreter): PyObject {
  return dictFromTable(interp, new DictTable<PyObject, PyObject>(interp.dictRuntime));
}

/**
 * An exact dict object over `table` (which it takes over), not tracked. CPython: new_dict, which
 * takes a dict object from the free list first; `fresh` allocates one as PyObject_GC_New does.
 */
export function dictFromTable(interp: Interpreter, table: DictTable, fresh = false): PyObject {
  const fl = interp.dictFreeList;
  if (fl.length > 0 && !fresh) {
    const op = fl.pop()!;
    reviveObject(interp, op);
    op.body = table;
    return dictStartsUntracked(op);
  }
  return dictStartsUntracked(allocObject(interp, interp.types.dict, SIZEOF_PYDICTOBJECT, 0, table));
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

/**
 * PyDict_GetItem for a place that looks the same key up again and again (an instruction):
 * hints[slot] is the entry where it found the key last time (see DictTable.holdsKeyAt), and is
 * updated when the key is found elsewhere.
 */
export function dictGetItemHinted(interp: Interpreter, d: PyObject, key: PyObject, hints: Int32Array, slot: number): PyObject | null {
  const table = (d as PyDictObject).body;
  let ix = hints[slot]!;
  if (table.holdsKeyAt(key, ix)) return table.valueAt(ix);
  if (key.ob_type === interp.types.str) {
    const h = strHashParts(interp, key);
    ix = table.lookupParts(key, h[1]!, h[0]!);
  } else {
    keyHashParts(interp, key, HASH);
    ix = table.lookupParts(key, HASH[1]!, HASH[0]!);
  }
  if (ix < 0) return null;
  hints[slot] = ix;
  return table.valueAt(ix);
}

/** PyDict_SetItem with the hints of dictGetItemHinted. */
export function dictSetItemHinted(interp: Interpreter, d: PyObject, key: PyObject, value: PyObject, hints: Int32Array, slot: number): void {
  const table = (d as PyDictObject).body;
  const ix = hints[slot]!;
  if (table.holdsKeyAt(key, ix)) {
    table.setItemAt(ix, value);
    return;
  }
  PyDict_SetItem(interp, d, key, value);
  if (key.ob_type === interp.types.str) {
    const h = strHashParts(interp, key);
    const at = table.strKeyEntry(key, h[1]!, h[0]!);
    if (at >= 0) hints[slot] = at;
  }
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
  const interp = o.ob_type.tp_interp;
  const trash = trashBegin(o, dict_dealloc);
  if (trash === TRASH_DEPOSITED) return;
  (o as PyDictObject).body.dealloc();
  const fl = interp.dictFreeList;
  if (fl.length < PyDict_MAXFREELIST && o.ob_type === interp.types.dict) {
    o.body = null;
    fl.push(o);
  } else freeObject(o);
  if (trash === TRASH_ENTERED) trashEnd(interp);
}

/** Raises KeyError(key). CPython: _PyErr_SetKeyError */
export function raiseKeyError(interp: Interpreter, key: PyObject): never {
  Py_INCREF(key);
  PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyError'), [key]));
}

// CPython: dict_contains (PyDict_Contains)
export function dict_contains(o: PyObject, key: PyObject): boolean {
  return PyDict_GetItem(o.ob_type.tp_interp, o, key) !== null;
}

// CPython: dict_subscript — a subclass's __missing__ gives the value of a missing key.
export function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const v = PyDict_GetItem(interp, o, key);
  if (v !== null) return Py_NewRef(v);
  if (o.ob_type !== interp.types.dict) {
    const missing = PyObject_LookupSpecial(interp, o, internedStr(interp, '__missing__'));
    if (missing !== null) {
      try {
        return PyObject_CallOneArg(interp, missing, key);
      } finally {
        Py_DECREF(missing);
      }
    }
  }
  return raiseKeyError(interp, key);
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
  const d = dictFromTable(interp, table);
  try {
    for (let k = 0; k < length; k++) PyDict_SetItem(interp, d, keys[keyAt + k * keyStep]!, values[valueAt + k * valueStep]!);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

/** A new empty dict of `type` (dict or a subclass; only a subclass's is tracked). CPython: dict_new */
export function dict_new(type: PyTypeObject): PyObject {
  const interp = type.tp_interp;
  // tp_alloc, not new_dict: dict() does not take from the free list.
  if (type === interp.types.dict) {
    return dictStartsUntracked(allocObject(interp, type, SIZEOF_PYDICTOBJECT, 0, new DictTable<PyObject, PyObject>(interp.dictRuntime)));
  }
  const o = PyType_GenericAlloc(type);
  o.body = new DictTable<PyObject, PyObject>(interp.dictRuntime);
  return o;
}

/** The keys of a dict as a new list. CPython: PyDict_Keys */
export function PyDict_Keys(interp: Interpreter, d: PyObject): PyObject {
  const keys = (d as PyDictObject).body.keyList();
  for (const k of keys) Py_INCREF(k);
  return _PyList_FromArraySteal(interp, keys);
}

/**
 * The keys of a mapping as a new list: an exact dict's directly, else list(o.keys()).
 * CPython: PyMapping_Keys (method_output_as_list)
 */
function PyMapping_Keys(interp: Interpreter, o: PyObject): PyObject {
  if (o.ob_type === interp.types.dict) return PyDict_Keys(interp, o);
  const meth = PyObject_GetAttr(interp, o, internedStr(interp, 'keys'));
  let out: PyObject;
  try {
    out = PyObject_CallNoArgs(interp, meth);
  } finally {
    Py_DECREF(meth);
  }
  if (out.ob_type === interp.types.list) return out;
  let it: PyObject;
  try {
    it = PyObject_GetIter(interp, out);
  } catch (e) {
    if ((e as PyObject).ob_type?.isSubtypeOf(excType(interp, 'TypeError'))) {
      Py_DECREF(e as PyObject);
      const tn = out.ob_type.tp_name;
      Py_DECREF(out);
      PyErr_SetString(interp, 'TypeError', `${o.ob_type.tp_name}.keys() returned a non-iterable (type ${tn})`);
    }
    Py_DECREF(out);
    throw e;
  }
  Py_DECREF(out);
  const list = PyList_New(interp, 0);
  try {
    list_extend(interp, list, it);
  } catch (e) {
    Py_DECREF(list);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return list;
}

/**
 * Merges mapping `b` into dict `a`: a dict that does not override __iter__ through its table,
 * anything else through b.keys() and b[key]. override: 1 replaces, 0 keeps existing items, 2
 * raises KeyError for an existing key. CPython: dict_merge
 */
export function dictMerge(interp: Interpreter, a: PyObject, b: PyObject, override: number): void {
  if (b.ob_type.isSubtypeOf(interp.types.dict) && b.ob_type.tp_iter === dict_iter) {
    const table = (a as PyDictObject).body;
    const r = table.merge((b as PyDictObject).body, override);
    if (r === MERGE_KEY_EXISTS) {
      const key = table.mergeErrorKey as PyObject;
      table.mergeErrorKey = null;
      PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyError'), [key]));
    }
    if (r === MERGE_MUTATED) PyErr_SetString(interp, 'RuntimeError', 'dict mutated during update');
    return;
  }
  const keys = PyMapping_Keys(interp, b);
  let it: PyObject;
  try {
    it = PyObject_GetIter(interp, keys);
  } finally {
    Py_DECREF(keys);
  }
  try {
    for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
      try {
        if (override !== 1 && PyDict_GetItem(interp, a, key) !== null) {
          if (override === 0) continue;
          raiseKeyError(interp, key);
        }
        const value = PyObject_GetItem(interp, b, key);
        try {
          PyDict_SetItem(interp, a, key, value);
        } finally {
          Py_DECREF(value);
        }
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** d.update(iterable of pairs). CPython: PyDict_MergeFromSeq2 */
export function PyDict_MergeFromSeq2(interp: Interpreter, d: PyObject, seq2: PyObject, override: boolean): void {
  const it = PyObject_GetIter(interp, seq2);
  try {
    for (let i = 0; ; i++) {
      const item = PyIter_Next(interp, it);
      if (item === null) break;
      try {
        let fast: PyObject;
        try {
          fast = PySequence_Fast(interp, item, '');
        } catch (e) {
          if ((e as PyObject).ob_type?.isSubtypeOf(excType(interp, 'TypeError'))) {
            Py_DECREF(e as PyObject);
            PyErr_SetString(interp, 'TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        try {
          const items = (fast as PyTupleObject).body;
          if (items.length !== 2) {
            PyErr_SetString(interp, 'ValueError', `dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
          }
          const key = Py_NewRef(items[0]!);
          const value = Py_NewRef(items[1]!);
          try {
            if (override) PyDict_SetItem(interp, d, key, value);
            else PyDict_SetDefault(interp, d, key, value);
          } finally {
            Py_DECREF(key);
            Py_DECREF(value);
          }
        } finally {
          Py_DECREF(fast);
        }
      } finally {
        Py_DECREF(item);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** d.setdefault(key, deflt) without the result reference: the value now at key (borrowed). CPython: PyDict_SetDefault */
export function PyDict_SetDefault(interp: Interpreter, d: PyObject, key: PyObject, deflt: PyObject): PyObject {
  keyHashParts(interp, key, HASH);
  return (d as PyDictObject).body.setDefaultParts(key, HASH[1]!, HASH[0]!, deflt) as PyObject;
}

/** The single positional argument of update() and dict(). CPython: dict_update_arg */
export function dict_update_arg(interp: Interpreter, self: PyObject, arg: PyObject): void {
  if (arg.ob_type === interp.types.dict) {
    dictMerge(interp, self, arg, 1);
    return;
  }
  const keys = PyObject_LookupAttr(interp, arg, internedStr(interp, 'keys'));
  if (keys !== null) {
    Py_DECREF(keys);
    dictMerge(interp, self, arg, 1);
    return;
  }
  PyDict_MergeFromSeq2(interp, self, arg, true);
}

/**
 * update() and dict.__init__ with vectorcall arguments: at most one positional, then the
 * keywords, merged from the keyword dict CPython builds for a METH_KEYWORDS call.
 * CPython: dict_update_common
 */
export function dict_update_common(interp: Interpreter, self: PyObject, args: readonly PyObject[], kwnames: PyObject | null, methname: string): void {
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  const npos = args.length - nkw;
  checkPositional(interp, methname, npos, 0, 1);
  if (npos === 1) dict_update_arg(interp, self, args[0]!);
  if (nkw > 0) {
    const kwds = _PyDict_FromItems(interp, (kwnames as PyTupleObject).body, 0, 1, args, npos, 1, nkw);
    try {
      dictMerge(interp, self, kwds, 1);
    } finally {
      Py_DECREF(kwds);
    }
  }
}

// CPython: dict_init
export function dict_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  dict_update_common(self.ob_type.tp_interp, self, args, kwnames, 'dict');
}

// CPython: dict_vectorcall — dict(), dict(mapping or iterable), then the keywords one by one.
export function dict_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  const npos = args.length - nkw;
  checkPositional(interp, 'dict', npos, 0, 1);
  const self = dict_new(type);
  try {
    if (npos === 1) dict_update_arg(interp, self, args[0]!);
    for (let i = 0; i < nkw; i++) PyDict_SetItem(interp, self, (kwnames as PyTupleObject).body[i]!, args[npos + i]!);
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  return self;
}

/** A shallow copy as an exact dict. CPython: PyDict_Copy */
export function dictCopy(interp: Interpreter, o: PyObject): PyObject {
  const table = (o as PyDictObject).body;
  if (table.used === 0) return PyDict_New(interp);
  // A split table is always copied as one; a compact combined one is cloned unless the type
  // overrides __iter__; anything else is merged into a new dict.
  // (A split copy's object is PyObject_GC_New's, not the free list's.)
  if (table.values !== null || (o.ob_type.tp_iter === dict_iter && !table.copyAllocatesObjectFirst())) {
    const copy = dictFromTable(interp, table.copy(), table.values !== null);
    if (o.gc_next !== null) dictTrack(interp, copy);
    return copy;
  }
  const copy = PyDict_New(interp);
  try {
    dictMerge(interp, copy, o, 1);
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return copy;
}

/** DICT_UPDATE: `{**update}` into the dict being built. CPython: PyDict_Update, with its "not a mapping" message */
export function dictUpdateFromMapping(interp: Interpreter, d: PyObject, update: PyObject): void {
  try {
    dictMerge(interp, d, update, 1);
  } catch (e) {
    if (!(e as PyObject).ob_type?.isSubtypeOf(excType(interp, 'AttributeError'))) throw e;
    Py_DECREF(e as PyObject);
    PyErr_SetString(interp, 'TypeError', `'${update.ob_type.tp_name}' object is not a mapping`);
  }
}

/**
 * DICT_MERGE: `f(**update)` into the call's keyword dict; a key given twice raises KeyError(key)
 * and a non-mapping AttributeError (the caller words both). CPython: _PyDict_MergeEx(a, b, 2)
 */
export function dictMergeKwargs(interp: Interpreter, d: PyObject, update: PyObject): void {
  dictMerge(interp, d, update, 2);
}
