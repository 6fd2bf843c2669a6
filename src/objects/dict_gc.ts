// What the cyclic collector needs of dicts: their traverse and clear hooks, and when a dict is
// tracked. An exact dict starts untracked and is tracked once it holds something that may be
// tracked (the table checks each insertion while its gcUntrackedOwner is set); collections
// untrack those that no longer do. CPython: Objects/dictobject.c (dict_traverse, dict_tp_clear,
// MAINTAIN_TRACKING, _PyDict_MaybeUntrack).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyObject } from './object.ts';
import type { visitproc } from './typeobject.ts';
import { DICT_KEYS_GENERAL } from './tables/dictkeys.ts';
import type { DictTable } from './tables/dicttable.ts';
import { _PyObject_GC_MAY_BE_TRACKED } from './tupleobject.ts';

function tableOf(o: PyObject): DictTable<PyObject, PyObject> {
  return o.body as DictTable<PyObject, PyObject>;
}

/** The values, and a general table's keys after each value (str keys cannot be in a cycle). CPython: dict_traverse */
export function dict_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const t = tableOf(o);
  const keys = t.keys;
  const n = keys.nentries;
  const ents = keys.ents;
  if (keys.kind !== DICT_KEYS_GENERAL) {
    const values = t.values;
    if (values !== null) {
      for (let i = 0; i < n; i++) {
        const v = values.vals[i] as PyObject | null;
        if (v != null) visit(v, arg);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = ents[2 * i + 1] as PyObject | null;
        if (v != null) visit(v, arg);
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = ents[2 * i + 1] as PyObject | null;
      if (v != null) {
        visit(v, arg);
        visit(ents[2 * i] as PyObject, arg);
      }
    }
  }
}

// CPython: dict_tp_clear
export function dict_tp_clear(o: PyObject): void {
  tableOf(o).clear();
}

/** Untracks an exact dict none of whose keys or values is or may become tracked. CPython: _PyDict_MaybeUntrack */
export function _PyDict_MaybeUntrack(interp: Interpreter, o: PyObject): void {
  if (o.ob_type !== interp.types.dict || o.gc_next === null) return;
  const t = tableOf(o);
  const keys = t.keys;
  const n = keys.nentries;
  const ents = keys.ents;
  if (t.values !== null) {
    for (let i = 0; i < n; i++) {
      const v = t.values.vals[i] as PyObject | null;
      if (v != null && _PyObject_GC_MAY_BE_TRACKED(interp, v)) return;
    }
  } else {
    const general = keys.kind === DICT_KEYS_GENERAL;
    for (let i = 0; i < n; i++) {
      const v = ents[2 * i + 1] as PyObject | null;
      if (v == null) continue;
      if (_PyObject_GC_MAY_BE_TRACKED(interp, v) || (general && _PyObject_GC_MAY_BE_TRACKED(interp, ents[2 * i] as PyObject))) return;
    }
  }
  interp.gc.untrack(o);
  t.gcUntrackedOwner = o;
}

/** An exact dict made untracked (new_dict): its table watches insertions from now on. */
export function dictStartsUntracked(o: PyObject): PyObject {
  tableOf(o).gcUntrackedOwner = o;
  return o;
}

/** Tracks a dict, as a copy of a tracked one is. CPython: _PyObject_GC_TRACK */
export function dictTrack(interp: Interpreter, o: PyObject): void {
  tableOf(o).gcUntrackedOwner = null;
  interp.gc.track(o);
}

/** Whether any of the values may be tracked. CPython: make_dict_from_instance_attributes */
export function anyMayBeTracked(interp: Interpreter, values: readonly unknown[]): boolean {
  for (const v of values) if (v != null && _PyObject_GC_MAY_BE_TRACKED(interp, v as PyObject)) return true;
  return false;
}
