// method: a function bound to an object (`obj.f`). Calling it calls the function with the
// object first. CPython: Objects/classobject.c (PyMethod_New, method_dealloc, method_repr,
// method_richcompare, method_hash, method_vectorcall).
import { trashBegin, trashEnd, TRASH_DEPOSITED, TRASH_ENTERED } from './trashcan.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyObject_Vectorcall } from './call.ts';
import { methodHash, type PyHash } from './hash/index.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyObject_Hash, PyObject_RichCompareBool, reprText } from './objectops.ts';
import { METH_NOARGS, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { reduceToGetattr } from './reduce_util.ts';
import { PyObject_GetAttr } from './attributes.ts';
import { _PyType_Lookup } from './typeready.ts';
import { internedStr } from './codeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

export interface MethodBody {
  /** im_func and im_self (both owned). */
  readonly func: PyObject;
  readonly self: PyObject;
}

/** sizeof(PyMethodObject) on 64-bit 3.12. */
const SIZEOF_PYMETHODOBJECT = 48;

/** A bound method of `func` to `self` (both borrowed). CPython: PyMethod_New */
export function PyMethod_New(interp: Interpreter, func: PyObject, self: PyObject): PyObject {
  const body: MethodBody = { func: Py_NewRef(func), self: Py_NewRef(self) };
  return allocObject(interp, interp.types.method, SIZEOF_PYMETHODOBJECT, 0, body);
}

/** types.MethodType(function, instance). CPython: method_new_impl */
export function method_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', 'method() takes no keyword arguments');
  if (args.length !== 2) PyErr_SetString(interp, 'TypeError', `method expected 2 arguments, got ${args.length}`);
  const [func, self] = args as [PyObject, PyObject];
  if (func.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'first argument must be callable');
  if (self === interp.singletons.None) PyErr_SetString(interp, 'TypeError', 'instance must not be None');
  return PyMethod_New(interp, func, self);
}

// CPython: method_dealloc
export function method_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const trash = trashBegin(o, method_dealloc);
  if (trash === TRASH_DEPOSITED) return;
  const b = o.body as MethodBody;
  Py_DECREF(b.func);
  Py_DECREF(b.self);
  freeObject(o);
  if (trash === TRASH_ENTERED) trashEnd(interp);
}

export function method_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as MethodBody;
  visit(b.func, arg);
  visit(b.self, arg);
}

// CPython: method_vectorcall
export function method_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const b = o.body as MethodBody;
  return PyObject_Vectorcall(o.ob_type.tp_interp, b.func, [b.self, ...args], kwnames);
}


/** `<bound method Q of R>`, Q being the function's __qualname__ (else __name__). CPython: method_repr */
export function method_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as MethodBody;
  let name = '?';
  for (const attr of ['__qualname__', '__name__']) {
    try {
      const v = PyObject_GetAttr(interp, b.func, internedStr(interp, attr));
      try {
        if (v.ob_type.isSubtypeOf(interp.types.str)) name = text(v);
      } finally {
        Py_DECREF(v);
      }
      break;
    } catch (e) {
      if ((e as PyObject).ob_type === undefined) throw e;
      Py_DECREF(e as PyObject);
    }
  }
  return PyUnicode_FromString(interp, `<bound method ${name} of ${reprText(interp, b.self)}>`);
}

// CPython: method_richcompare — equal when the functions are equal and the selves identical.
export function method_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  if ((op !== 2 && op !== 3) || a.ob_type !== interp.types.method || b.ob_type !== interp.types.method) return s.NotImplemented;
  const x = a.body as MethodBody;
  const y = b.body as MethodBody;
  const eq = x.self === y.self && PyObject_RichCompareBool(interp, x.func, y.func, 2);
  return eq === (op === 2) ? s.True : s.False;
}

// CPython: method_hash
export function method_hash(o: PyObject): PyHash {
  const b = o.body as MethodBody;
  return methodHash(b.self.addr, PyObject_Hash(o.ob_type.tp_interp, b.func));
}

// CPython: method_getattro — the method type's own attributes, else the function's.
export function method_getattro(o: PyObject, name: PyObject): PyObject {
  const type = o.ob_type;
  const descr = _PyType_Lookup(type.tp_interp, type, name);
  if (descr !== null) {
    const get = descr.ob_type.tp_descr_get;
    return get !== null ? get(descr, o, type) : Py_NewRef(descr);
  }
  return PyObject_GetAttr(type.tp_interp, (o.body as MethodBody).func, name);
}

/** A bound method pickles as the attribute of its object. CPython: method___reduce___impl */
export const METHOD_METHODS: MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => {
    const m = self!.body as MethodBody;
    return reduceToGetattr(interp, m.self, PyObject_GetAttr(interp, m.func, internedStr(interp, '__name__')));
  } },
];

export const METHOD_GETSET: GetSetDef[] = [
  { name: '__func__', get: (_i, o) => Py_NewRef((o.body as MethodBody).func) },
  { name: '__self__', get: (_i, o) => Py_NewRef((o.body as MethodBody).self) },
  { name: '__doc__', get: (i, o) => PyObject_GetAttr(i, (o.body as MethodBody).func, internedStr(i, '__doc__')) },
  { name: '__name__', get: (i, o) => PyObject_GetAttr(i, (o.body as MethodBody).func, internedStr(i, '__name__')) },
  { name: '__qualname__', get: (i, o) => PyObject_GetAttr(i, (o.body as MethodBody).func, internedStr(i, '__qualname__')) },
  { name: '__module__', get: (i, o) => PyObject_GetAttr(i, (o.body as MethodBody).func, internedStr(i, '__module__')) },
];

