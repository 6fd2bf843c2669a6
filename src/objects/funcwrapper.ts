// What staticmethod and classmethod share: one wrapped callable plus a __dict__ that copies the
// callable's __module__, __name__, __qualname__, __doc__ and __dict__ (as functools.wraps does).
// CPython: Objects/funcobject.c (functools_wraps, cm_init / sm_init, cm_dealloc / sm_dealloc).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { checkPositional, noKeywords } from './args.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_IsTrue, reprText } from './objectops.ts';
import type { GetSetDef, PyTypeObject, visitproc } from './typeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';

export interface WrapperBody {
  /** cm_callable / sm_callable (owned). */
  readonly callable: PyObject;
}

/** sizeof(classmethod) and sizeof(staticmethod) on 64-bit 3.12: header, callable, dict. */
const SIZEOF_WRAPPER = 32;

// CPython: functools_wraps (3.12: __module__, __name__, __qualname__, __doc__ and
// __annotations__, each set on the wrapper when the wrapped object has it; the first one makes
// the wrapper's __dict__)
function copyWrapped(interp: Interpreter, wrapper: PyObject, wrapped: PyObject): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const key = internedStr(interp, name);
    const v = PyObject_LookupAttr(interp, wrapped, key);
    if (v === null) continue;
    if (wrapper.ob_dict === null) wrapper.ob_dict = PyDict_New(interp);
    PyDict_SetItem(interp, wrapper.ob_dict, key, v);
    Py_DECREF(v);
  }
}

/** A new staticmethod or classmethod of `type` wrapping `callable` (borrowed). */
export function newFuncWrapper(interp: Interpreter, type: PyTypeObject, callable: PyObject): PyObject {
  const body: WrapperBody = { callable: Py_NewRef(callable) };
  const o = allocObject(interp, type, SIZEOF_WRAPPER, 0, body);
  copyWrapped(interp, o, callable);
  return o;
}

/** staticmethod(f) / classmethod(f): the constructor's argument checks. CPython: sm_init / cm_init */
export function funcWrapperNew(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null, name: string): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, name, kwnames);
  checkPositional(interp, name, args.length, 1, 1);
  return newFuncWrapper(interp, type, args[0]!);
}

export function funcwrapper_dealloc(o: PyObject): void {
  Py_XDECREF((o.body as WrapperBody).callable);
  Py_XDECREF(o.ob_dict);
  freeObject(o);
}

// CPython: cm_traverse, sm_traverse
export function funcwrapper_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const callable = (o.body as WrapperBody).callable;
  if (callable !== null) visit(callable, arg);
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
}

// CPython: cm_clear, sm_clear
export function funcwrapper_clear(o: PyObject): void {
  Py_CLEAR(o.body as WrapperBody, 'callable');
  Py_CLEAR(o, 'ob_dict');
}

/** `<staticmethod(<function f at 0x...>)>`. CPython: sm_repr / cm_repr */
export function funcwrapper_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, `<${o.ob_type.tp_name}(${reprText(interp, (o.body as WrapperBody).callable)})>`);
}

function isAbstract(interp: Interpreter, o: PyObject): PyObject {
  const v = PyObject_LookupAttr(interp, (o.body as WrapperBody).callable, internedStr(interp, '__isabstractmethod__'));
  if (v === null) return interp.singletons.False;
  const t = PyObject_IsTrue(interp, v);
  Py_DECREF(v);
  return t ? interp.singletons.True : interp.singletons.False;
}

export const FUNCWRAPPER_GETSET: GetSetDef[] = [
  { name: '__func__', get: (_i, o) => Py_NewRef((o.body as WrapperBody).callable) },
  { name: '__wrapped__', get: (_i, o) => Py_NewRef((o.body as WrapperBody).callable) },
  { name: '__isabstractmethod__', get: isAbstract },
  { name: '__dict__', get: (i, o) => Py_NewRef(o.ob_dict ?? (o.ob_dict = PyDict_New(i))) },
];
