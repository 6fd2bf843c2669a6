// function. CPython: Objects/funcobject.c (_PyFunction_FromConstructor, PyFunction_New,
// func_dealloc, func_repr). The body holds the fields of PyFunctionObject the VM uses.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyDict_GetItem } from './dictobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import type { PyCodeObject } from './codeobject.ts';
import { internedStr } from './codeobject.ts';

export interface FunctionBody {
  code: PyObject;
  globals: PyObject;
  builtins: PyObject;
  name: PyObject;
  qualname: PyObject;
  /** A tuple, or null (func_defaults). */
  defaults: PyObject | null;
  /** A dict, or null (func_kwdefaults). */
  kwdefaults: PyObject | null;
  closure: PyObject | null;
  /** func_annotations (a tuple of name, value pairs as MAKE_FUNCTION receives it), or null. */
  annotations: PyObject | null;
  doc: PyObject;
  module: PyObject | null;
}

export interface PyFunctionObject extends PyObject {
  body: FunctionBody;
}

/** sizeof(PyFunctionObject) on 64-bit 3.12 (the GC head is the type's pre-header). */
const SIZEOF_PYFUNCTIONOBJECT = 144;

/**
 * A new function for `code` (borrowed) in `globals` (borrowed). The builtins are the globals'
 * "__builtins__" when it is a dict, else the interpreter's builtins. __module__ is
 * globals["__name__"]; __doc__ is co_consts[0] when it is a str, else None (3.12 does not look
 * at CO_HAS_DOCSTRING, which came in 3.13). CPython: PyFunction_NewWithQualName
 */
export function PyFunction_New(interp: Interpreter, code: PyObject, globals: PyObject): PyObject {
  const cb = (code as PyCodeObject).body;
  const bName = PyDict_GetItem(interp, globals, internedStr(interp, '__builtins__'));
  const builtins = bName !== null && bName.ob_type === interp.types.dict ? bName : interp.builtinsDict;
  const moduleName = PyDict_GetItem(interp, globals, internedStr(interp, '__name__'));
  const first = cb.consts.length > 0 ? cb.consts[0]! : null;
  const doc = first !== null && first.ob_type === interp.types.str ? first : interp.singletons.None;
  const body: FunctionBody = {
    code: Py_NewRef(code),
    globals: Py_NewRef(globals),
    builtins: Py_NewRef(builtins),
    name: Py_NewRef(cb.name),
    qualname: Py_NewRef(cb.qualname),
    defaults: null,
    kwdefaults: null,
    closure: null,
    annotations: null,
    doc: Py_NewRef(doc),
    module: moduleName === null ? null : Py_NewRef(moduleName),
  };
  return allocObject(interp, interp.types.function, SIZEOF_PYFUNCTIONOBJECT, 0, body);
}

// CPython: func_dealloc / func_clear (the order of func_clear's Py_CLEARs)
export function func_dealloc(o: PyObject): void {
  const b = (o as PyFunctionObject).body;
  Py_DECREF(b.globals);
  Py_DECREF(b.builtins);
  Py_XDECREF(b.module);
  Py_XDECREF(b.defaults);
  Py_XDECREF(b.kwdefaults);
  Py_DECREF(b.doc);
  Py_XDECREF(b.closure);
  Py_XDECREF(b.annotations);
  Py_DECREF(b.name);
  Py_DECREF(b.qualname);
  Py_DECREF(b.code);
  freeObject(o);
}
