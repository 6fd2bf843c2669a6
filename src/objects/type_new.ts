// Creating classes: type(name, bases, dict) and what a class statement's metaclass call does.
// CPython: Objects/typeobject.c (type_new_impl and its helpers: type_new_get_bases,
// _PyType_CalculateMetaclass, best_base, solid_base, type_new_slots, type_new_set_attrs,
// type_new_set_names, type_new_init_subclass, subtype_dealloc).
import { LazyRegExp } from '../unicode/lazy_regexp.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_Vectorcall } from './call.ts';
import { PyClassMethod_New } from './classmethodobject.ts';
import type { PyCellObject } from './cellobject.ts';
import { internedStr } from './codeobject.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { PyDescr_NewGetSet, PyDescr_NewMember } from './descrobject.ts';
import { dictCopy, dictKeys, PyDict_DelItem, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS,
  Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_MANAGED_DICT,
  Py_TPFLAGS_MANAGED_WEAKREF, Py_TPFLAGS_READY, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_ITEMS_AT_END, Py_XDECREF, type PyObject } from './object.ts';
import { SUBTYPE_DICT_GETSET } from './objecttype.ts';
import { freeInstanceValuesOf } from './instancedict.ts';
import { PyObject_CallFinalizerFromDealloc } from './finalize.ts';
import { subtype_clear, subtype_traverse } from './type_gc.ts';
import { trashBegin, trashEnd, TRASH_DEPOSITED } from './trashcan.ts';
import { newKeysForClass } from './tables/instancevalues.ts';
import { dictkeysDecref } from './tables/dictkeys.ts';
import { PyObject_GetIter } from './objectops.ts';
import { PyStaticMethod_New } from './staticmethodobject.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { PyTypeObject, type GetSetDef } from './typeobject.ts';
import { c3Mro, inheritSlots, typeLookup } from './typeready.ts';
import { fixupSlotDispatchers } from './typeslots.ts';
import { cacheUtf8, unicodeText as text } from './unicodeobject.ts';
import { PyObject_ClearWeakRefs } from './weakrefobject.ts';


/** sizeof(PyHeapTypeObject) + one PyMemberDef, what type_new allocates on 64-bit 3.12. */
const HEAPTYPE_SIZE = 920 + 40;

/** The most derived metaclass of `meta` and the bases' types. CPython: _PyType_CalculateMetaclass */
export function calculateMetaclass(interp: Interpreter, meta: PyTypeObject, bases: readonly PyObject[]): PyTypeObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    PyErr_SetString(interp, 'TypeError',
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

// CPython: solid_base — the nearest base whose instance layout adds to its own base's.
function solidBase(t: PyTypeObject): PyTypeObject {
  const base = t.tp_base;
  if (base === null) return t;
  const s = solidBase(base);
  return t.tp_basicsize !== base.tp_basicsize || t.tp_itemsize !== base.tp_itemsize ? t : s;
}

// CPython: best_base
function bestBase(interp: Interpreter, bases: readonly PyTypeObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if (!(b.tp_flags & Py_TPFLAGS_BASETYPE)) PyErr_SetString(interp, 'TypeError', `type '${b.tp_name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep the winner
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      PyErr_SetString(interp, 'TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}

const IDENT = new LazyRegExp(() => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7]*$/u);

/** `__x` in class C becomes `_C__x`. CPython: _Py_Mangle */
function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

interface SlotsInfo {
  names: string[];
  addDict: boolean;
  addWeak: boolean;
}

// CPython: type_new_slots / type_new_visit_slots / type_new_copy_slots
function parseSlots(interp: Interpreter, name: string, slots: PyObject, dict: PyObject, base: PyTypeObject): SlotsInfo {
  const items: PyObject[] = [];
  if (slots.ob_type.isSubtypeOf(interp.types.str)) {
    items.push(slots);
  } else {
    const it = PyObject_GetIter(interp, slots);
    try {
      for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) {
        items.push(v);
        Py_DECREF(v);
      }
    } finally {
      Py_DECREF(it);
    }
  }
  // CPython: type_new_slots_impl checks this before looking at the names.
  if (items.length > 0 && base.tp_itemsize !== 0) {
    PyErr_SetString(interp, 'TypeError', `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
  }
  const info: SlotsInfo = { names: [], addDict: false, addWeak: false };
  for (const s of items) {
    if (!s.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
    const n = text(s);
    if (!IDENT.test(n)) PyErr_SetString(interp, 'TypeError', '__slots__ must be identifiers');
    if (n === '__dict__') {
      if (base.tp_hasdict || info.addDict) PyErr_SetString(interp, 'TypeError', '__dict__ slot disallowed: we already got one');
      info.addDict = true;
      continue;
    }
    if (n === '__weakref__') {
      if (info.addWeak) PyErr_SetString(interp, 'TypeError', '__weakref__ slot disallowed: we already got one');
      info.addWeak = true;
      continue;
    }
    const m = mangle(name, n);
    if (info.names.includes(m)) continue;
    if (PyDict_GetItem(interp, dict, internedStr(interp, m)) !== null) {
      PyErr_SetString(interp, 'ValueError', `'${m}' in __slots__ conflicts with class variable`);
    }
    info.names.push(m);
  }
  info.names.sort();
  return info;
}

// CPython: subtype_getweakref (the head of the object's weak reference list)
const WEAKREF_GETSET: GetSetDef = { name: '__weakref__', doc: 'list of weak references to the object', get: (interp, o) => Py_NewRef(interp.weakrefLists.get(o)?.[0] ?? interp.singletons.None) };

/**
 * type.__new__(metatype, name, bases, dict, **kwds): a new class. `globalsName` is the calling
 * frame's `__name__` (the default __module__). CPython: type_new_impl
 */
export function typeNew(interp: Interpreter, metatype: PyTypeObject, nameObj: PyObject, basesObj: PyObject, ns: PyObject,
  kwnames: PyObject | null, kwvalues: readonly PyObject[], globalsName: PyObject | null): PyObject {
  let bases = (basesObj as PyTupleObject).body as PyTypeObject[];
  // CPython: type_new_get_bases — a base with __mro_entries__ needs types.new_class().
  for (const b of bases) {
    if (b instanceof PyTypeObject) continue;
    const entries = PyObject_LookupAttr(interp, b, internedStr(interp, '__mro_entries__'));
    if (entries !== null) {
      Py_DECREF(entries);
      PyErr_SetString(interp, 'TypeError', "type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  for (const b of bases) {
    if (!(b instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', `bases must be types`);
  }
  const winnerMeta = calculateMetaclass(interp, metatype, bases);
  if (winnerMeta !== metatype && winnerMeta.tp_new !== metatype.tp_new) {
    const kw = kwnames === null ? [] : (kwnames.body as PyObject[]);
    return PyObject_Vectorcall(interp, winnerMeta, [nameObj, basesObj, ns, ...kwvalues], kw.length === 0 ? null : kwnames);
  }
  metatype = winnerMeta;
  if (bases.length === 0) bases = [interp.types.object];
  const base = bestBase(interp, bases);
  const name = text(nameObj);
  // tp_name is the name's UTF-8 form (PyUnicode_AsUTF8AndSize), cached in the str.
  cacheUtf8(nameObj);
  if (name.includes('\0')) PyErr_SetString(interp, 'ValueError', 'type name must not contain null characters');
  const dict = PyDict_New(interp);
  let owned = false;
  try {
    for (const k of dictKeys(ns)) PyDict_SetItem(interp, dict, k, PyDict_GetItem(interp, ns, k)!);
    const slotsObj = PyDict_GetItem(interp, dict, internedStr(interp, '__slots__'));
    let slots: SlotsInfo;
    if (slotsObj === null) {
      slots = { names: [], addDict: !base.tp_hasdict, addWeak: !base.tp_hasweaklist && base.tp_itemsize === 0 };
    } else {
      slots = parseSlots(interp, name, slotsObj, dict, base);
      if (slots.addWeak && (base.tp_hasweaklist || base.tp_itemsize !== 0)) {
        PyErr_SetString(interp, 'TypeError', '__weakref__ slot disallowed: we already got one');
      }
    }
    // An added dict is a managed dict, kept before the header (3.12.1 does so for var-sized
    // bases too: `class D(int): pass` has __dictoffset__ -1 and int's __basicsize__).
    const addsDict = slots.addDict && !base.tp_hasdict;
    let flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | (base.tp_flags & SUBCLASS_FLAGS);
    if (base.tp_flags & Py_TPFLAGS_MANAGED_DICT || addsDict) flags |= Py_TPFLAGS_MANAGED_DICT;
    // CPython: inherit_slots — the vectorcall flag comes with an inherited tp_call.
    if (base.tp_flags & Py_TPFLAGS_HAVE_VECTORCALL && PyDict_GetItem(interp, dict, internedStr(interp, '__call__')) === null) flags |= Py_TPFLAGS_HAVE_VECTORCALL;
    if (base.tp_flags & Py_TPFLAGS_MANAGED_WEAKREF || (slots.addWeak && base.tp_itemsize === 0)) flags |= Py_TPFLAGS_MANAGED_WEAKREF;
    const basicsize = base.tp_basicsize + 8 * slots.names.length + (addsDict && !(flags & Py_TPFLAGS_MANAGED_DICT) ? 8 : 0);
    const type = new PyTypeObject(interp, metatype, { name, basicsize, itemsize: base.tp_itemsize, flags, dealloc: subtype_dealloc, traverse: subtype_traverse, clear: subtype_clear },
      interp.obmalloc.malloc(HEAPTYPE_SIZE + 16) + 16);
    type.ob_refcnt = 1;
    interp.objectRegistry?.add(type);
    // CPython: PyType_GenericAlloc's _PyObject_GC_Link and _PyObject_GC_TRACK
    interp.gc.link();
    interp.gc.track(type);
    Py_INCREF(metatype);
    type.tp_base = Py_NewRef(base);
    type.tp_bases = Py_NewRef(bases === (basesObj as PyTupleObject).body ? basesObj : tupleFromItemsSteal(interp, bases.map((b) => Py_NewRef(b))));
    if (bases !== (basesObj as PyTupleObject).body) Py_DECREF(type.tp_bases);
    type.tp_dict = dict;
    owned = true;
    type.ht_name = Py_NewRef(nameObj);
    try {
      finishType(interp, type, base, bases, dict, slots, globalsName, flags);
      setNames(interp, type);
      initSubclass(interp, type, kwnames, kwvalues);
    } catch (e) {
      Py_DECREF(type);
      throw e;
    }
    return type;
  } catch (e) {
    if (!owned) Py_DECREF(dict);
    throw e;
  }
}

/** The rest of a new class: its attributes, descriptors, MRO and slots. CPython: type_new_impl, type_ready */
function finishType(interp: Interpreter, type: PyTypeObject, base: PyTypeObject, bases: readonly PyTypeObject[], dict: PyObject,
  slots: SlotsInfo, globalsName: PyObject | null, flags: number): void {
  type.tp_hasdict = base.tp_hasdict || slots.addDict;
  type.tp_hasweaklist = base.tp_hasweaklist || slots.addWeak;
  type.tp_nslots = base.tp_nslots + slots.names.length;
  setAttrs(interp, type, dict, globalsName);
  const put = (key: string, v: PyObject) => {
    PyDict_SetItem(interp, dict, internedStr(interp, key), v);
    Py_DECREF(v);
  };
  slots.names.forEach((n, i) => put(n, PyDescr_NewMember(interp, type, n, base.tp_nslots + i)));
  if (slots.addDict && !base.tp_hasdict) put('__dict__', PyDescr_NewGetSet(interp, type, SUBTYPE_DICT_GETSET));
  if (slots.addWeak && !base.tp_hasweaklist) put('__weakref__', PyDescr_NewGetSet(interp, type, WEAKREF_GETSET));
  if (PyDict_GetItem(interp, dict, internedStr(interp, '__doc__')) === null) put('__doc__', interp.singletons.None);
  // __eq__ without __hash__ makes the class unhashable (CPython: type_ready_set_hash / inherit_slots).
  if (PyDict_GetItem(interp, dict, internedStr(interp, '__eq__')) !== null && PyDict_GetItem(interp, dict, internedStr(interp, '__hash__')) === null) {
    put('__hash__', interp.singletons.None);
  }
  const mro = c3Mro(interp, type, bases);
  type.tp_mro = tupleFromItemsSteal(interp, mro.map((t) => Py_NewRef(t)));
  for (const b of mro.slice(1)) inheritSlots(type, b);
  type.tp_new = base.tp_new;
  // CPython: type_ready_managed_dict
  if (flags & Py_TPFLAGS_MANAGED_DICT) type.ht_cached_keys = newKeysForClass(interp.dictRuntime);
  fixupSlotDispatchers(interp, type);
  type.tp_flags |= Py_TPFLAGS_READY;
  for (const b of bases) {
    // CPython: add_subclass makes a class's subclasses dict on first use (a dict of weakrefs,
    // tracked by the GC).
    if (b.tp_flags & Py_TPFLAGS_HEAPTYPE && b.tp_subclasses_dict === null) {
      b.tp_subclasses_dict = PyDict_New(interp);
      interp.gc.track(b.tp_subclasses_dict);
    }
    (b.tp_subclasses ??= new Set()).add(type);
  }
  // CPython: add_subclass keeps a weak reference to the class in each base's tp_subclasses (one
  // weakref object, shared by the bases): a GC allocation, counted as such.
  interp.gc.link();
}

/**
 * tp_dealloc of type objects: a class releases its base, dict, bases, MRO, names and shared
 * keys, and leaves its bases' subclass lists; a static type is never deallocated.
 * CPython: type_dealloc
 */
export function type_dealloc(o: PyObject): void {
  const type = o as PyTypeObject;
  if ((type.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) throw new Error(`deallocating the static type ${type.tp_name}`);
  const interp = type.tp_interp;
  // CPython: remove_all_subclasses
  if (type.tp_bases !== null) {
    let registered = false;
    for (const b of (type.tp_bases as PyTupleObject).body as PyTypeObject[]) registered = b.tp_subclasses?.delete(type) === true || registered;
    // The subclass weakref add_subclass counted dies with its entries.
    if (registered) interp.gc.uncount();
  }
  const refs = [type.tp_base, type.tp_dict, type.tp_bases, type.tp_mro, type.ht_name, type.ht_qualname, type.tp_subclasses_dict];
  type.tp_subclasses_dict = null;
  type.tp_base = null;
  type.tp_dict = type.tp_bases = type.tp_mro = type.ht_name = type.ht_qualname = null;
  type.lookupCache = null;
  const keys = type.ht_cached_keys;
  type.ht_cached_keys = null;
  if (keys !== null) dictkeysDecref(interp.dictRuntime, keys);
  for (const r of refs) Py_XDECREF(r);
  interp.obmalloc.free(type.addr - 16);
  // CPython: PyObject_GC_Del
  interp.gc.unlink(type);
}

// The fast subclass flags and Py_TPFLAGS_MATCH_SELF (1 << 22) come from the solid base. CPython: inherit_special
/** The flags a class takes over from its base (CPython: inherit_special and the match-self flag). */
const SUBCLASS_FLAGS = Py_TPFLAGS_MATCH_SELF | Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_BYTES_SUBCLASS
  | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_TYPE_SUBCLASS | Py_TPFLAGS_ITEMS_AT_END;

// CPython: type_new_set_attrs (qualname, module, the implicit static/class methods, __classcell__)
function setAttrs(interp: Interpreter, type: PyTypeObject, dict: PyObject, globalsName: PyObject | null): void {
  const qkey = internedStr(interp, '__qualname__');
  const q = PyDict_GetItem(interp, dict, qkey);
  if (q !== null) {
    if (!q.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `type __qualname__ must be a str, not ${q.ob_type.tp_name}`);
    type.ht_qualname = Py_NewRef(q);
    PyDict_DelItem(interp, dict, qkey);
  } else {
    type.ht_qualname = Py_NewRef(type.ht_name!);
  }
  const mkey = internedStr(interp, '__module__');
  if (PyDict_GetItem(interp, dict, mkey) === null && globalsName !== null) PyDict_SetItem(interp, dict, mkey, globalsName);
  const wrap = (key: string, make: (i: Interpreter, f: PyObject) => PyObject) => {
    const k = internedStr(interp, key);
    const f = PyDict_GetItem(interp, dict, k);
    if (f !== null && f.ob_type === interp.types.function) {
      const w = make(interp, f);
      PyDict_SetItem(interp, dict, k, w);
      Py_DECREF(w);
    }
  };
  wrap('__new__', PyStaticMethod_New);
  wrap('__init_subclass__', PyClassMethod_New);
  wrap('__class_getitem__', PyClassMethod_New);
  const ckey = internedStr(interp, '__classcell__');
  const cell = PyDict_GetItem(interp, dict, ckey);
  if (cell !== null) {
    if (cell.ob_type !== interp.types.cell) {
      PyErr_SetString(interp, 'TypeError', `__classcell__ must be a nonlocal cell, not <class '${cell.ob_type.tp_name}'>`);
    }
    const old = (cell as PyCellObject).body;
    (cell as PyCellObject).body = Py_NewRef(type);
    Py_XDECREF(old);
    PyDict_DelItem(interp, dict, ckey);
  }
}

// CPython: type_new_set_names — __set_name__ of each attribute, with a note on failure.
function setNames(interp: Interpreter, type: PyTypeObject): void {
  // CPython walks a copy of the class dict (names_to_set).
  const names = dictCopy(interp, type.tp_dict!);
  try {
    for (const key of dictKeys(names)) {
      const v = PyDict_GetItem(interp, names, key)!;
      const setName = typeLookup(interp, v.ob_type, '__set_name__');
      if (setName === null) continue;
      const get = setName.ob_type.tp_descr_get;
      const bound = get === null ? Py_NewRef(setName) : get(setName, v, v.ob_type);
      try {
        Py_DECREF(PyObject_Vectorcall(interp, bound, [type, key], null));
      } finally {
        Py_DECREF(bound);
      }
    }
  } finally {
    Py_DECREF(names);
  }
}

/** super(type, type).__init_subclass__(**kwds). CPython: type_new_init_subclass */
function initSubclass(interp: Interpreter, type: PyTypeObject, kwnames: PyObject | null, kwvalues: readonly PyObject[]): void {
  const mro = (type.tp_mro as PyTupleObject).body as PyTypeObject[];
  const name = internedStr(interp, '__init_subclass__');
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i]!.tp_dict;
    const f = d === null ? null : PyDict_GetItem(interp, d, name);
    if (f === null) continue;
    const get = f.ob_type.tp_descr_get;
    const bound = get === null ? Py_NewRef(f) : get(f, null, type);
    try {
      const kw = kwnames !== null && (kwnames.body as PyObject[]).length > 0 ? kwnames : null;
      Py_DECREF(PyObject_Vectorcall(interp, bound, kwvalues, kw));
    } finally {
      Py_DECREF(bound);
    }
    return;
  }
}

/**
 * tp_dealloc of instances of classes: __del__ once (PEP 442; a resurrected object survives),
 * then the weak references (callbacks called), then the slots and the dict, then the nearest builtin base's dealloc, then the class's
 * reference. CPython: subtype_dealloc
 */
export function subtype_dealloc(o: PyObject): void {
  const type = o.ob_type;
  const interp = type.tp_interp;
  if (trashBegin(o, subtype_dealloc) === TRASH_DEPOSITED) return;
  if (PyObject_CallFinalizerFromDealloc(o)) {
    trashEnd(interp);
    return;
  }
  if (type.tp_hasweaklist && interp.weakrefLists.size !== 0) PyObject_ClearWeakRefs(interp, o);
  // Each class's own slots, the most derived class first, then the dict. CPython: clear_slots
  let base: PyTypeObject = type;
  const slots = o.ob_slots;
  while (base.tp_dealloc === subtype_dealloc) {
    const next = base.tp_base!;
    if (slots !== null) {
      for (let i = next.tp_nslots; i < base.tp_nslots; i++) {
        const v = slots[i]!;
        slots[i] = null;
        Py_XDECREF(v);
      }
    }
    base = next;
  }
  o.ob_slots = null;
  if (o.ob_values !== null) freeInstanceValuesOf(o);
  const dict = o.ob_dict;
  if (dict !== null) {
    o.ob_dict = null;
    Py_DECREF(dict);
  }
  base.tp_dealloc(o);
  Py_DECREF(type);
  trashEnd(interp);
}

