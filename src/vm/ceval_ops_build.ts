// Opcodes of the eval loop that build and take apart containers, slices and sets, kept out of
// the loop's switch: each takes the frame's stack and its pointer and returns the new pointer.
// CPython: Python/bytecodes.c (the instructions of the same names).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_DelItem, PyObject_GetItem, PyObject_SetItem } from '../objects/abstract.ts';
import { _PyDict_FromItems, dictMergeKwargs, dictUpdateFromMapping, PyDict_SetItem } from '../objects/dictobject.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import { _PySet_Update, make_new_set, PySet_Add } from '../objects/setobject.ts';
import { list_extend } from '../objects/listobject.ts';
import { kwargsError, listExtendError, unpackEx } from './ceval_containers.ts';
import { _PyBuildSlice_ConsumeRefs, PySlice_New } from '../objects/sliceobject.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import { Frame } from './frame.ts';
import { popSlot, releaseRange } from './ceval_support.ts';

/** BUILD_SET */
export function op_BUILD_SET(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const types = interp.types;
  // Every item is released, also after an unhashable one stopped the adds.
  const first = sp - oparg;
  const set = make_new_set(interp, types.set, null);
  let err: unknown = null;
  for (let k = first; k < sp; k++) {
    const item = lp[k]!;
    lp[k] = null;
    if (err === null) {
      try {
        PySet_Add(interp, set, item);
      } catch (e) {
        err = e;
      }
    }
    Py_DECREF(item);
  }
  sp = first;
  if (err !== null) {
    Py_DECREF(set);
    throw err;
  }
  lp[sp++] = set;
  return sp;
}

/** SET_ADD */
export function op_SET_ADD(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const v = lp[--sp]!;
  lp[sp] = null;
  try {
    PySet_Add(interp, lp[sp - oparg]!, v);
  } finally {
    Py_DECREF(v);
  }
  return sp;
}

/** SET_UPDATE */
export function op_SET_UPDATE(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const iterable = lp[--sp]!;
  lp[sp] = null;
  try {
    _PySet_Update(interp, lp[sp - oparg]!, iterable);
  } finally {
    Py_DECREF(iterable);
  }
  return sp;
}

/** MAP_ADD */
export function op_MAP_ADD(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  // dict[key] = value; the dict is below the comprehension's iterators.
  const value = lp[--sp]!;
  lp[sp] = null;
  const key = lp[--sp]!;
  lp[sp] = null;
  try {
    PyDict_SetItem(interp, lp[sp - oparg]!, key, value);
  } finally {
    Py_DECREF(key);
    Py_DECREF(value);
  }
  return sp;
}

/** DICT_UPDATE */
export function op_DICT_UPDATE(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const update = lp[--sp]!;
  lp[sp] = null;
  try {
    dictUpdateFromMapping(interp, lp[sp - oparg]!, update);
  } finally {
    Py_DECREF(update);
  }
  return sp;
}

/** DICT_MERGE */
export function op_DICT_MERGE(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const update = lp[--sp]!;
  lp[sp] = null;
  try {
    dictMergeKwargs(interp, lp[sp - oparg]!, update);
  } catch (e) {
    throw kwargsError(interp, e, lp[sp - oparg - 2]!, update);
  } finally {
    Py_DECREF(update);
  }
  return sp;
}

/** UNPACK_EX */
export function op_UNPACK_EX(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const seq = lp[--sp]!;
  lp[sp] = null;
  const out: PyObject[] = [];
  try {
    unpackEx(interp, seq, before, after, out);
  } finally {
    Py_DECREF(seq);
  }
  for (let k = out.length; --k >= 0;) lp[sp++] = out[k]!;
  return sp;
}

/** STORE_SLICE */
export function op_STORE_SLICE(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  // container[start:stop] = v, with the stack holding v, container, start, stop.
  const stop = popSlot(lp, --sp);
  const start = popSlot(lp, --sp);
  const container = popSlot(lp, --sp);
  const v = popSlot(lp, --sp);
  try {
    const slice = _PyBuildSlice_ConsumeRefs(interp, start, stop);
    try {
      PyObject_SetItem(interp, container, slice, v);
    } finally {
      Py_DECREF(slice);
    }
  } finally {
    Py_DECREF(v);
    Py_DECREF(container);
  }
  return sp;
}

/** BINARY_SLICE */
export function op_BINARY_SLICE(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  // container[start:stop]: the slice takes over start and stop.
  const stop = lp[--sp]!;
  lp[sp] = null;
  const start = lp[--sp]!;
  lp[sp] = null;
  const container = lp[--sp]!;
  lp[sp] = null;
  let res: PyObject;
  try {
    const slice = _PyBuildSlice_ConsumeRefs(interp, start, stop);
    try {
      res = PyObject_GetItem(interp, container, slice);
    } finally {
      Py_DECREF(slice);
    }
  } finally {
    Py_DECREF(container);
  }
  lp[sp++] = res;
  return sp;
}

/** BUILD_SLICE */
export function op_BUILD_SLICE(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const step = oparg === 3 ? lp[--sp]! : null;
  if (step !== null) lp[sp] = null;
  const stop = lp[--sp]!;
  lp[sp] = null;
  const start = lp[--sp]!;
  lp[sp] = null;
  const slice = PySlice_New(interp, start, stop, step);
  Py_DECREF(start);
  Py_DECREF(stop);
  if (step !== null) Py_DECREF(step);
  lp[sp++] = slice;
  return sp;
}

/** BUILD_CONST_KEY_MAP */
export function op_BUILD_CONST_KEY_MAP(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const keys = lp[sp - 1]!;
  const first = sp - 1 - oparg;
  const map = _PyDict_FromItems(interp, (keys as PyTupleObject).body, 0, 1, lp, first, 1, oparg);
  // DECREF_INPUTS: the values last to first, then the keys.
  releaseRange(lp, first, sp - 1);
  lp[sp - 1] = null;
  Py_DECREF(keys);
  sp = first;
  lp[sp++] = map;
  return sp;
}

/** LIST_EXTEND */
export function op_LIST_EXTEND(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const iterable = lp[--sp]!;
  lp[sp] = null;
  try {
    list_extend(interp, lp[sp - oparg]!, iterable);
  } catch (e) {
    throw listExtendError(interp, e, iterable);
  } finally {
    Py_DECREF(iterable);
  }
  return sp;
}

/** DELETE_SUBSCR */
export function op_DELETE_SUBSCR(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const sub = lp[--sp]!;
  lp[sp] = null;
  const container = lp[--sp]!;
  lp[sp] = null;
  try {
    PyObject_DelItem(interp, container, sub);
  } finally {
    Py_DECREF(container);
    Py_DECREF(sub);
  }
  return sp;
}

/** STORE_SUBSCR */
export function op_STORE_SUBSCR(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  // container[sub] = v, with the stack holding v, container, sub.
  const sub = lp[--sp]!;
  lp[sp] = null;
  const container = lp[--sp]!;
  lp[sp] = null;
  const v = lp[--sp]!;
  lp[sp] = null;
  try {
    PyObject_SetItem(interp, container, sub, v);
  } finally {
    Py_DECREF(v);
    Py_DECREF(container);
    Py_DECREF(sub);
  }
  return sp;
}
