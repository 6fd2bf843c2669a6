// types.SimpleNamespace: attributes in a __dict__, shown as `namespace(a=1, b=2)`. Made on first
// use (sys.implementation is one). CPython: Objects/namespaceobject.c (namespace_repr).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { internedStr } from './codeobject.ts';
import { dictKeys, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { IMMORTAL_REFCNT, Py_CLEAR, Py_NewRef, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_READY, Py_XDECREF, type PyObject } from './object.ts';
import { Py_EQ, Py_NE, Py_ReprEnter, Py_ReprLeave, PyObject_RichCompare, reprText } from './objectops.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { PyObject_HashNotImplemented } from './typeslots.ts';
import { METH_NOARGS, PyTypeObject, type MethodDef, type visitproc } from './typeobject.ts';
import { PyType_ReadyStatic } from './typeready.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

const FULL_NAME = 'types.SimpleNamespace';

function namespace_dealloc(o: PyObject): void {
  Py_XDECREF(o.ob_dict);
  o.ob_dict = null;
  freeObject(o);
}

// CPython: namespace_traverse
function namespace_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
}

// CPython: namespace_clear
function namespace_clear(o: PyObject): void {
  Py_CLEAR(o, 'ob_dict');
}

// CPython: namespace_repr (the name is 'namespace' for SimpleNamespace itself)
function namespace_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const name = o.ob_type.tp_name === FULL_NAME ? 'namespace' : o.ob_type.tp_name;
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, `${name}(...)`);
  try {
    const d = o.ob_dict;
    const parts: string[] = [];
    if (d !== null) {
      for (const k of dictKeys(d)) {
        if (!k.ob_type.isSubtypeOf(interp.types.str)) continue;
        const v = PyDict_GetItem(interp, d, k);
        if (v !== null) parts.push(`${unicodeText(k)}=${reprText(interp, v)}`);
      }
    }
    return PyUnicode_FromString(interp, `${name}(${parts.join(', ')})`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: namespace_new — an empty __dict__, whatever the arguments (namespace_init takes them).
function namespace_new(type: PyTypeObject): PyObject {
  const o = PyType_GenericAlloc(type);
  o.ob_dict = PyDict_New(type.tp_interp);
  return o;
}

// CPython: namespace_init — keyword arguments only, each an attribute.
function namespace_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const names = kwnames === null ? [] : (kwnames.body as PyObject[]);
  if (args.length > names.length) PyErr_SetString(interp, 'TypeError', 'no positional arguments expected');
  const npos = args.length - names.length;
  names.forEach((k, i) => PyDict_SetItem(interp, self.ob_dict!, k, args[npos + i]!));
}

// CPython: namespace_richcompare — namespaces are equal when their dicts are.
function namespace_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const type = namespaceType(interp);
  if (a.ob_type.isSubtypeOf(type) && b.ob_type.isSubtypeOf(type) && (op === Py_EQ || op === Py_NE)) {
    return PyObject_RichCompare(interp, a.ob_dict!, b.ob_dict!, op);
  }
  return Py_NewRef(interp.singletons.NotImplemented);
}

const NAMESPACE_METHODS: MethodDef[] = [
  // CPython: namespace_reduce — (type, (), __dict__)
  {
    name: '__reduce__', flags: METH_NOARGS, doc: 'Return state information for pickling',
    impl: (interp, self) => tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), tupleFromItemsSteal(interp, []), Py_NewRef(self!.ob_dict!)]),
  },
];

function namespaceType(interp: Interpreter): PyTypeObject {
  const known = interp.lazyTypes.get(FULL_NAME);
  if (known !== undefined) return known;
  const type = new PyTypeObject(interp, interp.types.type, {
    name: FULL_NAME, basicsize: 24, flags: (Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE) & ~Py_TPFLAGS_READY,
    dealloc: namespace_dealloc, traverse: namespace_traverse, clear: namespace_clear, methods: NAMESPACE_METHODS,
    getset: [{ name: '__dict__', member: true, get: (_i, o) => Py_NewRef(o.ob_dict!) }],
    doc: 'A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)',
  }, interp.staticAddress(416, 16));
  type.ob_refcnt = IMMORTAL_REFCNT;
  type.tp_base = interp.types.object;
  type.tp_hasdict = true;
  type.tp_repr = namespace_repr;
  type.tp_new = namespace_new;
  type.tp_init = namespace_init;
  type.tp_richcompare = namespace_richcompare;
  type.tp_hash = PyObject_HashNotImplemented;
  PyType_ReadyStatic(interp, type);
  interp.lazyTypes.set(FULL_NAME, type);
  return type;
}

/** A SimpleNamespace with these attributes (values borrowed), in this order. */
export function namespaceNew(interp: Interpreter, attrs: readonly [string, PyObject][]): PyObject {
  const o = allocObject(interp, namespaceType(interp), 24, 0, null);
  const d = PyDict_New(interp);
  o.ob_dict = d;
  for (const [k, v] of attrs) PyDict_SetItem(interp, d, internedStr(interp, k), v);
  return o;
}
