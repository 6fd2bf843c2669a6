// array.arrayiterator. CPython 3.12: Modules/arraymodule.c (array_iter, arrayiter_next,
// arrayiter_dealloc, arrayiter_traverse, array_arrayiterator___reduce___impl,
// array_arrayiterator___setstate___impl).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { getBuiltin } from '../../objects/reduce_util.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_NOARGS, METH_O, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { allocInstance, longAsSsize } from '../modsupport.ts';
import { ab, getItem } from './arraystore.ts';
import { arrayState } from './state.ts';

interface ArrayIterBody {
  /** The array, null once exhausted. */
  ao: PyObject | null;
  index: number;
}

const body = (o: PyObject): ArrayIterBody => o.body as ArrayIterBody;

// CPython: array_iter
export function array_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return allocInstance(interp, arrayState(interp).ArrayIterType, 40, 0, { ao: Py_NewRef(o), index: 0 } satisfies ArrayIterBody);
}

// CPython: arrayiter_next — the array is let go at the end.
export function arrayiter_next(it: PyObject): PyObject | null {
  const b = body(it);
  if (b.ao === null) return null;
  const a = ab(b.ao);
  if (b.index < a.size) return getItem(it.ob_type.tp_interp, a, b.index++);
  const ao = b.ao;
  b.ao = null;
  Py_DECREF(ao);
  return null;
}

export function arrayiter_dealloc(it: PyObject): void {
  const ao = body(it).ao;
  body(it).ao = null;
  freeObject(it);
  if (ao !== null) Py_DECREF(ao);
}

export function arrayiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  if (body(it).ao !== null) visit(body(it).ao!, arg);
}

// CPython: array_arrayiterator___reduce___impl — (iter, (array,), index), or (iter, ((),)) once exhausted.
function arrayiter_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = body(self!);
  const func = getBuiltin(interp, 'iter');
  if (b.ao === null) return tupleFromItemsSteal(interp, [func, tupleFromItemsSteal(interp, [Py_NewRef(interp.singletons.emptyTuple)])]);
  return tupleFromItemsSteal(interp, [func, tupleFromItemsSteal(interp, [Py_NewRef(b.ao)]), PyLong_FromNumber(interp, b.index)]);
}

// CPython: array_arrayiterator___setstate___impl
function arrayiter_setstate(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  let index = longAsSsize(interp, args[0]!, 'an integer is required');
  const b = body(self!);
  if (b.ao !== null) {
    if (index < 0) index = 0;
    else if (index > ab(b.ao).size) index = ab(b.ao).size;
    b.index = index;
  }
  return Py_NewRef(interp.singletons.None);
}

export const arrayiter_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: arrayiter_reduce, doc: 'Return state information for pickling.' },
  { name: '__setstate__', flags: METH_O, impl: arrayiter_setstate, doc: 'Set state information for unpickling.' },
];
