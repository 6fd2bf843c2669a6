// itertools.groupby. CPython: Modules/itertoolsmodule.c (itertools_groupby_impl, groupby_step,
// groupby_next). Each group is an itertools._grouper (grouper.ts) reading from the groupby.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyObject_CallOneArg } from '../../objects/call.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompareBool, Py_EQ } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { grouperCreate } from './grouper.ts';
import { allocInstance } from '../modsupport.ts';

export interface GroupbyBody {
  it: PyObject;
  keyfunc: PyObject;
  tgtkey: PyObject | null;
  currkey: PyObject | null;
  currvalue: PyObject | null;
  /** The group being read (borrowed): older groupers stop. */
  currgrouper: PyObject | null;
}

// CPython: itertools_groupby_impl
export function groupby_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [iterable, key] = unpackKeywords(interp, 'groupby', ['iterable', 'key'], 0, 1, 2, args, kwnames);
  const it = PyObject_GetIter(interp, iterable!);
  const body: GroupbyBody = { it, keyfunc: Py_NewRef(key ?? interp.singletons.None), tgtkey: null, currkey: null, currvalue: null, currgrouper: null };
  return allocInstance(interp, type, 64, 0, body);
}

export function groupby_dealloc(o: PyObject): void {
  const b = o.body as GroupbyBody;
  Py_DECREF(b.it);
  Py_DECREF(b.keyfunc);
  Py_XDECREF(b.tgtkey);
  Py_XDECREF(b.currkey);
  Py_XDECREF(b.currvalue);
  freeObject(o);
}

export function groupby_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as GroupbyBody;
  visitFields(visit, arg, b.it, b.keyfunc, b.tgtkey, b.currkey, b.currvalue);
}

/** Reads the next value and its key into currvalue/currkey; false when the source is exhausted. CPython: groupby_step */
export function groupbyStep(interp: Interpreter, b: GroupbyBody): boolean {
  const newvalue = PyIter_Next(interp, b.it);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (b.keyfunc === interp.singletons.None) newkey = Py_NewRef(newvalue);
  else {
    try {
      newkey = PyObject_CallOneArg(interp, b.keyfunc, newvalue);
    } catch (e) {
      Py_DECREF(newvalue);
      throw e;
    }
  }
  const oldvalue = b.currvalue;
  b.currvalue = newvalue;
  const oldkey = b.currkey;
  b.currkey = newkey;
  Py_XDECREF(oldkey);
  Py_XDECREF(oldvalue);
  return true;
}

// CPython: groupby_next — skip what is left of the current group, then start the next one.
export function groupby_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as GroupbyBody;
  b.currgrouper = null;
  for (;;) {
    if (b.currkey !== null) {
      if (b.tgtkey === null || !PyObject_RichCompareBool(interp, b.tgtkey, b.currkey, Py_EQ)) break;
    }
    if (!groupbyStep(interp, b)) return null;
  }
  const old = b.tgtkey;
  b.tgtkey = Py_NewRef(b.currkey!);
  Py_XDECREF(old);
  const grouper = grouperCreate(interp, o, b.tgtkey);
  return tupleFromItemsSteal(interp, [Py_NewRef(b.currkey!), grouper]);
}
