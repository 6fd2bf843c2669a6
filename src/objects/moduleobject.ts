// module: a namespace object whose attributes live in its __dict__. CPython:
// Objects/moduleobject.c (PyModule_NewObject, module_init_dict, module_getattro (PEP 562's
// __getattr__), module_repr, module_dealloc).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyObject_GenericGetAttr, raiseAttributeError } from './attributes.ts';
import { PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import { moduleReprFromSpec } from './modulespecobject.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { METH_NOARGS, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { module___dir__ } from './objectdir.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

/** What a module holds besides its dict (ob_dict). */
export interface ModuleBody {
  /** A builtin module (`<module 'sys' (built-in)>`). */
  builtin: boolean;
}

/** sizeof(PyModuleObject) on 64-bit 3.12. */
const SIZEOF_PYMODULEOBJECT = 72;


/** A new module named `name` with __name__, __doc__, __package__, __loader__, __spec__ set. CPython: PyModule_NewObject */
export function PyModule_New(interp: Interpreter, name: PyObject, builtin = false): PyObject {
  const body: ModuleBody = { builtin };
  const m = allocObject(interp, interp.types.module, SIZEOF_PYMODULEOBJECT, 0, body);
  const d = PyDict_New(interp);
  m.ob_dict = d;
  const none = interp.singletons.None;
  PyDict_SetItem(interp, d, internedStr(interp, '__name__'), name);
  PyDict_SetItem(interp, d, internedStr(interp, '__doc__'), none);
  PyDict_SetItem(interp, d, internedStr(interp, '__package__'), none);
  PyDict_SetItem(interp, d, internedStr(interp, '__loader__'), none);
  PyDict_SetItem(interp, d, internedStr(interp, '__spec__'), none);
  return m;
}

/** module.name = value for module set-up code (value stolen). */
export function moduleAdd(interp: Interpreter, m: PyObject, name: string, value: PyObject): void {
  PyDict_SetItem(interp, m.ob_dict!, internedStr(interp, name), value);
  Py_DECREF(value);
}

// CPython: module_dealloc
export function module_dealloc(o: PyObject): void {
  Py_XDECREF(o.ob_dict);
  o.ob_dict = null;
  freeObject(o);
}

// CPython: module_traverse (a module of this kind has no m_traverse of its own)
export function module_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
}

// CPython: module_clear
export function module_clear(o: PyObject): void {
  Py_CLEAR(o, 'ob_dict');
}

function moduleName(interp: Interpreter, o: PyObject): string | null {
  const n = o.ob_dict === null ? null : PyDict_GetItem(interp, o.ob_dict, internedStr(interp, '__name__'));
  return n !== null && n.ob_type.isSubtypeOf(interp.types.str) ? text(n) : null;
}

/** Attributes, then the module's __getattr__ (PEP 562). CPython: _Py_module_getattro_impl */
export function module_getattro(o: PyObject, name: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  try {
    return PyObject_GenericGetAttr(o, name);
  } catch (e) {
    const t = (e as PyObject).ob_type;
    if (t === undefined || !t.isSubtypeOf(excType(interp, 'AttributeError'))) throw e;
    const getattr = o.ob_dict === null ? null : PyDict_GetItem(interp, o.ob_dict, internedStr(interp, '__getattr__'));
    if (getattr !== null) {
      Py_DECREF(e as PyObject);
      return PyObject_Vectorcall(interp, getattr, [name], null);
    }
    Py_DECREF(e as PyObject);
    const mod = moduleName(interp, o);
    if (mod === null) return raiseAttributeError(interp, `module has no attribute '${text(name)}'`, name, o);
    return raiseAttributeError(interp, `module '${mod}' has no attribute '${text(name)}'`, name, o);
  }
}

/** `<module 'x' (built-in)>`, `<module 'x' from 'path'>`, `<module 'x'>`. CPython: module_repr via _PyModuleSpec */
export function module_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const name = moduleName(interp, o) ?? '?';
  if ((o.body as ModuleBody).builtin) return PyUnicode_FromString(interp, `<module '${name}' (built-in)>`);
  const spec = o.ob_dict === null ? null : PyDict_GetItem(interp, o.ob_dict, internedStr(interp, '__spec__'));
  const fromSpec = spec === null ? null : moduleReprFromSpec(interp, spec);
  if (fromSpec !== null) return PyUnicode_FromString(interp, fromSpec);
  const file = o.ob_dict === null ? null : PyDict_GetItem(interp, o.ob_dict, internedStr(interp, '__file__'));
  if (file !== null && file.ob_type.isSubtypeOf(interp.types.str)) return PyUnicode_FromString(interp, `<module '${name}' from '${text(file)}'>`);
  return PyUnicode_FromString(interp, `<module '${name}'>`);
}

/** types.ModuleType(name, doc=None). CPython: module___init___impl */
export function module_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
  if (nkw > 0) PyErr_SetString(interp, 'TypeError', 'module() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) {
    PyErr_SetString(interp, 'TypeError', `module() takes at ${args.length < 1 ? 'least 1' : 'most 2'} argument${args.length < 1 ? '' : 's'} (${args.length} given)`);
  }
  const name = args[0]!;
  if (!name.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `module.__init__() argument 'name' must be str, not ${name.ob_type.tp_name}`);
  const m = PyModule_New(interp, name);
  if (args.length === 2) PyDict_SetItem(interp, m.ob_dict!, internedStr(interp, '__doc__'), args[1]!);
  return m;
}


export const MODULE_METHODS: MethodDef[] = [
  { name: '__dir__', flags: METH_NOARGS, impl: (interp, self) => module___dir__(interp, self!) },
];

export const MODULE_GETSET: GetSetDef[] = [
  { name: '__dict__', get: (interp, o) => Py_NewRef(o.ob_dict ?? (o.ob_dict = PyDict_New(interp))) },
];
