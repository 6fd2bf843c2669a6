// itertools._tee_dataobject: a link of up to LINKCELLS values read from the source of a tee,
// shared by the _tee iterators reading it. CPython: Modules/itertoolsmodule.c
// (teedataobject_newinternal, teedataobject_jumplink, teedataobject_getitem,
// teedataobject_safe_decref, itertools_teedataobject_impl).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next } from '../../objects/objectops.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { itertoolsState } from './state.ts';
import { allocInstance } from '../modsupport.ts';

export const LINKCELLS = 57;

interface TeeDataBody {
  it: PyObject;
  values: PyObject[];
  running: boolean;
  nextlink: PyObject | null;
}

// CPython: teedataobject_newinternal
export function teedataNew(interp: Interpreter, it: PyObject): PyObject {
  return allocInstance(interp, itertoolsState(interp)._tee_dataobject, 496, 0, { it: Py_NewRef(it), values: [], running: false, nextlink: null } satisfies TeeDataBody);
}

// CPython: teedataobject_jumplink
export function teedataJumplink(interp: Interpreter, tdo: PyObject): PyObject {
  const b = tdo.body as TeeDataBody;
  b.nextlink ??= teedataNew(interp, b.it);
  return Py_NewRef(b.nextlink);
}

// CPython: teedataobject_getitem — the lead iterator reads from the source.
export function teedataGetitem(interp: Interpreter, tdo: PyObject, i: number): PyObject | null {
  const b = tdo.body as TeeDataBody;
  if (i < b.values.length) return Py_NewRef(b.values[i]!);
  if (b.running) PyErr_SetString(interp, 'RuntimeError', 'cannot re-enter the tee iterator');
  b.running = true;
  let value: PyObject | null;
  try {
    value = PyIter_Next(interp, b.it);
  } finally {
    b.running = false;
  }
  if (value === null) return null;
  b.values.push(value);
  Py_INCREF(value);
  return value;
}

/** Releases a chain of links without recursing along it. CPython: teedataobject_safe_decref */
export function teedataSafeDecref(obj: PyObject | null): void {
  while (obj !== null && obj.ob_refcnt === 1) {
    const b = obj.body as TeeDataBody;
    const next = b.nextlink;
    b.nextlink = null;
    Py_DECREF(obj);
    obj = next;
  }
  Py_XDECREF(obj);
}

export function teedata_dealloc(o: PyObject): void {
  const b = o.body as TeeDataBody;
  for (const v of b.values) Py_DECREF(v);
  Py_DECREF(b.it);
  teedataSafeDecref(b.nextlink);
  freeObject(o);
}

export function teedata_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as TeeDataBody;
  visit(b.it, arg);
  for (const v of b.values) visit(v, arg);
  if (b.nextlink !== null) visit(b.nextlink, arg);
}

// CPython: itertools_teedataobject_impl — _tee_dataobject(iterable, values, next, /)
export function teedata_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const state = itertoolsState(interp);
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', '_tee_dataobject() takes no keyword arguments');
  if (args.length !== 3) PyErr_SetString(interp, 'TypeError', `_tee_dataobject expected 3 arguments, got ${args.length}`);
  const [it, values, next] = args as [PyObject, PyObject, PyObject];
  if (!values.ob_type.isSubtypeOf(interp.types.list)) {
    PyErr_SetString(interp, 'TypeError', `_tee_dataobject() argument 2 must be list, not ${values.ob_type.tp_name}`);
  }
  const items = values.body as PyObject[];
  if (items.length > LINKCELLS) PyErr_SetString(interp, 'ValueError', 'too many values');
  const isLink = next.ob_type === state._tee_dataobject;
  if (next !== interp.singletons.None && !isLink) PyErr_SetString(interp, 'ValueError', '_tee_dataobject next link must be a _tee_dataobject');
  if (isLink && items.length < LINKCELLS) PyErr_SetString(interp, 'ValueError', 'Cannot have a next link with fewer values');
  const tdo = teedataNew(interp, it);
  const b = tdo.body as TeeDataBody;
  for (const v of items) b.values.push(Py_NewRef(v));
  if (isLink) b.nextlink = Py_NewRef(next);
  return tdo;
}
