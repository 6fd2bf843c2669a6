// The dict views dict_keys, dict_values and dict_items. CPython: Objects/dictobject.c
// (_PyDictView_New, dictview_*, dictkeys_*, dictitems_*, dictvalues_*, dictviews_* set
// operations). A view holds its dict in `body`; keys and items views are set-like.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PySequence_Contains } from './abstract.ts';
import { callMethod } from './call.ts';
import { dict_contains, dictCopy, PyDict_GetItem, type PyDictObject } from './dictobject.ts';
import { dictiter_new } from './dictiterobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { list_repr, PyList_New, list_extend } from './listobject.ts';
import { PyMappingProxy_New } from './mappingproxyobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompareBool, PyObject_Size, Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE, Py_ReprEnter, Py_ReprLeave } from './objectops.ts';
import { make_new_set, PyAnySet_Check, PySet_Add, _PySet_Update } from './setobject.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

/** sizeof(_PyDictViewObject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_DICTVIEWOBJECT = 24;

const viewDict = (v: PyObject): PyObject => v.body as PyObject;

/** A new view of `type` on `dict`. CPython: _PyDictView_New */
export function PyDictView_New(interp: Interpreter, dict: PyObject, type: PyTypeObject): PyObject {
  if (!dict.ob_type.isSubtypeOf(interp.types.dict)) {
    PyErr_SetString(interp, 'TypeError', `${type.tp_name}() requires a dict argument, not '${dict.ob_type.tp_name}'`);
  }
  return allocObject(interp, type, SIZEOF_DICTVIEWOBJECT, 0, Py_NewRef(dict));
}

// CPython: dictview_dealloc
export function dictview_dealloc(v: PyObject): void {
  Py_DECREF(viewDict(v));
  freeObject(v);
}

// CPython: dictview_traverse
export function dictview_traverse(v: PyObject, visit: visitproc, arg: unknown): void {
  visit(viewDict(v), arg);
}

// CPython: dictview_len
export function dictview_len(v: PyObject): number {
  return (viewDict(v) as PyDictObject).body.used;
}

function isSetView(interp: Interpreter, o: PyObject): boolean {
  const t = interp.types;
  return o.ob_type.isSubtypeOf(t.dict_keys) || o.ob_type.isSubtypeOf(t.dict_items);
}

// CPython: dictview_mapping
function dictview_mapping(interp: Interpreter, v: PyObject): PyObject {
  return PyMappingProxy_New(interp, viewDict(v));
}

export const dictview_getset: readonly GetSetDef[] = [
  { name: 'mapping', get: dictview_mapping, doc: 'dictionary that this view refers to' },
];

// CPython: all_contained_in — whether every item of `self` is in `other`.
function allContainedIn(interp: Interpreter, self: PyObject, other: PyObject): boolean {
  const it = PyObject_GetIter(interp, self);
  try {
    for (let next = PyIter_Next(interp, it); next !== null; next = PyIter_Next(interp, it)) {
      let ok: boolean;
      try {
        ok = PySequence_Contains(interp, other, next);
      } finally {
        Py_DECREF(next);
      }
      if (!ok) return false;
    }
  } finally {
    Py_DECREF(it);
  }
  return true;
}

// CPython: dictview_richcompare — views compare as sets.
export function dictview_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const interp = self.ob_type.tp_interp;
  if (!PyAnySet_Check(interp, other) && !isSetView(interp, other)) return Py_NewRef(interp.singletons.NotImplemented);
  const lenSelf = PyObject_Size(interp, self);
  const lenOther = PyObject_Size(interp, other);
  let ok = false;
  switch (op) {
    case Py_NE:
    case Py_EQ:
      if (lenSelf === lenOther) ok = allContainedIn(interp, self, other);
      if (op === Py_NE) ok = !ok;
      break;
    case Py_LT:
      if (lenSelf < lenOther) ok = allContainedIn(interp, self, other);
      break;
    case Py_LE:
      if (lenSelf <= lenOther) ok = allContainedIn(interp, self, other);
      break;
    case Py_GT:
      if (lenSelf > lenOther) ok = allContainedIn(interp, other, self);
      break;
    case Py_GE:
      if (lenSelf >= lenOther) ok = allContainedIn(interp, other, self);
      break;
  }
  return ok ? interp.singletons.True : interp.singletons.False;
}

// CPython: dictview_repr — `dict_keys([1, 2])`, `...` inside itself.
export function dictview_repr(v: PyObject): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!Py_ReprEnter(interp, v)) return PyUnicode_FromString(interp, '...');
  try {
    const seq = PyList_New(interp, 0);
    let r: PyObject;
    try {
      list_extend(interp, seq, v);
      r = list_repr(seq);
    } finally {
      Py_DECREF(seq);
    }
    const text = unicodeText(r);
    Py_DECREF(r);
    return PyUnicode_FromString(interp, `${v.ob_type.tp_name}(${text})`);
  } finally {
    Py_ReprLeave(interp, v);
  }
}

// CPython: dictkeys_iter, dictvalues_iter, dictitems_iter
export const dictkeys_iter = (v: PyObject): PyObject => dictiter_new(v.ob_type.tp_interp, viewDict(v), v.ob_type.tp_interp.types.dict_keyiterator);
export const dictvalues_iter = (v: PyObject): PyObject => dictiter_new(v.ob_type.tp_interp, viewDict(v), v.ob_type.tp_interp.types.dict_valueiterator);
export const dictitems_iter = (v: PyObject): PyObject => dictiter_new(v.ob_type.tp_interp, viewDict(v), v.ob_type.tp_interp.types.dict_itemiterator);

// CPython: dictkeys_contains
export function dictkeys_contains(v: PyObject, key: PyObject): boolean {
  return dict_contains(viewDict(v), key);
}

// CPython: dictitems_contains — a 2-tuple whose key is there with an equal value.
export function dictitems_contains(v: PyObject, obj: PyObject): boolean {
  const interp = v.ob_type.tp_interp;
  if (!obj.ob_type.isSubtypeOf(interp.types.tuple)) return false;
  const items = (obj as PyTupleObject).body;
  if (items.length !== 2) return false;
  const found = PyDict_GetItem(interp, viewDict(v), items[0]!);
  if (found === null) return false;
  Py_NewRef(found);
  try {
    return PyObject_RichCompareBool(interp, found, items[1]!, Py_EQ);
  } finally {
    Py_DECREF(found);
  }
}

// CPython: dictviews_to_set — a keys view of an exact dict copies the dict's keys directly.
function dictviewsToSet(interp: Interpreter, self: PyObject): PyObject {
  let left = self;
  if (self.ob_type.isSubtypeOf(interp.types.dict_keys)) {
    const d = viewDict(self);
    if (d.ob_type === interp.types.dict) left = d;
  }
  return make_new_set(interp, interp.types.set, left);
}

/** `result.<name>(other)`, then result; result is released if it raises. */
function setOpInPlace(interp: Interpreter, result: PyObject, name: string, other: PyObject): PyObject {
  try {
    Py_DECREF(callMethod(interp, result, name, [other]));
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: dictviews_sub
function dictviews_sub(self: PyObject, other: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  return setOpInPlace(interp, dictviewsToSet(interp, self), 'difference_update', other);
}

// CPython: dictviews_or
function dictviews_or(self: PyObject, other: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  const result = dictviewsToSet(interp, self);
  try {
    _PySet_Update(interp, result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: _PyDictView_Intersect
function dictviews_and(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  let self = a;
  let other = b;
  // The operands come swapped when the view is on the right of &.
  if (!isSetView(interp, self)) {
    self = b;
    other = a;
  }
  const lenSelf = dictview_len(self);
  if (other.ob_type === interp.types.set && lenSelf <= PyObject_Size(interp, other)) {
    return callMethod(interp, other, 'intersection', [self]);
  }
  if (isSetView(interp, other) && dictview_len(other) > lenSelf) {
    const tmp = other;
    other = self;
    self = tmp;
  }
  const result = make_new_set(interp, interp.types.set, null);
  try {
    const it = PyObject_GetIter(interp, other);
    const contains = self.ob_type.isSubtypeOf(interp.types.dict_keys) ? dictkeys_contains : dictitems_contains;
    try {
      for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
        try {
          if (contains(self, key)) PySet_Add(interp, result, key);
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

// CPython: dictitems_xor — pairs of either dict not equal in the other.
function dictitems_xor(interp: Interpreter, d1: PyObject, d2: PyObject): PyObject {
  const temp = dictCopy(interp, d1);
  const result = make_new_set(interp, interp.types.set, null);
  try {
    const t2 = (d2 as PyDictObject).body;
    const tt = (temp as PyDictObject).body;
    for (let pos = t2.nextPos(0); pos >= 0; pos = t2.nextPos(pos + 1)) {
      const ix = t2.entryIndex(pos);
      const key = Py_NewRef(t2.keyAt(ix));
      const val2 = Py_NewRef(t2.valueAt(ix)!);
      const hash = t2.hashAt(ix);
      let val1: PyObject | null = null;
      try {
        val1 = tt.getItem(key, hash);
        let toDelete = false;
        if (val1 !== null) {
          Py_NewRef(val1);
          toDelete = PyObject_RichCompareBool(interp, val1, val2, Py_EQ);
        }
        if (toDelete) {
          tt.delItem(key, hash);
        } else {
          const pair = tupleFromItemsSteal(interp, [Py_NewRef(key), Py_NewRef(val2)]);
          try {
            PySet_Add(interp, result, pair);
          } finally {
            Py_DECREF(pair);
          }
        }
      } finally {
        Py_DECREF(key);
        if (val1 !== null) Py_DECREF(val1);
        Py_DECREF(val2);
      }
    }
    const remaining = PyDictView_New(interp, temp, interp.types.dict_items);
    try {
      _PySet_Update(interp, result, remaining);
    } finally {
      Py_DECREF(remaining);
    }
  } catch (e) {
    Py_DECREF(temp);
    Py_DECREF(result);
    throw e;
  }
  Py_DECREF(temp);
  return result;
}

// CPython: dictviews_xor
function dictviews_xor(self: PyObject, other: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  const items = interp.types.dict_items;
  if (self.ob_type.isSubtypeOf(items) && other.ob_type.isSubtypeOf(items)) return dictitems_xor(interp, viewDict(self), viewDict(other));
  return setOpInPlace(interp, dictviewsToSet(interp, self), 'symmetric_difference_update', other);
}

export const dictviews_as_number = {
  nb_subtract: dictviews_sub,
  nb_and: dictviews_and,
  nb_xor: dictviews_xor,
  nb_or: dictviews_or,
};

// CPython: dictviews_isdisjoint
function dictviews_isdisjoint(interp: Interpreter, selfArg: PyObject | null, args: readonly PyObject[]): PyObject {
  let self = selfArg!;
  let other = args[0]!;
  const s = interp.singletons;
  if (self === other) return dictview_len(self) === 0 ? s.True : s.False;
  // Iterate over the shorter one when the other is set-like (containment is cheap then).
  if (PyAnySet_Check(interp, other) || isSetView(interp, other)) {
    const lenSelf = dictview_len(self);
    const lenOther = PyObject_Size(interp, other);
    if (lenOther > lenSelf) {
      const tmp = other;
      other = self;
      self = tmp;
    }
  }
  const it = PyObject_GetIter(interp, other);
  try {
    for (let item = PyIter_Next(interp, it); item !== null; item = PyIter_Next(interp, it)) {
      let contains: boolean;
      try {
        contains = PySequence_Contains(interp, self, item);
      } finally {
        Py_DECREF(item);
      }
      if (contains) return s.False;
    }
  } finally {
    Py_DECREF(it);
  }
  return s.True;
}

/** A view's __reversed__: a reverse iterator of `iterType` over its dict. CPython: dictkeys_reversed & co */
function viewReversed(pick: (interp: Interpreter) => PyTypeObject): MethodDef['impl'] {
  return (interp, self) => dictiter_new(interp, viewDict(self!), pick(interp));
}

export const dictkeys_methods: readonly MethodDef[] = [
  { name: 'isdisjoint', flags: METH_O, impl: dictviews_isdisjoint },
  { name: '__reversed__', flags: METH_NOARGS, impl: viewReversed((interp) => interp.types.dict_reversekeyiterator) },
];

export const dictitems_methods: readonly MethodDef[] = [
  { name: 'isdisjoint', flags: METH_O, impl: dictviews_isdisjoint },
  { name: '__reversed__', flags: METH_NOARGS, impl: viewReversed((interp) => interp.types.dict_reverseitemiterator) },
];

export const dictvalues_methods: readonly MethodDef[] = [
  { name: '__reversed__', flags: METH_NOARGS, impl: viewReversed((interp) => interp.types.dict_reversevalueiterator) },
];
