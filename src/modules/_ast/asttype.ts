// ast.AST, the base of every node class: instances keep their fields in a __dict__; the
// constructor fills them from positional arguments (in _fields order) and keywords.
// CPython: Python/Python-ast.c (ast_type_init, ast_type_reduce, ast_dealloc, ast_traverse).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyObject_LookupAttr, PyObject_SetAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New, unicodeEqual } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PySequence_Tuple, tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { unicodeText } from '../../objects/unicodeobject.ts';
import { DICT_GETSET } from '../_io/iobase.ts';
import { allocInstance, kwCount } from '../modsupport.ts';

export const AST_BASICSIZE = 24;

export function ast_new(type: PyTypeObject): PyObject {
  return allocInstance(type.tp_interp, type, type.tp_basicsize, 0, null);
}

export function ast_dealloc(o: PyObject): void {
  Py_XDECREF(o.ob_dict);
  o.ob_dict = null;
  freeObject(o);
}

export function ast_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
}

/** The class's _fields as an array of (borrowed, from the tuple) names; empty when it has none. */
function fieldsOf(interp: Interpreter, type: PyTypeObject): { names: readonly PyObject[]; tuple: PyObject | null } {
  const fields = PyObject_LookupAttr(interp, type, internedStr(interp, '_fields'));
  if (fields === null) return { names: [], tuple: null };
  try {
    const t = PySequence_Tuple(interp, fields);
    return { names: (t as PyTupleObject).body, tuple: t };
  } finally {
    Py_DECREF(fields);
  }
}

// CPython: ast_type_init
export function ast_type_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const type = self.ob_type;
  const interp = type.tp_interp;
  const { names, tuple } = fieldsOf(interp, type);
  try {
    const npos = args.length - kwCount(kwnames);
    if (npos > names.length) {
      PyErr_SetString(interp, 'TypeError', `${type.tp_name.slice(type.tp_name.lastIndexOf('.') + 1)} constructor takes at most ${names.length} positional argument${names.length === 1 ? '' : 's'}`);
    }
    for (let i = 0; i < npos; i++) PyObject_SetAttr(interp, self, names[i]!, args[i]!);
    const kw = kwnames === null ? [] : (kwnames.body as PyObject[]);
    for (let i = 0; i < kw.length; i++) {
      const key = kw[i]!;
      const p = names.findIndex((n) => n === key || unicodeEqual(n, key));
      if (p >= 0 && p < npos) PyErr_SetString(interp, 'TypeError', `${type.tp_name} got multiple values for argument '${unicodeText(key)}'`);
      PyObject_SetAttr(interp, self, key, args[npos + i]!);
    }
  } finally {
    Py_XDECREF(tuple);
  }
}

// CPython: ast_type_reduce — (type, (), __dict__); the dict is made on demand as CPython's managed dict is.
const ast_type_reduce: MethodDef = {
  name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => {
    const o = self!;
    const items: PyObject[] = [Py_NewRef(o.ob_type), tupleFromItemsSteal(interp, [])];
    items.push(Py_NewRef(o.ob_dict ?? (o.ob_dict = PyDict_New(interp))));
    return tupleFromItemsSteal(interp, items);
  },
};

export const AST_METHODS: readonly MethodDef[] = [ast_type_reduce];
export const AST_GETSET = [DICT_GETSET];
