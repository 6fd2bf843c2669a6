// set and frozenset. CPython: Objects/setobject.c. The object's `body` is its SetTable
// (src/objects/tables/settable.ts), which probes, resizes and orders as CPython's table does;
// this file is the object around it: hashing keys, the operators, the methods and the iterator.
import { trashBegin, trashEnd, TRASH_DEPOSITED, TRASH_ENTERED } from './trashcan.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { checkPositional, noKeywords } from './args.ts';
import type { PyDictObject } from './dictobject.ts';
import { strHashParts } from './dictobject.ts';
import { excType, newException, PyErr_SetString } from './exceptions.ts';
import { PyList_New, list_extend, list_repr } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_GetState } from './reduce_util.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_Hash, Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE, Py_ReprEnter, Py_ReprLeave } from './objectops.ts';
import { hashHi, hashLo, ITER_CHANGED_SIZE, SetTable, SIZEOF_PYSETOBJECT, TableIterState, type TableHash } from './tables/index.ts';
import { Py_GenericAlias } from './genericaliasobject.ts';
import { METH_CLASS, METH_NOARGS, METH_O, METH_VARARGS, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { PyType_GenericAlloc } from './objecttype.ts';

export interface PySetObject extends PyObject {
  body: SetTable<PyObject>;
}

function table(o: PyObject): SetTable<PyObject> {
  return (o as PySetObject).body;
}

export function PyAnySet_Check(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.set) || o.ob_type.isSubtypeOf(interp.types.frozenset);
}

/** hash(key) as [hi, lo]. CPython: the PyObject_Hash of set_add_key and friends (str hashes cached). */
function keyHash(interp: Interpreter, key: PyObject): [number, number] {
  if (key.ob_type === interp.types.str) {
    const h = strHashParts(interp, key);
    return [h[1]!, h[0]!];
  }
  const h = PyObject_Hash(interp, key);
  return [hashHi(h), hashLo(h)];
}

// CPython: set_add_key
function set_add_key(interp: Interpreter, so: PyObject, key: PyObject): void {
  const [hi, lo] = keyHash(interp, key);
  table(so).addParts(key, hi, lo);
}

// CPython: set_contains_key
function set_contains_key(interp: Interpreter, so: PyObject, key: PyObject): boolean {
  const [hi, lo] = keyHash(interp, key);
  return table(so).containsParts(key, hi, lo);
}

/** Removes `key` from the set if it is there; whether it was. CPython: PySet_Discard */
export function PySet_Discard(interp: Interpreter, so: PyObject, key: PyObject): boolean {
  return set_discard_key(interp, so, key);
}

/** Empties the set. CPython: PySet_Clear */
export function PySet_Clear(so: PyObject): void {
  table(so).clear();
}

// CPython: set_discard_key
function set_discard_key(interp: Interpreter, so: PyObject, key: PyObject): boolean {
  const [hi, lo] = keyHash(interp, key);
  return table(so).discardParts(key, hi, lo);
}

/**
 * An operation on a key that retries with frozenset(key) when key is an unhashable set, as
 * set_contains, set_remove and set_discard do.
 */
function withSetKey<T>(interp: Interpreter, key: PyObject, op: (k: PyObject) => T): T {
  try {
    return op(key);
  } catch (e) {
    const te = interp.types.exceptions.get('TypeError')!;
    if (!key.ob_type.isSubtypeOf(interp.types.set) || (e as PyObject).ob_type !== te) throw e;
    Py_DECREF(e as PyObject);
  }
  const tmpkey = make_new_set(interp, interp.types.frozenset, key);
  try {
    return op(tmpkey);
  } finally {
    Py_DECREF(tmpkey);
  }
}

// CPython: PySet_Add
export function PySet_Add(interp: Interpreter, so: PyObject, key: PyObject): void {
  set_add_key(interp, so, key);
}

// CPython: _PySet_Update
export function _PySet_Update(interp: Interpreter, so: PyObject, iterable: PyObject): void {
  set_update_internal(interp, so, iterable);
}

// CPython: set_update_internal
function set_update_internal(interp: Interpreter, so: PyObject, other: PyObject): void {
  if (PyAnySet_Check(interp, other)) {
    table(so).merge(table(other));
    return;
  }
  if (other.ob_type === interp.types.dict) {
    table(so).updateFromDict((other as PyDictObject).body);
    return;
  }
  const it = PyObject_GetIter(interp, other);
  try {
    for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
      try {
        set_add_key(interp, so, key);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

// CPython: make_new_set
export function make_new_set(interp: Interpreter, type: PyTypeObject, iterable: PyObject | null): PyObject {
  const isBuiltin = type === interp.types.set || type === interp.types.frozenset;
  const so = isBuiltin ? allocObject(interp, type, SIZEOF_PYSETOBJECT, 0, null) : PyType_GenericAlloc(type);
  so.body = new SetTable<PyObject>(interp.dictRuntime);
  if (iterable !== null) {
    try {
      set_update_internal(interp, so, iterable);
    } catch (e) {
      Py_DECREF(so);
      throw e;
    }
  }
  return so;
}

// CPython: make_new_set_basetype — results of set and frozenset subclasses are plain sets/frozensets.
function make_new_set_basetype(interp: Interpreter, type: PyTypeObject, iterable: PyObject | null): PyObject {
  const t = interp.types;
  if (type !== t.set && type !== t.frozenset) type = type.isSubtypeOf(t.set) ? t.set : t.frozenset;
  return make_new_set(interp, type, iterable);
}

// CPython: set_dealloc
export function set_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const trash = trashBegin(o, set_dealloc);
  if (trash === TRASH_DEPOSITED) return;
  const tb = o.body as SetTable<PyObject> | null;
  if (tb !== null) tb.dealloc();
  freeObject(o);
  if (trash === TRASH_ENTERED) trashEnd(interp);
}

/** The set's keys in table order, borrowed (a snapshot array). CPython: _PySet_NextEntry */
export function setKeys(o: PyObject): PyObject[] {
  return table(o).keyList();
}

/** The keys in table order. CPython: set_traverse */
export function set_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  table(o).visitKeys(visit, arg);
}

// CPython: set_clear_internal (the tp_clear of sets and frozensets)
export function set_clear_internal(o: PyObject): void {
  table(o).clear();
}

// CPython: set_len
export function set_len(o: PyObject): number {
  return table(o).used;
}

// CPython: set_repr — set(), {1, 2}, frozenset({1}), and {...} for a set inside itself.
export function set_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const name = o.ob_type.tp_name;
  if (table(o).used === 0) return PyUnicode_FromString(interp, `${name}()`);
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, `${name}(...)`);
  try {
    const keys = PyList_New(interp, 0);
    let listrepr: PyObject;
    try {
      list_extend(interp, keys, o);
      listrepr = list_repr(keys);
    } finally {
      Py_DECREF(keys);
    }
    const text = unicodeText(listrepr).slice(1, -1);
    Py_DECREF(listrepr);
    return PyUnicode_FromString(interp, o.ob_type !== interp.types.set ? `${name}({${text}})` : `{${text}}`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: set_contains (sq_contains)
export function set_contains(o: PyObject, key: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  return withSetKey(interp, key, (k) => set_contains_key(interp, o, k));
}

// CPython: frozenset_hash
export function frozenset_hash(o: PyObject): TableHash {
  return table(o).frozensetHash();
}

function boolObj(interp: Interpreter, v: boolean): PyObject {
  return v ? interp.singletons.True : interp.singletons.False;
}

// CPython: set_issubset (with a set operand)
function issubset(so: PyObject, other: PyObject): boolean {
  return table(so).isSubset(table(other));
}

// CPython: set_richcompare
export function set_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!PyAnySet_Check(interp, w)) return interp.singletons.NotImplemented;
  const a = table(v);
  const b = table(w);
  switch (op) {
    case Py_EQ:
    case Py_NE: {
      let eq: boolean;
      if (a.used !== b.used) eq = false;
      else if (a.hash !== -1 && b.hash !== -1 && a.hash !== b.hash) eq = false;
      else eq = issubset(v, w);
      return boolObj(interp, eq === (op === Py_EQ));
    }
    case Py_LE:
      return boolObj(interp, issubset(v, w));
    case Py_GE:
      return boolObj(interp, issubset(w, v));
    case Py_LT:
      return boolObj(interp, a.used < b.used && issubset(v, w));
    case Py_GT:
      return boolObj(interp, a.used > b.used && issubset(w, v));
  }
  return interp.singletons.NotImplemented;
}

// CPython: set_copy (frozensets copy to frozensets; subclasses to the base type)
function set_copy(interp: Interpreter, so: PyObject): PyObject {
  return make_new_set_basetype(interp, so.ob_type, so);
}

// CPython: set_intersection
function set_intersection(interp: Interpreter, so: PyObject, other: PyObject): PyObject {
  if (so === other) return set_copy(interp, so);
  const result = make_new_set_basetype(interp, so.ob_type, null);
  try {
    if (PyAnySet_Check(interp, other)) {
      SetTable.intersection(table(result), table(so), table(other));
      return result;
    }
    const it = PyObject_GetIter(interp, other);
    try {
      for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
        try {
          const [hi, lo] = keyHash(interp, key);
          if (table(so).containsParts(key, hi, lo)) {
            table(result).addParts(key, hi, lo);
            if (table(result).used >= table(so).used) break;
          }
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: set_difference_update_internal
function set_difference_update_internal(interp: Interpreter, so: PyObject, other: PyObject): void {
  if (so === other) {
    table(so).clear();
    return;
  }
  if (PyAnySet_Check(interp, other)) {
    table(so).differenceUpdate(table(other));
    return;
  }
  const it = PyObject_GetIter(interp, other);
  try {
    for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
      try {
        set_discard_key(interp, so, key);
      } finally {
        Py_DECREF(key);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  table(so).finishDifferenceUpdate();
}

// CPython: set_copy_and_difference
function set_copy_and_difference(interp: Interpreter, so: PyObject, other: PyObject): PyObject {
  const result = set_copy(interp, so);
  try {
    set_difference_update_internal(interp, result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: set_difference
function set_difference(interp: Interpreter, so: PyObject, other: PyObject): PyObject {
  const isDict = other.ob_type === interp.types.dict;
  if (!PyAnySet_Check(interp, other) && !isDict) return set_copy_and_difference(interp, so, other);
  if (isDict) {
    const d = (other as PyDictObject).body;
    if (SetTable.differenceDictUsesCopy(table(so), d)) return set_copy_and_difference(interp, so, other);
    const result = make_new_set_basetype(interp, so.ob_type, null);
    try {
      SetTable.differenceDict(table(result), table(so), d);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  }
  const result = make_new_set_basetype(interp, so.ob_type, null);
  try {
    SetTable.difference(table(result), table(so), table(other));
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: set_symmetric_difference_update
function set_symmetric_difference_update(interp: Interpreter, so: PyObject, other: PyObject): void {
  if (so === other) {
    table(so).clear();
    return;
  }
  if (other.ob_type === interp.types.dict) {
    table(so).symmetricDifferenceUpdateDict((other as PyDictObject).body);
    return;
  }
  let otherset: PyObject;
  if (PyAnySet_Check(interp, other)) {
    Py_INCREF(other);
    otherset = other;
  } else {
    otherset = make_new_set_basetype(interp, so.ob_type, other);
  }
  try {
    table(so).symmetricDifferenceUpdate(table(otherset));
  } finally {
    Py_DECREF(otherset);
  }
}

// CPython: set_symmetric_difference
function set_symmetric_difference(interp: Interpreter, so: PyObject, other: PyObject): PyObject {
  const otherset = make_new_set_basetype(interp, so.ob_type, other);
  try {
    table(otherset).symmetricDifferenceUpdate(table(so));
  } catch (e) {
    Py_DECREF(otherset);
    throw e;
  }
  return otherset;
}

// CPython: set_intersection_update (the intersection's body is swapped in)
function set_intersection_update(interp: Interpreter, so: PyObject, tmp: PyObject): void {
  try {
    SetTable.swapBodies(table(so), table(tmp), false);
  } finally {
    Py_DECREF(tmp);
  }
}

/** A binary set operator: NotImplemented unless both operands are sets or frozensets. */
function binop(f: (interp: Interpreter, a: PyObject, b: PyObject) => PyObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    const interp = a.ob_type.tp_interp;
    if (!PyAnySet_Check(interp, a) || !PyAnySet_Check(interp, b)) return interp.singletons.NotImplemented;
    return f(interp, a, b);
  };
}

/** An in-place set operator: NotImplemented unless the right operand is a set or frozenset. */
function ibinop(f: (interp: Interpreter, a: PyObject, b: PyObject) => void) {
  return (a: PyObject, b: PyObject): PyObject => {
    const interp = a.ob_type.tp_interp;
    if (!PyAnySet_Check(interp, b)) return interp.singletons.NotImplemented;
    f(interp, a, b);
    Py_INCREF(a);
    return a;
  };
}

// CPython: set_or
function set_or(interp: Interpreter, so: PyObject, other: PyObject): PyObject {
  const result = set_copy(interp, so);
  if (so === other) return result;
  try {
    set_update_internal(interp, result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

export const frozenset_as_number = {
  nb_subtract: binop(set_difference),
  nb_and: binop(set_intersection),
  nb_xor: binop(set_symmetric_difference),
  nb_or: binop(set_or),
};

export const set_as_number = {
  ...frozenset_as_number,
  nb_inplace_subtract: ibinop(set_difference_update_internal),
  nb_inplace_and: ibinop((interp, a, b) => set_intersection_update(interp, a, set_intersection(interp, a, b))),
  nb_inplace_xor: ibinop(set_symmetric_difference_update),
  nb_inplace_or: ibinop(set_update_internal),
};

function none(interp: Interpreter): PyObject {
  return interp.singletons.None;
}

// CPython: set_add
function set_add(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  set_add_key(interp, self!, args[0]!);
  return none(interp);
}

// CPython: set_remove
function set_remove(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const key = args[0]!;
  if (!withSetKey(interp, key, (k) => set_discard_key(interp, self!, k))) {
    Py_INCREF(key);
    throw newException(interp, excType(interp, 'KeyError'), [key]);
  }
  return none(interp);
}

// CPython: set_discard
function set_discard(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const key = args[0]!;
  withSetKey(interp, key, (k) => set_discard_key(interp, self!, k));
  return none(interp);
}

// CPython: set_pop
function set_pop(interp: Interpreter, self: PyObject | null): PyObject {
  const key = table(self!).pop();
  if (key === null) PyErr_SetString(interp, 'KeyError', 'pop from an empty set');
  return key;
}

// CPython: set_clear
function set_clear(interp: Interpreter, self: PyObject | null): PyObject {
  table(self!).clear();
  return none(interp);
}

// CPython: set_copy (the method)
function set_copy_meth(interp: Interpreter, self: PyObject | null): PyObject {
  return set_copy(interp, self!);
}

// CPython: frozenset_copy — an exact frozenset is its own copy.
function frozenset_copy(interp: Interpreter, self: PyObject | null): PyObject {
  if (self!.ob_type === interp.types.frozenset) {
    Py_INCREF(self!);
    return self!;
  }
  return set_copy(interp, self!);
}

// CPython: set_union
function set_union(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const result = set_copy(interp, self!);
  try {
    for (const other of args) if (other !== self) set_update_internal(interp, result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: set_update
function set_update(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  for (const other of args) set_update_internal(interp, self!, other);
  return none(interp);
}

// CPython: set_intersection_multi
function set_intersection_multi(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  if (args.length === 0) return set_copy(interp, self!);
  Py_INCREF(self!);
  let result = self!;
  for (const other of args) {
    let next: PyObject;
    try {
      next = set_intersection(interp, result, other);
    } finally {
      Py_DECREF(result);
    }
    result = next;
  }
  return result;
}

// CPython: set_intersection_update_multi
function set_intersection_update_multi(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  set_intersection_update(interp, self!, set_intersection_multi(interp, self, args));
  return none(interp);
}

// CPython: set_difference_multi
function set_difference_multi(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  if (args.length === 0) return set_copy(interp, self!);
  const result = set_difference(interp, self!, args[0]!);
  try {
    for (let i = 1; i < args.length; i++) set_difference_update_internal(interp, result, args[i]!);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: set_difference_update
function set_difference_update(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  for (const other of args) set_difference_update_internal(interp, self!, other);
  return none(interp);
}

// CPython: set_symmetric_difference (the method)
function set_symmetric_difference_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  return set_symmetric_difference(interp, self!, args[0]!);
}

// CPython: set_symmetric_difference_update (the method)
function set_symmetric_difference_update_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  set_symmetric_difference_update(interp, self!, args[0]!);
  return none(interp);
}

// CPython: set_issubset
function set_issubset_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const other = args[0]!;
  if (PyAnySet_Check(interp, other)) return boolObj(interp, issubset(self!, other));
  const tmp = make_new_set(interp, interp.types.set, other);
  try {
    return boolObj(interp, issubset(self!, tmp));
  } finally {
    Py_DECREF(tmp);
  }
}

// CPython: set_issuperset
function set_issuperset_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const other = args[0]!;
  if (PyAnySet_Check(interp, other)) return boolObj(interp, issubset(other, self!));
  const it = PyObject_GetIter(interp, other);
  try {
    for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
      let rv: boolean;
      try {
        rv = set_contains_key(interp, self!, key);
      } finally {
        Py_DECREF(key);
      }
      if (!rv) return interp.singletons.False;
    }
  } finally {
    Py_DECREF(it);
  }
  return interp.singletons.True;
}

// CPython: set_isdisjoint
function set_isdisjoint(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const other = args[0]!;
  if (self === other) return boolObj(interp, table(self!).used === 0);
  if (PyAnySet_Check(interp, other)) return boolObj(interp, table(self!).isDisjoint(table(other)));
  const it = PyObject_GetIter(interp, other);
  try {
    for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
      let rv: boolean;
      try {
        rv = set_contains_key(interp, self!, key);
      } finally {
        Py_DECREF(key);
      }
      if (rv) return interp.singletons.False;
    }
  } finally {
    Py_DECREF(it);
  }
  return interp.singletons.True;
}

// CPython: set_direct_contains
function set_direct_contains(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  return boolObj(interp, set_contains(self!, args[0]!));
}

// CPython: set_sizeof (the type's basic size, so a subclass's slots count, then the table)
function set_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  return PyLong_FromNumber(interp, table(self!).sizeofBytes() - interp.types.set.tp_basicsize + self!.ob_type.tp_basicsize);
}

/** `(type, (list(self),), state)`. CPython: set_reduce */
function set_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const keys = PyList_New(interp, 0);
  let state: PyObject;
  try {
    list_extend(interp, keys, self!);
    state = PyObject_GetState(interp, self!);
  } catch (e) {
    Py_DECREF(keys);
    throw e;
  }
  return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), tupleFromItemsSteal(interp, [keys]), state]);
}

const common: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: set_reduce },
  { name: '__contains__', flags: METH_O, impl: set_direct_contains },
  { name: 'difference', flags: METH_VARARGS, impl: set_difference_multi },
  { name: 'intersection', flags: METH_VARARGS, impl: set_intersection_multi },
  { name: 'isdisjoint', flags: METH_O, impl: set_isdisjoint },
  { name: 'issubset', flags: METH_O, impl: set_issubset_meth },
  { name: 'issuperset', flags: METH_O, impl: set_issuperset_meth },
  { name: '__sizeof__', flags: METH_NOARGS, impl: set_sizeof },
  { name: 'symmetric_difference', flags: METH_O, impl: set_symmetric_difference_meth },
  { name: 'union', flags: METH_VARARGS, impl: set_union },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias },
];

export const set_methods: readonly MethodDef[] = [
  { name: 'add', flags: METH_O, impl: set_add },
  { name: 'clear', flags: METH_NOARGS, impl: set_clear },
  { name: 'copy', flags: METH_NOARGS, impl: set_copy_meth },
  { name: 'discard', flags: METH_O, impl: set_discard },
  { name: 'difference_update', flags: METH_VARARGS, impl: set_difference_update },
  { name: 'intersection_update', flags: METH_VARARGS, impl: set_intersection_update_multi },
  { name: 'pop', flags: METH_NOARGS, impl: set_pop },
  { name: 'remove', flags: METH_O, impl: set_remove },
  { name: 'symmetric_difference_update', flags: METH_O, impl: set_symmetric_difference_update_meth },
  { name: 'update', flags: METH_VARARGS, impl: set_update },
  ...common,
];

export const frozenset_methods: readonly MethodDef[] = [
  { name: 'copy', flags: METH_NOARGS, impl: frozenset_copy },
  ...common,
];

// CPython: set_vectorcall (set() and set(iterable))
export function set_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'set', kwnames);
  checkPositional(interp, 'set', args.length, 0, 1);
  return make_new_set(interp, type, args.length > 0 ? args[0]! : null);
}

// CPython: set_new + set_init, for subclasses of set
export function set_new(type: PyTypeObject): PyObject {
  return make_new_set(type.tp_interp, type, null);
}

export function set_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  noKeywords(interp, 'set', kwnames);
  checkPositional(interp, 'set', args.length, 0, 1);
  table(self).clear();
  if (args.length > 0) set_update_internal(interp, self, args[0]!);
}

// CPython: frozenset_vectorcall / frozenset_new_impl — frozenset(fs) of an exact frozenset is fs.
export function frozenset_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'frozenset', kwnames);
  checkPositional(interp, 'frozenset', args.length, 0, 1);
  const iterable = args.length > 0 ? args[0]! : null;
  if (type === interp.types.frozenset && iterable !== null && iterable.ob_type === interp.types.frozenset) {
    Py_INCREF(iterable);
    return iterable;
  }
  return make_new_set(interp, type, iterable);
}

// CPython: frozenset_new for subclasses (the iterable is taken in __new__)
export function frozenset_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, type.tp_name, kwnames);
  checkPositional(interp, type.tp_name, args.length, 0, 1);
  return make_new_set(interp, type, args.length > 0 ? args[0]! : null);
}

/** sizeof(setiterobject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_SETITEROBJECT = 48;

interface SetIterBody {
  set: PyObject | null;
  st: TableIterState;
}

// CPython: set_iter
export function set_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  Py_INCREF(o);
  const body: SetIterBody = { set: o, st: table(o).newIter() };
  return allocObject(interp, interp.types.set_iterator, SIZEOF_SETITEROBJECT, 0, body);
}

// CPython: setiter_iternext
export function setiter_next(it: PyObject): PyObject | null {
  const b = it.body as SetIterBody;
  const so = b.set;
  if (so === null) return null;
  const tb = table(so);
  const i = tb.iterNext(b.st);
  if (i >= 0) {
    const key = tb.keyAt(i);
    Py_INCREF(key);
    return key;
  }
  if (i === ITER_CHANGED_SIZE) PyErr_SetString(it.ob_type.tp_interp, 'RuntimeError', 'Set changed size during iteration');
  b.set = null;
  Py_DECREF(so);
  return null;
}

// CPython: setiter_dealloc
export function setiter_dealloc(it: PyObject): void {
  Py_XDECREF((it.body as SetIterBody).set);
  freeObject(it);
}

// CPython: setiter_traverse
export function setiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  const so = (it.body as SetIterBody).set;
  if (so !== null) visit(so, arg);
}

// CPython: setiter_len
function setiter_len(interp: Interpreter, it: PyObject | null): PyObject {
  const b = it!.body as SetIterBody;
  const n = b.set !== null && b.st.used === table(b.set).used ? b.st.len : 0;
  return PyLong_FromNumber(interp, n);
}

export const setiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: setiter_len },
];

