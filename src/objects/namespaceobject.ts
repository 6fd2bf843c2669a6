// types.SimpleNamespace: attributes in a __dict__, shown as `namespace(a=1, b=2)`. Made on first
// use (sys.implementation is one). CPython: Objects/namespaceobject.c (namespace_repr).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { internedStr } from './codeobject.ts';
import { dictKeys, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { IMMORTAL_REFCNT, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_READY, Py_XDECREF, type PyObject } from './object.ts';
import { Py_ReprEnter, Py_ReprLeave, reprText } from './objectops.ts';
import { PyTypeObject, type visitproc } from './typeobject.ts';
import { PyType_ReadyStatic } from './typeready.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

const FULL_NAME = 'types.SimpleNamespace';

function namespace_dealloc(o: PyObject): void {
  Py_XDECREF(o.ob_dict);
  o.ob_dict = null;
  freeObject(o);
}

function namespace_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
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

function namespaceType(interp: Interpreter): PyTypeObject {
  const known = interp.lazyTypes.get(FULL_NAME);
  if (known !== undefined) return known;
  const type = new PyTypeObject(interp, interp.types.type, {
    name: FULL_NAME, basicsize: 24, flags: (Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE) & ~Py_TPFLAGS_READY,
    dealloc: namespace_dealloc, traverse: namespace_traverse, doc: 'A simple attribute-based namespace.',
  }, interp.staticAddress(416, 16));
  type.ob_refcnt = IMMORTAL_REFCNT;
  type.tp_base = interp.types.object;
  type.tp_hasdict = true;
  type.tp_repr = namespace_repr;
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
