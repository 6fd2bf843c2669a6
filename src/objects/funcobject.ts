// function. CPython: Objects/funcobject.c (_PyFunction_FromConstructor, PyFunction_New,
// func_dealloc, func_repr). The body holds the fields of PyFunctionObject the VM uses.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyMethod_New } from './classobject.ts';
import type { GetSetDef, visitproc } from './typeobject.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import type { PyCodeObject } from './codeobject.ts';
import { unicodeText } from './unicodeobject.ts';
import type { PyTupleObject } from './tupleobject.ts';
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

// CPython: func_dealloc (func_clear, then what func_clear keeps)
export function func_dealloc(o: PyObject): void {
  const b = (o as PyFunctionObject).body;
  func_clear(o);
  Py_DECREF(b.code);
  Py_DECREF(b.name);
  Py_DECREF(b.qualname);
  freeObject(o);
}

// CPython: func_traverse
export function func_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = (o as PyFunctionObject).body;
  visit(b.code, arg);
  if (b.globals !== null) visit(b.globals, arg);
  if (b.builtins !== null) visit(b.builtins, arg);
  if (b.module !== null) visit(b.module, arg);
  if (b.defaults !== null) visit(b.defaults, arg);
  if (b.kwdefaults !== null) visit(b.kwdefaults, arg);
  if (b.doc !== null) visit(b.doc, arg);
  visit(b.name, arg);
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
  if (b.closure !== null) visit(b.closure, arg);
  if (b.annotations !== null) visit(b.annotations, arg);
  visit(b.qualname, arg);
}

/**
 * Drops every field but the code; the name and qualname (which may be str subclasses in a
 * cycle) become the empty string. A cleared function's globals, builtins and doc are null.
 * CPython: func_clear
 */
export function func_clear(o: PyObject): void {
  const b = (o as PyFunctionObject).body;
  Py_CLEAR(b, 'globals');
  Py_CLEAR(b, 'builtins');
  Py_CLEAR(b, 'module');
  Py_CLEAR(b, 'defaults');
  Py_CLEAR(b, 'kwdefaults');
  Py_CLEAR(b, 'doc');
  Py_CLEAR(o, 'ob_dict');
  Py_CLEAR(b, 'closure');
  Py_CLEAR(b, 'annotations');
  const empty = o.ob_type.tp_interp.singletons.emptyStr;
  const name = b.name;
  b.name = Py_NewRef(empty);
  Py_DECREF(name);
  const qualname = b.qualname;
  b.qualname = Py_NewRef(empty);
  Py_DECREF(qualname);
}

/** Calling a function runs its code in a new frame of the eval loop. CPython: _PyFunction_Vectorcall */
export function func_call(f: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  return f.ob_type.tp_interp.evalFunction(f, args, kwnames, null);
}

/** A function found through an instance binds to it. CPython: func_descr_get */
export function func_descr_get(f: PyObject, obj: PyObject | null): PyObject {
  const interp = f.ob_type.tp_interp;
  if (obj === null || obj === interp.singletons.None) return Py_NewRef(f);
  return PyMethod_New(interp, f, obj);
}

type Field = 'name' | 'qualname' | 'doc' | 'defaults' | 'kwdefaults' | 'code' | 'globals' | 'closure' | 'builtins';

function getField(k: Field): GetSetDef['get'] {
  return (interp, o) => Py_NewRef((o as PyFunctionObject).body[k] ?? interp.singletons.None);
}

function setField(k: Field, check: (interp: Interpreter, v: PyObject) => void): NonNullable<GetSetDef['set']> {
  return (interp, o, v) => {
    const b = (o as PyFunctionObject).body as unknown as Record<Field, PyObject | null>;
    if (v !== null) check(interp, v);
    const old = b[k];
    b[k] = v === null || (v === interp.singletons.None && k !== 'doc') ? (k === 'doc' ? Py_NewRef(interp.singletons.None) : null) : Py_NewRef(v);
    Py_XDECREF(old);
  };
}

const mustBeStr = (what: string) => (interp: Interpreter, v: PyObject) => {
  if (!v.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${what} must be set to a string object`);
};
const tupleOrNone = (what: string) => (interp: Interpreter, v: PyObject) => {
  if (v !== interp.singletons.None && !v.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', `${what} must be set to a tuple object`);
};
const dictOrNone = (what: string) => (interp: Interpreter, v: PyObject) => {
  if (v !== interp.singletons.None && !v.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', `${what} must be set to a dict object`);
};

// CPython: func_set_code — the new code must have as many free variables as the closure has cells.
function setCode(interp: Interpreter, o: PyObject, v: PyObject | null): void {
  if (v === null || v.ob_type !== interp.types.code) PyErr_SetString(interp, 'TypeError', '__code__ must be set to a code object');
  const b = (o as PyFunctionObject).body;
  const nfree = (v as PyCodeObject).body.nfreevars;
  const nclosure = b.closure === null ? 0 : (b.closure as PyTupleObject).body.length;
  if (nclosure !== nfree) PyErr_SetString(interp, 'ValueError', `${unicodeText(b.name)}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  const old = b.code;
  b.code = Py_NewRef(v);
  Py_DECREF(old);
}

// CPython: func_getsetlist and func_memberlist
export const FUNC_GETSET: GetSetDef[] = [
  { name: '__code__', get: getField('code'), set: setCode },
  { name: '__defaults__', get: getField('defaults'), set: setField('defaults', tupleOrNone('__defaults__')) },
  { name: '__kwdefaults__', get: getField('kwdefaults'), set: setField('kwdefaults', dictOrNone('__kwdefaults__')) },
  { name: '__name__', get: getField('name'), set: setField('name', mustBeStr('__name__')) },
  { name: '__qualname__', get: getField('qualname'), set: setField('qualname', mustBeStr('__qualname__')) },
  { name: '__doc__', get: getField('doc'), set: setField('doc', () => {}) },
  { name: '__globals__', get: getField('globals') },
  { name: '__builtins__', get: getField('builtins') },
  { name: '__closure__', get: getField('closure') },
  {
    name: '__module__', get: (interp, o) => Py_NewRef((o as PyFunctionObject).body.module ?? interp.singletons.None),
    set: (interp, o, v) => {
      const b = (o as PyFunctionObject).body;
      const old = b.module;
      b.module = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
  { name: '__dict__', get: (interp, o) => Py_NewRef(o.ob_dict ?? (o.ob_dict = PyDict_New(interp))) },
  { name: '__annotations__', get: (interp, o) => Py_NewRef(annotationDict(interp, o as PyFunctionObject)), set: setAnnotations },
];

/**
 * The function's annotations as a dict, made on first use from MAKE_FUNCTION's flat tuple of
 * names and values (or empty). CPython: func_get_annotation_dict
 */
function annotationDict(interp: Interpreter, f: PyFunctionObject): PyObject {
  const b = f.body;
  const ann = b.annotations;
  if (ann !== null && ann.ob_type !== interp.types.tuple) return ann;
  const d = PyDict_New(interp);
  if (ann !== null) {
    const items = ann.body as PyObject[];
    for (let i = 0; i + 1 < items.length; i += 2) PyDict_SetItem(interp, d, items[i]!, items[i + 1]!);
    Py_DECREF(ann);
  }
  b.annotations = d;
  return d;
}

// CPython: func_set_annotations (None or deletion clears them)
function setAnnotations(interp: Interpreter, o: PyObject, v: PyObject | null): void {
  if (v === interp.singletons.None) v = null;
  if (v !== null && !v.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', '__annotations__ must be set to a dict object');
  const b = (o as PyFunctionObject).body;
  const old = b.annotations;
  b.annotations = v === null ? null : Py_NewRef(v);
  Py_XDECREF(old);
}
