// What the cyclic collector needs of classes and their instances: the traverse and clear hooks
// that every class gets, and those of heap type objects themselves.
// CPython: Objects/typeobject.c (subtype_traverse, traverse_slots, subtype_clear, clear_slots,
// type_traverse, type_clear), Objects/dictobject.c (_PyObject_VisitManagedDict,
// _PyObject_ClearManagedDict).
import { Py_DECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_MANAGED_DICT, Py_XDECREF, type PyObject } from './object.ts';
import { PyTypeObject, type visitproc } from './typeobject.ts';
import { freeInstanceValuesOf } from './instancedict.ts';
import { PyType_Modified } from './typeattrs.ts';
import { genericBodyTraverse } from '../memory/gc_generic.ts';

/** The slots `type` itself declares: ob_slots[type.tp_base.tp_nslots .. type.tp_nslots). */
function ownSlots(type: PyTypeObject): [number, number] {
  return [type.tp_base === null ? 0 : type.tp_base.tp_nslots, type.tp_nslots];
}

/**
 * The slots of each class along tp_base (most derived first), the managed dict or its values,
 * the class itself, then the nearest builtin base's hook. CPython: subtype_traverse
 */
export function subtype_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const type = o.ob_type;
  let base = type;
  const slots = o.ob_slots;
  while (base.tp_traverse === subtype_traverse) {
    if (slots !== null) {
      const [from, to] = ownSlots(base);
      for (let i = from; i < to; i++) {
        const v = slots[i];
        if (v != null) visit(v, arg);
      }
    }
    base = base.tp_base!;
  }
  if ((type.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0) {
    const values = o.ob_values;
    if (values !== null) {
      const n = type.ht_cached_keys!.nentries;
      for (let i = 0; i < n; i++) {
        const v = values.vals[i] as PyObject | null;
        if (v != null) visit(v, arg);
      }
    } else if (o.ob_dict !== null) {
      visit(o.ob_dict, arg);
    }
  } else if (o.ob_dict !== null && !base.tp_hasdict) {
    visit(o.ob_dict, arg);
  }
  const basetraverse = base.tp_traverse;
  // The instance's reference to its class (every class has this hook, so no base visits it).
  visit(type, arg);
  if (basetraverse !== null) basetraverse(o, visit, arg);
  else if ((base.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0) genericBodyTraverse(o, visit, arg);
}

/** Clears the slots along tp_base, the managed dict, then the nearest builtin base's clear. CPython: subtype_clear */
export function subtype_clear(o: PyObject): void {
  const type = o.ob_type;
  let base = type;
  while (base.tp_clear === subtype_clear) {
    const slots = o.ob_slots;
    if (slots !== null) {
      const [from, to] = ownSlots(base);
      for (let i = from; i < to; i++) {
        const v = slots[i];
        if (v != null) {
          slots[i] = null;
          Py_DECREF(v);
        }
      }
    }
    base = base.tp_base!;
  }
  if ((type.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0 && o.ob_values !== null) {
    freeInstanceValuesOf(o);
  } else {
    const dict = o.ob_dict;
    if (dict !== null) {
      o.ob_dict = null;
      Py_DECREF(dict);
    }
  }
  const baseclear = base.tp_clear;
  if (baseclear !== null) baseclear(o);
}

/** A class's dict, MRO, bases and base (its other fields cannot be part of a cycle). CPython: type_traverse */
export function type_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const t = o as PyTypeObject;
  if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return;
  if (t.tp_dict !== null) visit(t.tp_dict, arg);
  if (t.tp_mro !== null) visit(t.tp_mro, arg);
  if (t.tp_bases !== null) visit(t.tp_bases, arg);
  if (t.tp_base !== null) visit(t.tp_base, arg);
}

/** Empties the class's dict and drops its MRO (whose first item is the class). CPython: type_clear */
export function type_clear(o: PyObject): void {
  const t = o as PyTypeObject;
  PyType_Modified(t);
  if (t.tp_dict !== null) (t.tp_dict.body as { clear(): void }).clear();
  const mro = t.tp_mro;
  t.tp_mro = null;
  Py_XDECREF(mro);
}
