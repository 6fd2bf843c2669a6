// operator.itemgetter. CPython: Modules/_operator.c (itemgetter_new, itemgetter_call_impl,
// itemgetter_repr, itemgetter_reduce).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyObject_GetItem } from '../../objects/abstract.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, kwCount } from '../modsupport.ts';
import { getterRepr, getterReduce } from './common.ts';

// The items, a tuple.
const items = (o: PyObject): PyObject[] => (o.body as PyTupleObject).body;

// CPython: itemgetter_new
export function itemgetter_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'itemgetter', kwnames);
  if (args.length <= 1) checkPositional(interp, 'itemgetter', args.length, 1, 1);
  return allocInstance(interp, type, 48, 0, tupleFromItemsSteal(interp, args.map((x) => Py_NewRef(x))));
}

export function itemgetter_dealloc(o: PyObject): void {
  Py_DECREF(o.body as PyObject);
  freeObject(o);
}

export function itemgetter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(o.body as PyObject, arg);
}

// CPython: itemgetter_vectorcall, itemgetter_call_impl
export function itemgetter_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  noKeywords(interp, 'itemgetter', kwnames);
  checkPositional(interp, 'itemgetter', args.length - kwCount(kwnames), 1, 1);
  const obj = args[0]!;
  const keys = items(o);
  if (keys.length === 1) return PyObject_GetItem(interp, obj, keys[0]!);
  const out: PyObject[] = [];
  try {
    for (const k of keys) out.push(PyObject_GetItem(interp, obj, k));
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  }
  return tupleFromItemsSteal(interp, out);
}

// CPython: itemgetter_repr
export const itemgetter_repr = (o: PyObject): PyObject => getterRepr(o, o.body as PyObject);

export const itemgetter_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp: Interpreter, self) => getterReduce(interp, self!, Py_NewRef(self!.body as PyObject)),
    doc: 'Return state information for pickling' },
];
