// itertools._grouper, the groups of a groupby. CPython: Modules/itertoolsmodule.c
// (itertools__grouper_impl, _grouper_create, _grouper_next).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_RichCompareBool, Py_EQ } from '../../objects/objectops.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { allocInstance, positionalNew } from '../modsupport.ts';
import { groupbyStep, type GroupbyBody } from './groupby.ts';
import { itertoolsState } from './state.ts';

interface GrouperBody {
  parent: PyObject;
  tgtkey: PyObject;
}

// CPython: _grouper_create
export function grouperCreate(interp: Interpreter, parent: PyObject, tgtkey: PyObject): PyObject {
  const g = allocInstance(interp, itertoolsState(interp)._grouper, 32, 0, { parent: Py_NewRef(parent), tgtkey: Py_NewRef(tgtkey) } satisfies GrouperBody);
  (parent.body as GroupbyBody).currgrouper = g;
  return g;
}

// CPython: itertools__grouper_impl
export function grouper_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const state = itertoolsState(interp);
  positionalNew(type, state._grouper, '_grouper', args, kwnames, 2, 2);
  const parent = args[0]!;
  if (!parent.ob_type.isSubtypeOf(state.groupby)) {
    PyErr_SetString(interp, 'TypeError', `_grouper() argument 1 must be itertools.groupby, not ${parent.ob_type.tp_name}`);
  }
  return grouperCreate(interp, parent, args[1]!);
}

export function grouper_dealloc(o: PyObject): void {
  const b = o.body as GrouperBody;
  Py_DECREF(b.parent);
  Py_DECREF(b.tgtkey);
  freeObject(o);
}

export function grouper_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as GrouperBody;
  visit(b.parent, arg);
  visit(b.tgtkey, arg);
}

// CPython: _grouper_next
export function grouper_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as GrouperBody;
  const gbo = b.parent.body as GroupbyBody;
  if (gbo.currgrouper !== o) return null;
  if (gbo.currvalue === null && !groupbyStep(interp, gbo)) return null;
  if (!PyObject_RichCompareBool(interp, b.tgtkey, gbo.currkey!, Py_EQ)) return null;
  const r = gbo.currvalue!;
  gbo.currvalue = null;
  const key = gbo.currkey!;
  gbo.currkey = null;
  Py_DECREF(key);
  return r;
}
