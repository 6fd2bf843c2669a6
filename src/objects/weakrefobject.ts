// weakref.ReferenceType: a reference that does not keep its object alive. Each object's weak
// references live in a list kept beside the object (interp.weakrefLists; CPython keeps it at
// tp_weaklistoffset): the basic ref (no callback, exact type, shared by every ref(obj) call)
// first, then the basic proxy, then the others, newest first. When the object dies they are
// cleared and their callbacks called, newest first. CPython: Objects/weakrefobject.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { PyObject_CallOneArg } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_GenericAlias } from './genericaliasobject.ts';
import type { PyHash } from './hash/index.ts';
import { freeObject } from './alloc.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { deallocHooks, IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_NewRef, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_READY, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_Hash, PyObject_RichCompare, Py_EQ, Py_NE } from './objectops.ts';
import { PyTuple_New } from './tupleobject.ts';
import { METH_CLASS, METH_O, PyTypeObject, type GetSetDef, type MethodDef, type visitproc } from './typeobject.ts';
import { noKeywords } from './args.ts';
import { PyType_ReadyStatic } from './typeready.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

export interface WeakrefBody {
  /** wr_object: the referent, null once it died (CPython points it at None). */
  object: PyObject | null;
  /** wr_callback, null when there is none or after it ran. */
  callback: PyObject | null;
  /** The referent's hash, once computed (CPython: hash, -1 until then). */
  hash: PyHash | null;
}

export interface PyWeakReference extends PyObject {
  body: WeakrefBody;
}

/** sizeof(PyWeakReference) on 64-bit 3.12 (the GC head is the pre-header). */
export const SIZEOF_PYWEAKREFERENCE = 64;

export const REF_TYPE_NAME = 'weakref.ReferenceType';

/** Whether `o`'s type supports weak references. CPython: _PyType_SUPPORTS_WEAKREFS */
export function supportsWeakrefs(o: PyObject): boolean {
  return o.ob_type.tp_hasweaklist;
}

/** The weak references to `o` in list order (the live array: do not keep it). */
export function weakrefList(interp: Interpreter, o: PyObject): PyWeakReference[] | undefined {
  return interp.weakrefLists.get(o);
}

export function isWeakrefType(interp: Interpreter, t: PyTypeObject): boolean {
  const ref = interp.lazyTypes.get(REF_TYPE_NAME);
  return ref !== undefined && t.isSubtypeOf(ref);
}

/** Detaches `ref` from its referent's list and drops its callback. CPython: clear_weakref */
function clearWeakref(interp: Interpreter, ref: PyWeakReference): void {
  const b = ref.body;
  const obj = b.object;
  if (obj !== null) {
    const list = interp.weakrefLists.get(obj);
    if (list !== undefined) {
      const i = list.indexOf(ref);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) interp.weakrefLists.delete(obj);
    }
    b.object = null;
  }
  const cb = b.callback;
  b.callback = null;
  Py_XDECREF(cb);
}

/** Detaches `ref` from its referent, keeping its callback (the collector decides whether to call it). CPython: _PyWeakref_ClearRef */
export function _PyWeakref_ClearRef(interp: Interpreter, ref: PyWeakReference): void {
  const cb = ref.body.callback;
  ref.body.callback = null;
  clearWeakref(interp, ref);
  ref.body.callback = cb;
}

// CPython: weakref_dealloc
function weakref_dealloc(o: PyObject): void {
  clearWeakref(o.ob_type.tp_interp, o as PyWeakReference);
  freeObject(o);
}

// CPython: gc_traverse
function weakref_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const cb = (o as PyWeakReference).body.callback;
  if (cb !== null) visit(cb, arg);
}

/** The reference is cleared (no callback will run). CPython: gc_clear */
function weakref_clear(o: PyObject): void {
  clearWeakref(o.ob_type.tp_interp, o as PyWeakReference);
}

/** The list's basic ref and basic proxy (no callback, exact types), if any. CPython: get_basic_refs */
export function basicRefs(interp: Interpreter, list: readonly PyWeakReference[]): { ref: PyWeakReference | null; proxy: PyWeakReference | null } {
  let ref: PyWeakReference | null = null;
  let proxy: PyWeakReference | null = null;
  let i = 0;
  const refType = interp.lazyTypes.get(REF_TYPE_NAME);
  if (i < list.length && list[i]!.ob_type === refType && list[i]!.body.callback === null) ref = list[i++]!;
  if (i < list.length && list[i]!.body.callback === null && isProxyType(interp, list[i]!.ob_type)) proxy = list[i]!;
  return { ref, proxy };
}

/** Whether `t` is ProxyType or CallableProxyType. */
export function isProxyType(interp: Interpreter, t: PyTypeObject): boolean {
  return t === interp.lazyTypes.get('weakref.ProxyType') || t === interp.lazyTypes.get('weakref.CallableProxyType');
}

/**
 * Adds a new weak reference object to `obj`'s list: basic ones (`basic`: no callback, exact type)
 * at the head, others after the basic ref and proxy. CPython: insert_head, insert_after
 */
export function insertWeakref(interp: Interpreter, obj: PyObject, self: PyWeakReference, basic: 'ref' | 'proxy' | null): void {
  let list = interp.weakrefLists.get(obj);
  if (list === undefined) {
    list = [];
    interp.weakrefLists.set(obj, list);
  }
  if (basic === 'ref') {
    list.unshift(self);
    return;
  }
  const { ref, proxy } = basicRefs(interp, list);
  if (basic === 'proxy') {
    list.splice(ref === null ? 0 : 1, 0, self);
    return;
  }
  const prev = proxy ?? ref;
  list.splice(prev === null ? 0 : list.indexOf(prev) + 1, 0, self);
}

/** A new weak reference object of `type` to `obj` (callback borrowed, null for none). CPython: init_weakref */
export function newWeakref(interp: Interpreter, type: PyTypeObject, obj: PyObject, callback: PyObject | null): PyWeakReference {
  const self = PyType_GenericAlloc(type) as PyWeakReference;
  self.body = { object: obj, callback: callback === null ? null : Py_NewRef(callback), hash: null };
  return self;
}

function cannotCreate(interp: Interpreter, obj: PyObject): never {
  return PyErr_SetString(interp, 'TypeError', `cannot create weak reference to '${obj.ob_type.tp_name}' object`);
}

/** weakref.ref(obj, callback=None): the shared basic ref when there is no callback. CPython: weakref___new__ */
function weakref_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [obj, callback] = unpackArgs(interp, '__new__', args, kwnames);
  return newRefOfType(interp, type, obj, callback);
}

/** weakref.ref(obj, callback) (callback borrowed, null for none): a new reference. CPython: PyWeakref_NewRef */
export function PyWeakref_NewRef(interp: Interpreter, obj: PyObject, callback: PyObject | null): PyObject {
  return newRefOfType(interp, refType(interp), obj, callback);
}

function newRefOfType(interp: Interpreter, type: PyTypeObject, obj: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(obj)) cannotCreate(interp, obj);
  const refType = interp.lazyTypes.get(REF_TYPE_NAME)!;
  const list = interp.weakrefLists.get(obj);
  const basic = callback === null && type === refType;
  if (basic && list !== undefined) {
    const { ref } = basicRefs(interp, list);
    if (ref !== null) return Py_NewRef(ref);
  }
  const self = newWeakref(interp, type, obj, callback);
  insertWeakref(interp, obj, self, basic ? 'ref' : null);
  return self;
}

/** (ob, callback) as ref's __new__ and __init__ take them (keywords are ignored, for subclasses). CPython: parse_weakref_init_args */
function unpackArgs(interp: Interpreter, fname: string, args: readonly PyObject[], kwnames: PyObject | null): [PyObject, PyObject | null] {
  const n = args.length - (kwnames === null ? 0 : (kwnames.body as PyObject[]).length);
  if (n < 1) PyErr_SetString(interp, 'TypeError', `${fname} expected at least 1 argument, got ${n}`);
  if (n > 2) PyErr_SetString(interp, 'TypeError', `${fname} expected at most 2 arguments, got ${n}`);
  const cb = n === 2 ? args[1]! : null;
  return [args[0]!, cb === interp.singletons.None ? null : cb];
}

// CPython: weakref___init__ (only checks the arguments)
function weakref_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  noKeywords(self.ob_type.tp_interp, 'ref', kwnames);
  unpackArgs(self.ob_type.tp_interp, '__init__', args, kwnames);
}

/** Calling a ref: its object, or None once it died. CPython: weakref_vectorcall */
function weakref_call(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = self.ob_type.tp_interp;
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', 'weakref() takes no keyword arguments');
  if (args.length !== 0) PyErr_SetString(interp, 'TypeError', `weakref expected 0 arguments, got ${args.length}`);
  return Py_NewRef((self as PyWeakReference).body.object ?? interp.singletons.None);
}

// CPython: weakref_hash
function weakref_hash(self: PyObject): PyHash {
  const b = (self as PyWeakReference).body;
  if (b.hash !== null) return b.hash;
  const interp = self.ob_type.tp_interp;
  const obj = b.object;
  if (obj === null) PyErr_SetString(interp, 'TypeError', 'weak object has gone away');
  Py_INCREF(obj);
  try {
    b.hash = PyObject_Hash(interp, obj);
  } finally {
    Py_DECREF(obj);
  }
  return b.hash;
}

// CPython: weakref_repr
function weakref_repr(self: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  const obj = (self as PyWeakReference).body.object;
  const at = `0x${self.addr.toString(16)}`;
  if (obj === null) return PyUnicode_FromString(interp, `<weakref at ${at}; dead>`);
  Py_INCREF(obj);
  try {
    const name = PyObject_LookupAttr(interp, obj, internedStr(interp, '__name__'));
    const head = `<weakref at ${at}; to '${obj.ob_type.tp_name}' at 0x${obj.addr.toString(16)}`;
    if (name === null) return PyUnicode_FromString(interp, `${head}>`);
    try {
      return PyUnicode_FromString(interp, name.ob_type.isSubtypeOf(interp.types.str) ? `${head} (${unicodeText(name)})>` : `${head}>`);
    } finally {
      Py_DECREF(name);
    }
  } finally {
    Py_DECREF(obj);
  }
}

/** == and != between refs: their objects while both live, else identity. CPython: weakref_richcompare */
function weakref_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if ((op !== Py_EQ && op !== Py_NE) || !isWeakrefType(interp, a.ob_type) || !isWeakrefType(interp, b.ob_type)) {
    return interp.singletons.NotImplemented;
  }
  const x = (a as PyWeakReference).body.object;
  const y = (b as PyWeakReference).body.object;
  if (x === null || y === null) {
    const same = a === b;
    return (op === Py_EQ ? same : !same) ? interp.singletons.True : interp.singletons.False;
  }
  Py_INCREF(x);
  Py_INCREF(y);
  try {
    return PyObject_RichCompare(interp, x, y, op);
  } finally {
    Py_DECREF(x);
    Py_DECREF(y);
  }
}

const WEAKREF_GETSET: GetSetDef[] = [
  { name: '__callback__', get: (interp, o) => Py_NewRef((o as PyWeakReference).body.callback ?? interp.singletons.None) },
];

/** A weakref module type, made on first use. */
export function weakrefType(interp: Interpreter, name: string, make: (type: PyTypeObject) => void, basetype: boolean, methods: MethodDef[] = []): PyTypeObject {
  const known = interp.lazyTypes.get(name);
  if (known !== undefined) return known;
  const type = new PyTypeObject(interp, interp.types.type, {
    name, basicsize: SIZEOF_PYWEAKREFERENCE,
    flags: (Py_TPFLAGS_HAVE_GC | (basetype ? Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL : 0)) & ~Py_TPFLAGS_READY,
    dealloc: weakref_dealloc, traverse: weakref_traverse, clear: weakref_clear,
    getset: basetype ? WEAKREF_GETSET : [],
    methods: basetype ? [{ name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias }] : methods,
  }, interp.staticAddress(416, 16));
  type.ob_refcnt = IMMORTAL_REFCNT;
  type.tp_base = interp.types.object;
  make(type);
  PyType_ReadyStatic(interp, type);
  interp.lazyTypes.set(name, type);
  return type;
}

/** weakref.ReferenceType. */
export function refType(interp: Interpreter): PyTypeObject {
  return weakrefType(interp, REF_TYPE_NAME, (t) => {
    t.tp_new = weakref_new;
    t.tp_init = weakref_init;
    t.tp_call = weakref_call;
    t.tp_hash = weakref_hash;
    t.tp_repr = weakref_repr;
    t.tp_richcompare = weakref_richcompare;
  }, true);
}

/**
 * Clears the weak references to `o`, which is being deallocated, and calls their callbacks
 * (newest first) with the cleared refs; a failing callback is reported as unraisable.
 * CPython: PyObject_ClearWeakRefs
 */
export function PyObject_ClearWeakRefs(interp: Interpreter, o: PyObject): void {
  const list = interp.weakrefLists.get(o);
  if (list === undefined) return;
  interp.weakrefLists.delete(o);
  const refs = list.slice();
  if (refs.length === 1) {
    const ref = refs[0]!;
    const cb = ref.body.callback;
    ref.body.callback = null;
    ref.body.object = null;
    if (cb !== null) {
      if (ref.ob_refcnt > 0) handleCallback(interp, ref, cb);
      Py_DECREF(cb);
    }
    return;
  }
  // CPython gathers (ref, callback) pairs in a tuple (which owns them) before calling any callback.
  const tuple = PyTuple_New(interp, refs.length * 2);
  const items = tuple.body;
  const None = interp.singletons.None;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const cb = ref.body.callback;
    ref.body.callback = null;
    ref.body.object = null;
    items[i * 2] = Py_NewRef(ref);
    items[i * 2 + 1] = cb ?? Py_NewRef(None);
  }
  for (let i = 0; i < refs.length; i++) {
    const cb = items[i * 2 + 1]!;
    if (cb !== None) handleCallback(interp, items[i * 2]!, cb);
  }
  Py_DECREF(tuple);
}

// CPython: handle_callback
function handleCallback(interp: Interpreter, ref: PyObject, callback: PyObject): void {
  try {
    Py_DECREF(PyObject_CallOneArg(interp, callback, ref));
  } catch (e) {
    if ((e as PyObject).ob_type === undefined) throw e;
    interp.writeUnraisable(e as PyObject, callback);
  }
}

/** Clears `o`'s weak references without calling callbacks (refs made by a finalizer). CPython: _PyWeakref_ClearWeakRefsNoCallbacks */
export function clearWeakRefsNoCallbacks(interp: Interpreter, o: PyObject): void {
  const list = interp.weakrefLists.get(o);
  if (list === undefined) return;
  for (const ref of list.slice()) clearWeakref(interp, ref);
}

deallocHooks.clearWeakRefs = PyObject_ClearWeakRefs;
