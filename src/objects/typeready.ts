// Readying a type: its MRO, its dict of descriptors, and the slots it inherits. CPython:
// Objects/typeobject.c (PyType_Ready, type_ready_*, mro_implementation, inherit_special,
// inherit_slots, add_operators, type_add_method, type_add_getset, _PyType_Lookup).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyDescr_NewGetSet, PyDescr_NewMethod, PyDescr_NewWrapper } from './descrobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem, type PyDictObject } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { referenceTypeDoc } from './docstrings.ts';
import { docFromInternalDoc } from './internaldoc.ts';
import { PyCFunction_New } from './methodobject.ts';
import { checkedMethod } from './descrobject.ts';
import { Py_DECREF, Py_NewRef, Py_TPFLAGS_MAPPING, Py_TPFLAGS_READY, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_VALID_VERSION_TAG, Py_TPFLAGS_DISALLOW_INSTANTIATION, type PyObject } from './object.ts';
import { assignVersionTag } from './typeattrs.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_COEXIST, METH_STATIC, PyTypeObject, type AsyncMethods, type MappingMethods, type NumberMethods, type SequenceMethods } from './typeobject.ts';
import { PyObject_HashNotImplemented, SLOTDEFS, tp_new_wrapper } from './typeslots.ts';
import { PyStaticMethod_New } from './staticmethodobject.ts';
import { internedStr } from './codeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';

/** The attribute `name` (a str) along the type's MRO, borrowed, or null. CPython: _PyType_Lookup */
export function _PyType_Lookup(interp: Interpreter, type: PyTypeObject, name: PyObject): PyObject | null {
  if ((type.tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) === 0) assignVersionTag(type);
  return findNameInMro(interp, type, name);
}

/**
 * _PyType_Lookup without touching the method cache's version tags. CPython: find_name_in_mro
 *
 * Results are cached per type and name. An entry is valid while the MRO is the same tuple and
 * its dicts have the version tags they had: each dict gets a new tag at every change. The MRO's
 * dicts are watched tables, so while no watched dict changed at all (rt.watchedVersion is the
 * entry's) the tags need no check.
 */
export function findNameInMro(interp: Interpreter, type: PyTypeObject, name: PyObject): PyObject | null {
  const mro = type.tp_mro;
  if (mro === null) return null;
  const rt = interp.dictRuntime;
  let cache = type.lookupCache;
  if (cache === null) cache = type.lookupCache = new Map();
  let e = cache.get(name);
  if (e !== undefined && e.mro === mro) {
    if (e.watched === rt.watchedVersion) return e.value;
    if (tagsMatch(mro as PyTupleObject, e.tags)) {
      e.watched = rt.watchedVersion;
      return e.value;
    }
  }
  const items = (mro as PyTupleObject).body;
  // The state is taken before the lookup, which can run code (a key's __eq__): a change it makes
  // invalidates the entry.
  const cacheable = name.ob_type === interp.types.str;
  let tags: number[] | null = null;
  let watched = 0;
  if (cacheable) {
    tags = new Array<number>(items.length);
    for (let i = 0; i < items.length; i++) {
      const d = (items[i] as PyTypeObject).tp_dict;
      if (d !== null) (d as PyDictObject).body.watched = true;
      tags[i] = d === null ? -1 : (d as PyDictObject).body.versionTag;
    }
    watched = rt.watchedVersion;
  }
  let value: PyObject | null = null;
  for (let i = 0; i < items.length; i++) {
    const d = (items[i] as PyTypeObject).tp_dict;
    if (d === null) continue;
    const v = PyDict_GetItem(interp, d, name);
    if (v !== null) {
      value = v;
      break;
    }
  }
  if (tags !== null) {
    if (e === undefined) {
      if (cache.size >= LOOKUP_CACHE_MAX) cache.clear();
      cache.set(name, { mro, tags, value, watched });
    } else {
      e.mro = mro;
      e.tags = tags;
      e.value = value;
      e.watched = watched;
    }
  }
  return value;
}

function tagsMatch(mro: PyTupleObject, tags: readonly number[]): boolean {
  const items = mro.body;
  for (let i = 0; i < items.length; i++) {
    const d = (items[i] as PyTypeObject).tp_dict;
    if ((d === null ? -1 : (d as PyDictObject).body.versionTag) !== tags[i]) return false;
  }
  return true;
}

/** Names cached per type before the cache starts over (names are usually interned). */
const LOOKUP_CACHE_MAX = 256;

/** _PyType_Lookup with a JS string name. */
export function typeLookup(interp: Interpreter, type: PyTypeObject, name: string): PyObject | null {
  return _PyType_Lookup(interp, type, internedStr(interp, name));
}

function mroList(t: PyTypeObject): PyTypeObject[] {
  return (t.tp_mro as PyTupleObject).body as PyTypeObject[];
}

/** The C3 linearization of `type` over its bases. CPython: mro_implementation / pmerge */
export function c3Mro(interp: Interpreter, type: PyTypeObject, bases: readonly PyTypeObject[]): PyTypeObject[] {
  if (bases.length === 1) return [type, ...mroList(bases[0]!)];
  // CPython: check_duplicates
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) PyErr_SetString(interp, 'TypeError', `duplicate base class ${bases[i]!.tp_name}`);
    }
  }
  const seqs = bases.map((b) => mroList(b).slice());
  seqs.push(bases.slice());
  const result: PyTypeObject[] = [type];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let candidate: PyTypeObject | null = null;
    for (const s of live) {
      const head = s[0]!;
      if (!live.some((o) => o.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      // CPython: set_mro_error — the bases whose heads remain, in order, without repeats.
      const names: string[] = [];
      for (const s of seqs) {
        if (s.length > 0 && !names.includes(s[0]!.tp_name)) names.push(s[0]!.tp_name);
      }
      PyErr_SetString(interp, 'TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

const NUMBER_KEYS: readonly (keyof NumberMethods)[] = [
  'nb_add', 'nb_subtract', 'nb_multiply', 'nb_remainder', 'nb_divmod', 'nb_power', 'nb_negative', 'nb_positive', 'nb_absolute',
  'nb_bool', 'nb_invert', 'nb_lshift', 'nb_rshift', 'nb_and', 'nb_xor', 'nb_or', 'nb_int', 'nb_float', 'nb_floor_divide',
  'nb_true_divide', 'nb_index', 'nb_matrix_multiply', 'nb_inplace_add', 'nb_inplace_subtract', 'nb_inplace_multiply',
  'nb_inplace_remainder', 'nb_inplace_power', 'nb_inplace_lshift', 'nb_inplace_rshift', 'nb_inplace_and', 'nb_inplace_xor',
  'nb_inplace_or', 'nb_inplace_floor_divide', 'nb_inplace_true_divide', 'nb_inplace_matrix_multiply',
];
const SEQUENCE_KEYS: readonly (keyof SequenceMethods)[] = [
  'sq_length', 'sq_concat', 'sq_repeat', 'sq_item', 'sq_ass_item', 'sq_contains', 'sq_inplace_concat', 'sq_inplace_repeat',
];
const MAPPING_KEYS: readonly (keyof MappingMethods)[] = ['mp_length', 'mp_subscript', 'mp_ass_subscript'];
const ASYNC_KEYS: readonly (keyof AsyncMethods)[] = ['am_await', 'am_aiter', 'am_anext'];

function inheritTable<T extends object>(own: T | null, base: T | null, keys: readonly (keyof T)[]): T | null {
  if (base === null) return own;
  const out = { ...(own ?? {}) } as T;
  for (const k of keys) if (out[k] === undefined && base[k] !== undefined) out[k] = base[k];
  return out;
}

/**
 * Copies what `type` does not define from `base` (its tp_base). tp_hash and tp_richcompare are
 * inherited together, only when the type defines neither. CPython: inherit_special + inherit_slots
 */
export function inheritSlots(type: PyTypeObject, base: PyTypeObject): void {
  type.tp_as_number = inheritTable(type.tp_as_number, base.tp_as_number, NUMBER_KEYS);
  type.tp_as_sequence = inheritTable(type.tp_as_sequence, base.tp_as_sequence, SEQUENCE_KEYS);
  type.tp_as_mapping = inheritTable(type.tp_as_mapping, base.tp_as_mapping, MAPPING_KEYS);
  type.tp_as_async = inheritTable(type.tp_as_async, base.tp_as_async, ASYNC_KEYS);
  if (type.tp_as_buffer === null) type.tp_as_buffer = base.tp_as_buffer;
  if (type.tp_getattro === null) type.tp_getattro = base.tp_getattro;
  if (type.tp_setattro === null) type.tp_setattro = base.tp_setattro;
  if (type.tp_repr === null) type.tp_repr = base.tp_repr;
  if (type.tp_str === null) type.tp_str = base.tp_str;
  if (type.tp_call === null) type.tp_call = base.tp_call;
  if (type.tp_richcompare === null && type.tp_hash === null) {
    type.tp_richcompare = base.tp_richcompare;
    type.tp_hash = base.tp_hash;
  }
  if (type.tp_iter === null) type.tp_iter = base.tp_iter;
  if (type.tp_iternext === null) type.tp_iternext = base.tp_iternext;
  if (type.tp_descr_get === null) type.tp_descr_get = base.tp_descr_get;
  if (type.tp_descr_set === null) type.tp_descr_set = base.tp_descr_set;
  if (type.tp_init === null) type.tp_init = base.tp_init;
  if (type.tp_finalize === null) type.tp_finalize = base.tp_finalize;
  if (!type.tp_hasdict) type.tp_hasdict = base.tp_hasdict;
  if (type.tp_nslots < base.tp_nslots) type.tp_nslots = base.tp_nslots;
  // CPython: inherit_patma_flags — the first base along the MRO with either flag decides.
  if ((type.tp_flags & COLLECTION_FLAGS) === 0) type.tp_flags |= base.tp_flags & COLLECTION_FLAGS;
}

const COLLECTION_FLAGS = Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING;

/**
 * The descriptors a builtin type's dict gets from its own slots, methods and getsets, then
 * __doc__. CPython: type_ready_fill_dict (add_operators, type_add_methods, type_add_getset,
 * type_dict_set_doc)
 */
function fillStaticDict(interp: Interpreter, type: PyTypeObject, dict: PyObject): void {
  const put = (name: string, v: PyObject, coexist = false) => {
    const key = internedStr(interp, name);
    if (coexist || PyDict_GetItem(interp, dict, key) === null) PyDict_SetItem(interp, dict, key, v);
    Py_DECREF(v);
  };
  for (const sd of SLOTDEFS) {
    if (!sd.isOwn(type)) continue;
    if (sd.name === '__new__') {
      put('__new__', PyCFunction_New(interp, '__new__', tp_new_wrapper, Py_NewRef(type), undefined, type.tp_name));
      continue;
    }
    if (sd.staticWrapper === null) continue;
    if (sd.name === '__hash__' && type.tp_hash === PyObject_HashNotImplemented) {
      put('__hash__', interp.singletons.None);
      continue;
    }
    put(sd.name, PyDescr_NewWrapper(interp, type, sd.name, sd.staticWrapper));
  }
  for (const def of type.tp_methods) {
    if (def.flags & METH_STATIC) {
      const fn = PyCFunction_New(interp, def.name, checkedMethod(def), null, def.doc, type.tp_name);
      put(def.name, PyStaticMethod_New(interp, fn));
      Py_DECREF(fn);
    } else {
      // METH_COEXIST: the method replaces the slot wrapper of the same name.
      put(def.name, PyDescr_NewMethod(interp, type, def), (def.flags & METH_COEXIST) !== 0);
    }
  }
  for (const def of type.tp_getset) put(def.name, PyDescr_NewGetSet(interp, type, def));
  // CPython's tp_doc when the reference table knows the type (src/objects/docstrings.ts).
  const reference = referenceTypeDoc(type.tp_name);
  if (reference !== undefined) type.tp_doc = reference;
  const doc = docFromInternalDoc(type.tp_name, type.tp_doc ?? undefined);
  put('__doc__', doc === null ? interp.singletons.None : PyUnicode_FromString(interp, doc));
}

// Builtin types whose CPython tp_new Glasspy does not implement yet (they are instantiable in CPython).
const CONSTRUCTOR_PENDING = new Set(['code', 'dict', 'function', 'method', 'slice', 'traceback', 'tuple']);

/**
 * Readies a builtin (static) type: bases and MRO along tp_base, the dict, inherited slots.
 * CPython: PyType_Ready
 */
export function PyType_ReadyStatic(interp: Interpreter, type: PyTypeObject): void {
  const base = type.tp_base;
  type.tp_bases = base === null ? interp.singletons.emptyTuple : tupleFromItemsSteal(interp, [Py_NewRef(base)]);
  const mro: PyObject[] = [type];
  if (base !== null) for (const t of mroList(base)) mro.push(t);
  type.tp_mro = tupleFromItemsSteal(interp, mro.map((t) => Py_NewRef(t)));
  const dict = PyDict_New(interp);
  type.tp_dict = dict;
  fillStaticDict(interp, type, dict);
  // CPython: type_ready_set_new — a static type directly under object without a constructor.
  if (base === interp.types.object && type.tp_new === null && type.tp_vectorcall === null && !CONSTRUCTOR_PENDING.has(type.tp_name)) {
    type.tp_flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
  }
  if (base !== null) {
    inheritSlots(type, base);
    if (type.tp_new === null && base !== interp.types.object) type.tp_new = base.tp_new;
    (base.tp_subclasses ??= new Set()).add(type);
  }
  type.tp_flags |= Py_TPFLAGS_READY;
}
