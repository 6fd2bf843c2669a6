// collections._tuplegetter, the field descriptors of namedtuple classes. CPython:
// Modules/_collectionsmodule.c (tuplegetter_new_impl, tuplegetter_descr_get,
// tuplegetter_descr_set, tuplegetter_reduce).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, positionalNew, ssizeIndexArg } from '../modsupport.ts';
import { collectionsState } from './state.ts';

interface TupleGetterBody {
  index: number;
  doc: PyObject;
}

// CPython: tuplegetter_new_impl — _tuplegetter(index, doc, /)
export function tuplegetter_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  positionalNew(type, collectionsState(interp)._tuplegetter, '_tuplegetter', args, kwnames, 2, 2);
  const index = ssizeIndexArg(interp, args[0]!);
  return allocInstance(interp, type, 32, 0, { index, doc: Py_NewRef(args[1]!) } satisfies TupleGetterBody);
}

export function tuplegetter_dealloc(o: PyObject): void {
  Py_DECREF((o.body as TupleGetterBody).doc);
  freeObject(o);
}

export function tuplegetter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit((o.body as TupleGetterBody).doc, arg);
}

// CPython: tuplegetter_descr_get
export function tuplegetter_descr_get(self: PyObject, obj: PyObject | null): PyObject {
  const interp = self.ob_type.tp_interp;
  const index = (self.body as TupleGetterBody).index;
  if (obj === null || obj === interp.singletons.None) return Py_NewRef(self);
  if (!obj.ob_type.isSubtypeOf(interp.types.tuple)) {
    PyErr_SetString(interp, 'TypeError', `descriptor for index '${index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`);
  }
  const items = (obj as PyTupleObject).body;
  if (index < 0 || index >= items.length) PyErr_SetString(interp, 'IndexError', 'tuple index out of range');
  return Py_NewRef(items[index]!);
}

// CPython: tuplegetter_descr_set
export function tuplegetter_descr_set(self: PyObject, _obj: PyObject, value: PyObject | null): void {
  PyErr_SetString(self.ob_type.tp_interp, 'AttributeError', value === null ? "can't delete attribute" : "can't set attribute");
}

// CPython: tuplegetter_reduce
function tuplegetter_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = self!.body as TupleGetterBody;
  const args = tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, b.index), Py_NewRef(b.doc)]);
  return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), args]);
}

export const tuplegetter_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: tuplegetter_reduce },
];

export const tuplegetter_getset: readonly GetSetDef[] = [
  {
    name: '__doc__', get: (_interp, o) => Py_NewRef((o.body as TupleGetterBody).doc),
    set: (interp, o, v) => {
      const b = o.body as TupleGetterBody;
      const old = b.doc;
      b.doc = Py_NewRef(v ?? interp.singletons.None);
      Py_DECREF(old);
    },
  },
];
