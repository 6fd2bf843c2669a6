// The attributes of `type` that describe a type's C layout and metadata: __flags__,
// __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__, __text_signature__,
// __annotations__, __type_params__, and the methods mro() and __subclasses__().
// CPython: Objects/typeobject.c (type_members, type_get_annotations, type_set_annotations,
// type_get_type_params, type_set_type_params, type_get_text_signature, type_mro_impl,
// type___subclasses___impl, assign_version_tag, type_modified).
import type { Interpreter } from '../runtime/interpreter.ts';
import { textSignatureFromInternalDoc } from './internaldoc.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { STATIC_WEAKLISTOFFSET } from './weaklistoffsets.ts';
import { PyErr_SetString } from './exceptions.ts';
import { _PyList_FromArraySteal } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_NewRef, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_MANAGED_WEAKREF,
  Py_TPFLAGS_READY, Py_TPFLAGS_VALID_VERSION_TAG, type PyObject } from './object.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { METH_NOARGS, type GetSetDef, type MethodDef, type PyTypeObject } from './typeobject.ts';
import { c3Mro } from './typeready.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';

/** CPython's _Py_TPFLAGS_STATIC_BUILTIN (1 << 1), set on the builtin static types. */
const Py_TPFLAGS_STATIC_BUILTIN = 1 << 1;

function isHeap(t: PyTypeObject): boolean {
  return (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0;
}

/**
 * Marks a type (and its bases) as having a valid method-cache version tag, as _PyType_Lookup
 * does on first use; __flags__ shows it. Static builtin types get theirs when initialized.
 * CPython: assign_version_tag
 */
export function assignVersionTag(type: PyTypeObject): boolean {
  if (type.tp_flags & Py_TPFLAGS_VALID_VERSION_TAG) return true;
  if (!(type.tp_flags & Py_TPFLAGS_READY)) return false;
  const bases = type.tp_bases;
  if (bases !== null) for (const b of (bases as PyTupleObject).body) if (!assignVersionTag(b as PyTypeObject)) return false;
  type.tp_flags |= Py_TPFLAGS_VALID_VERSION_TAG;
  return true;
}

/** Invalidates the version tag of a class and of its subclasses that have one. CPython: type_modified (PyType_Modified) */
export function PyType_Modified(type: PyTypeObject): void {
  if (!(type.tp_flags & Py_TPFLAGS_VALID_VERSION_TAG)) return;
  if (type.tp_subclasses !== null) for (const sub of type.tp_subclasses) PyType_Modified(sub);
  if (isHeap(type)) type.tp_flags &= ~Py_TPFLAGS_VALID_VERSION_TAG;
}

// The nonzero tp_dictoffset and tp_weaklistoffset of CPython's builtin static types (64-bit 3.12).
const STATIC_DICTOFFSET: Record<string, number> = { BaseException: 16, classmethod: 24, function: 88, module: 16, staticmethod: 24, type: 264 };

/** The offset the nearest builtin type along tp_base declares (exceptions inherit BaseException's), or undefined. */
function staticOffset(type: PyTypeObject, table: Record<string, number>): number | undefined {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    if (!isHeap(t) && Object.hasOwn(table, t.tp_name)) return table[t.tp_name];
  }
  return undefined;
}

// CPython: tp_dictoffset (-1: the managed dict of 3.12's classes)
function dictOffset(type: PyTypeObject): number {
  if (type.tp_flags & Py_TPFLAGS_MANAGED_DICT) return -1;
  if (!isHeap(type)) return staticOffset(type, STATIC_DICTOFFSET) ?? 0;
  return type.tp_hasdict ? staticOffset(type, STATIC_DICTOFFSET) ?? -1 : 0;
}

// CPython: tp_weaklistoffset (-32: MANAGED_WEAKREF_OFFSET)
function weaklistOffset(type: PyTypeObject): number {
  if (type.tp_flags & Py_TPFLAGS_MANAGED_WEAKREF) return -32;
  if (!isHeap(type)) return STATIC_WEAKLISTOFFSET[type.tp_name] ?? 0;
  return type.tp_hasweaklist ? staticOffset(type, STATIC_WEAKLISTOFFSET) ?? 0 : 0;
}

/** CPython: type.__flags__ (tp_flags with the bits CPython keeps that Glasspy's types do not carry) */
function typeFlags(type: PyTypeObject): number {
  const f = type.tp_flags >>> 0;
  return isHeap(type) ? f : (f | Py_TPFLAGS_STATIC_BUILTIN | Py_TPFLAGS_VALID_VERSION_TAG) >>> 0;
}

function checkSetSpecial(interp: Interpreter, type: PyTypeObject, value: PyObject | null, name: string): asserts value is PyObject {
  if (type.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) PyErr_SetString(interp, 'TypeError', `cannot set '${name}' attribute of immutable type '${type.tp_name}'`);
  if (value === null) PyErr_SetString(interp, 'TypeError', `cannot delete '${name}' attribute of immutable type '${type.tp_name}'`);
}

/** The setter of what CPython declares a read-only member (type_members): "readonly attribute". */
export const readonlyMember: NonNullable<GetSetDef['set']> = (interp) => PyErr_SetString(interp, 'AttributeError', 'readonly attribute');

function member(name: string, f: (t: PyTypeObject) => number): GetSetDef {
  return { name, get: (interp, o) => PyLong_FromNumber(interp, f(o as PyTypeObject)), set: readonlyMember };
}

export const TYPE_LAYOUT_GETSET: GetSetDef[] = [
  member('__basicsize__', (t) => t.tp_basicsize),
  member('__itemsize__', (t) => t.tp_itemsize),
  member('__flags__', typeFlags),
  member('__weakrefoffset__', weaklistOffset),
  member('__dictoffset__', dictOffset),
  {
    // CPython: type_get_text_signature
    name: '__text_signature__', get: (interp, o) => {
      const t = o as PyTypeObject;
      const sig = textSignatureFromInternalDoc(t.tp_name, t.tp_doc ?? undefined);
      return sig === null ? interp.singletons.None : PyUnicode_FromString(interp, sig);
    },
  },
  {
    name: '__annotations__', get: (interp, o) => {
      const t = o as PyTypeObject;
      if (!isHeap(t)) PyErr_SetString(interp, 'AttributeError', `type object '${t.tp_name}' has no attribute '__annotations__'`);
      const key = internedStr(interp, '__annotations__');
      const ann = PyDict_GetItem(interp, t.tp_dict!, key);
      if (ann !== null) {
        const get = ann.ob_type.tp_descr_get;
        return get === null ? Py_NewRef(ann) : get(ann, null, t);
      }
      const d = PyDict_New(interp);
      PyDict_SetItem(interp, t.tp_dict!, key, d);
      PyType_Modified(t);
      return d;
    },
    set: (interp, o, v) => {
      const t = o as PyTypeObject;
      if (t.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) PyErr_SetString(interp, 'TypeError', `cannot set '__annotations__' attribute of immutable type '${t.tp_name}'`);
      const key = internedStr(interp, '__annotations__');
      if (v !== null) PyDict_SetItem(interp, t.tp_dict!, key, v);
      else if (!PyDict_DelItem(interp, t.tp_dict!, key)) PyErr_SetString(interp, 'AttributeError', '__annotations__');
      PyType_Modified(t);
    },
  },
  {
    name: '__type_params__', get: (interp, o) => {
      const p = PyDict_GetItem(interp, (o as PyTypeObject).tp_dict!, internedStr(interp, '__type_params__'));
      return p !== null ? Py_NewRef(p) : Py_NewRef(interp.singletons.emptyTuple);
    },
    set: (interp, o, v) => {
      const t = o as PyTypeObject;
      checkSetSpecial(interp, t, v, '__type_params__');
      PyDict_SetItem(interp, t.tp_dict!, internedStr(interp, '__type_params__'), v);
      PyType_Modified(t);
    },
  },
];

export const TYPE_LAYOUT_METHODS: MethodDef[] = [
  {
    name: 'mro', flags: METH_NOARGS, impl: (interp, self) => {
      const t = self as PyTypeObject;
      const bases = (t.tp_bases as PyTupleObject).body as PyTypeObject[];
      const mro = bases.length === 0 ? [t] : c3Mro(interp, t, bases);
      return _PyList_FromArraySteal(interp, mro.map((x) => Py_NewRef(x)));
    },
  },
  {
    name: '__subclasses__', flags: METH_NOARGS, impl: (interp, self) => {
      const subs = (self as PyTypeObject).tp_subclasses;
      return _PyList_FromArraySteal(interp, subs === null ? [] : [...subs].map((x) => Py_NewRef(x)));
    },
  },
];
