// mappingproxy: a read-only view of a mapping (a class's __dict__). CPython:
// Objects/descrobject.c (PyDictProxy_New, mappingproxy_getitem, mappingproxy_repr, ...).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { callMethod } from './call.ts';
import { PyObject_GetItem, PySequence_Contains } from './abstract.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyObject_GetIter, PyObject_Repr, PyObject_RichCompare, PyObject_Size, reprText } from './objectops.ts';
import { METH_FASTCALL, METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { unpackKeywords } from './args_kw.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { checkPositional } from './args.ts';

/** sizeof(mappingproxyobject) on 64-bit 3.12. */
const SIZEOF_MAPPINGPROXY = 24;

/** A read-only view of `mapping` (borrowed). CPython: PyDictProxy_New */
export function PyMappingProxy_New(interp: Interpreter, mapping: PyObject): PyObject {
  return allocObject(interp, interp.types.mappingproxy, SIZEOF_MAPPINGPROXY, 0, Py_NewRef(mapping));
}

const mapping = (o: PyObject) => o.body as PyObject;

export function mappingproxy_dealloc(o: PyObject): void {
  Py_DECREF(mapping(o));
  freeObject(o);
}

export function mappingproxy_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(mapping(o), arg);
}

export function mappingproxy_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, `mappingproxy(${reprText(interp, mapping(o))})`);
}

export function mappingproxy_str(o: PyObject): PyObject {
  return PyObject_Repr(o.ob_type.tp_interp, mapping(o));
}

export const mappingproxy_as_mapping = {
  mp_length: (o: PyObject) => PyObject_Size(o.ob_type.tp_interp, mapping(o)),
  mp_subscript: (o: PyObject, key: PyObject) => PyObject_GetItem(o.ob_type.tp_interp, mapping(o), key),
};

export const mappingproxy_as_sequence = {
  sq_contains: (o: PyObject, key: PyObject) => PySequence_Contains(o.ob_type.tp_interp, mapping(o), key),
};

export function mappingproxy_iter(o: PyObject): PyObject {
  return PyObject_GetIter(o.ob_type.tp_interp, mapping(o));
}

export function mappingproxy_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  return PyObject_RichCompare(a.ob_type.tp_interp, mapping(a), b, op);
}

const delegate = (name: string, flags: number): MethodDef => ({
  name, flags, impl: (interp, self, args) => {
    if (name === 'get') checkPositional(interp, 'get', args.length, 1, 2);
    return callMethod(interp, mapping(self!), name, args);
  },
});

export const MAPPINGPROXY_METHODS: MethodDef[] = [
  delegate('get', METH_FASTCALL), delegate('keys', METH_NOARGS), delegate('values', METH_NOARGS),
  delegate('items', METH_NOARGS), delegate('copy', METH_NOARGS),
];

// CPython: mappingproxy_new — mappingproxy(mapping), of a mapping that is not a list or tuple.
export function mappingproxy_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [mapping] = unpackKeywords(interp, 'mappingproxy', ['mapping'], 0, 1, 1, args, kwnames);
  const t = mapping!.ob_type;
  if (t.tp_as_mapping?.mp_subscript === undefined || t.isSubtypeOf(interp.types.list) || t.isSubtypeOf(interp.types.tuple)) {
    PyErr_SetString(interp, 'TypeError', `mappingproxy() argument must be a mapping, not ${t.tp_name}`);
  }
  return PyMappingProxy_New(interp, mapping!);
}
