// itertools._tee and itertools.tee(). CPython: Modules/itertoolsmodule.c (tee_fromiterable,
// tee_copy, tee_next, itertools__tee_impl, itertools_tee_impl).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { PyObject_GetAttr, PyObject_LookupAttr } from '../../objects/attributes.ts';
import { PyObject_CallNoArgs } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../../objects/object.ts';
import { PyObject_GetIter } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import type { BuiltinImpl } from '../../objects/methodobject.ts';
import { allocInstance, positionalNew, ssizeIndexArg } from '../modsupport.ts';
import { itertoolsState } from './state.ts';
import { LINKCELLS, teedataGetitem, teedataJumplink, teedataNew, teedataSafeDecref } from './teedata.ts';

interface TeeBody {
  dataobj: PyObject;
  /** The next value's index in dataobj, 0..LINKCELLS. */
  index: number;
}

const SIZEOF_TEEOBJECT = 40;

function newTee(interp: Interpreter, dataobj: PyObject, index: number): PyObject {
  return allocInstance(interp, itertoolsState(interp)._tee, SIZEOF_TEEOBJECT, 0, { dataobj, index } satisfies TeeBody);
}

// CPython: tee_copy
function teeCopy(interp: Interpreter, o: PyObject): PyObject {
  const b = o.body as TeeBody;
  Py_INCREF(b.dataobj);
  return newTee(interp, b.dataobj, b.index);
}

// CPython: tee_fromiterable — a _tee is copied, anything else gets a new data object.
function teeFromIterable(interp: Interpreter, iterable: PyObject): PyObject {
  const it = PyObject_GetIter(interp, iterable);
  try {
    if (it.ob_type === itertoolsState(interp)._tee) return teeCopy(interp, it);
    return newTee(interp, teedataNew(interp, it), 0);
  } finally {
    Py_DECREF(it);
  }
}

// CPython: itertools__tee_impl
export function tee_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  positionalNew(type, itertoolsState(interp)._tee, '_tee', args, kwnames, 1, 1);
  return teeFromIterable(interp, args[0]!);
}

export function tee_dealloc(o: PyObject): void {
  teedataSafeDecref((o.body as TeeBody).dataobj);
  freeObject(o);
}

export function tee_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit((o.body as TeeBody).dataobj, arg);
}

// CPython: tee_next
export function tee_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as TeeBody;
  if (b.index >= LINKCELLS) {
    const link = teedataJumplink(interp, b.dataobj);
    const old = b.dataobj;
    b.dataobj = link;
    b.index = 0;
    teedataSafeDecref(old);
  }
  const value = teedataGetitem(interp, b.dataobj, b.index);
  if (value !== null) b.index++;
  return value;
}

export const tee_methods: readonly MethodDef[] = [
  { name: '__copy__', flags: METH_NOARGS, impl: (interp, self) => teeCopy(interp, self!), doc: 'Returns an independent iterator.' },
];

// CPython: itertools_tee_impl — tee(iterable, n=2, /)
export const itertools_tee: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'itertools.tee', kwnames);
  checkPositional(interp, 'tee', args.length, 1, 2);
  const n = args.length > 1 ? ssizeIndexArg(interp, args[1]!) : 2;
  if (n < 0) PyErr_SetString(interp, 'ValueError', 'n must be >= 0');
  if (n === 0) return interp.singletons.emptyTuple;
  const items: PyObject[] = [];
  let copyfunc: PyObject | null = null;
  try {
    const it = PyObject_GetIter(interp, args[0]!);
    items.push(it);
    copyfunc = PyObject_LookupAttr(interp, it, internedStr(interp, '__copy__'));
    if (copyfunc === null) {
      items[0] = teeFromIterable(interp, it);
      Py_DECREF(it);
      copyfunc = PyObject_GetAttr(interp, items[0], internedStr(interp, '__copy__'));
    }
    for (let i = 1; i < n; i++) items.push(PyObject_CallNoArgs(interp, copyfunc));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  } finally {
    if (copyfunc !== null) Py_DECREF(copyfunc);
  }
  return tupleFromItemsSteal(interp, items);
};
