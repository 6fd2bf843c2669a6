// The descriptors that builtin types put in their dicts: method_descriptor,
// classmethod_descriptor, getset_descriptor, member_descriptor, wrapper_descriptor (slot
// wrappers) and method-wrapper (a slot wrapper bound to an object). They share one body and one
// set of helpers, as they share PyDescr_COMMON in CPython. CPython: Objects/descrobject.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { withArgsTuple } from './call_args.ts';
import { allocObject, freeObject } from './alloc.ts';
import { noKeywords } from './args.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyCFunction_New, type BuiltinImpl } from './methodobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_TPFLAGS_HEAPTYPE, Py_XDECREF, type PyObject } from './object.ts';
import { docOrOwn, referenceMemberDoc } from './docstrings.ts';
import { docFromInternalDoc, textSignatureFromInternalDoc } from './internaldoc.ts';
import {
  METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, METH_VARARGS, PyTypeObject, type GetSetDef, type MethodDef, type visitproc,
} from './typeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

/**
 * A slot wrapper's code: calls the slot of `self`'s type with the Python-level arguments.
 * CPython: wrapperfunc (wrap_binaryfunc_l, wrap_richcmpfunc, ...)
 */
export type SlotWrapperImpl = (interp: Interpreter, self: PyObject, args: readonly PyObject[], kwnames: PyObject | null, name: string, type: PyTypeObject) => PyObject;

export interface DescrBody {
  /** d_type: the type that defines the attribute (owned). */
  readonly type: PyTypeObject;
  /** d_name (owned). */
  readonly name: PyObject;
  readonly nameText: string;
  /** method_descriptor / classmethod_descriptor: the checked implementation. */
  readonly method: BuiltinImpl | null;
  readonly getset: GetSetDef | null;
  /** member_descriptor: the index in ob_slots. */
  readonly slot: number;
  readonly wrapper: SlotWrapperImpl | null;
  /** The MethodDef's own doc (a getset's is in `getset`). */
  readonly doc?: string;
}

export interface PyDescrObject extends PyObject {
  body: DescrBody;
}

/** method-wrapper: a slot wrapper and the object it is bound to (both owned). */
export interface MethodWrapperBody {
  readonly descr: PyObject;
  readonly self: PyObject;
}

// sizeof of each descriptor struct on 64-bit 3.12.
const SIZEOF_METHODDESCR = 56;
const SIZEOF_GETSETDESCR = 48;
const SIZEOF_MEMBERDESCR = 48;
const SIZEOF_WRAPPERDESCR = 56;
const SIZEOF_METHODWRAPPER = 32;


/**
 * The implementation of a MethodDef with its calling convention checked, naming the method
 * `qualname()` in errors as CPython's method_vectorcall_* functions do.
 */
export function checkedMethod(def: MethodDef): BuiltinImpl {
  const impl = def.impl;
  const conv = def.flags & (METH_NOARGS | METH_O | METH_FASTCALL | METH_KEYWORDS);
  // CPython names the method after self's type at call time (meth_get__qualname__).
  const qualname = (self: PyObject | null) => (self === null ? def.name : `${typeQualname(self instanceof PyTypeObject ? self : self.ob_type)}.${def.name}`);
  if (conv === METH_NOARGS) {
    return (interp, self, args, kwnames) => {
      if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) noKeywords(interp, qualname(self), kwnames);
      if (args.length !== 0) PyErr_SetString(interp, 'TypeError', `${qualname(self)}() takes no arguments (${args.length} given)`);
      return impl(interp, self, args, null);
    };
  }
  if (conv === METH_O) {
    return (interp, self, args, kwnames) => {
      if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) noKeywords(interp, qualname(self), kwnames);
      if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `${qualname(self)}() takes exactly one argument (${args.length} given)`);
      return impl(interp, self, args, null);
    };
  }
  if (conv === METH_FASTCALL) {
    return (interp, self, args, kwnames) => {
      if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) noKeywords(interp, qualname(self), kwnames);
      return impl(interp, self, args, null);
    };
  }
  // METH_VARARGS: the implementation reads the vectorcall arguments, but the args tuple (and
  // keyword dict) CPython builds for it is made too. CPython: method_vectorcall_VARARGS(_KEYWORDS)
  if (def.flags & METH_VARARGS) {
    if (conv === METH_KEYWORDS) return withArgsTuple(impl);
    const tupled = withArgsTuple(impl, false);
    return (interp, self, args, kwnames) => {
      if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) noKeywords(interp, qualname(self), kwnames);
      return tupled(interp, self, args, null);
    };
  }
  return impl;
}

/** A type's __qualname__ as a JS string (a builtin type's tp_name after its module). CPython: type_qualname, _PyType_Name */
export function typeQualname(t: PyTypeObject): string {
  return t.ht_qualname === null ? t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1) : text(t.ht_qualname);
}

function newDescr(interp: Interpreter, dtype: PyTypeObject, size: number, type: PyTypeObject, name: string, rest: Partial<DescrBody>): PyObject {
  const body: DescrBody = {
    type, name: PyUnicode_FromString(interp, name), nameText: name, method: null, getset: null, slot: -1, wrapper: null, ...rest,
  };
  Py_INCREF(type);
  return allocObject(interp, dtype, size, 0, body);
}

/** A method_descriptor (or classmethod_descriptor for METH_CLASS). CPython: PyDescr_NewMethod / PyDescr_NewClassMethod */
export function PyDescr_NewMethod(interp: Interpreter, type: PyTypeObject, def: MethodDef): PyObject {
  const method = checkedMethod(def);
  const dtype = def.flags & METH_CLASS ? interp.types.classmethod_descriptor : interp.types.method_descriptor;
  return newDescr(interp, dtype, SIZEOF_METHODDESCR, type, def.name, def.doc === undefined ? { method } : { method, doc: def.doc });
}

// CPython: PyDescr_NewGetSet (PyDescr_NewMember for a GetSetDef standing for a READONLY member)
export function PyDescr_NewGetSet(interp: Interpreter, type: PyTypeObject, def: GetSetDef): PyObject {
  if (def.member === true) return newDescr(interp, interp.types.member_descriptor, SIZEOF_MEMBERDESCR, type, def.name, { getset: def });
  return newDescr(interp, interp.types.getset_descriptor, SIZEOF_GETSETDESCR, type, def.name, { getset: def });
}

/** A member_descriptor for the __slots__ entry at `slot`. CPython: PyDescr_NewMember */
export function PyDescr_NewMember(interp: Interpreter, type: PyTypeObject, name: string, slot: number): PyObject {
  return newDescr(interp, interp.types.member_descriptor, SIZEOF_MEMBERDESCR, type, name, { slot });
}

// CPython: PyDescr_NewWrapper
export function PyDescr_NewWrapper(interp: Interpreter, type: PyTypeObject, name: string, wrapper: SlotWrapperImpl): PyObject {
  return newDescr(interp, interp.types.wrapper_descriptor, SIZEOF_WRAPPERDESCR, type, name, { wrapper });
}

// CPython: descr_dealloc
export function descr_dealloc(o: PyObject): void {
  const b = (o as PyDescrObject).body;
  Py_DECREF(b.type);
  Py_DECREF(b.name);
  freeObject(o);
}

export function descr_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit((o as PyDescrObject).body.type, arg);
}

/** `descriptor 'x' for 'T' objects doesn't apply to a 'U' object`. CPython: descr_check */
function descrCheck(interp: Interpreter, d: DescrBody, obj: PyObject): void {
  if (!obj.ob_type.isSubtypeOf(d.type)) {
    PyErr_SetString(interp, 'TypeError', `descriptor '${d.nameText}' for '${d.type.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
}

function isNone(interp: Interpreter, o: PyObject | null): o is null {
  return o === null || o === interp.singletons.None;
}

// CPython: method_get — binding makes a builtin method with the object as __self__.
function method_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  if (obj === null) return Py_NewRef(descr);
  descrCheck(interp, d, obj);
  return PyCFunction_New(interp, d.nameText, d.method!, Py_NewRef(obj), d.doc, d.type.tp_name);
}

// CPython: classmethod_get
function classmethod_get(descr: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  const t = isNone(interp, type) ? obj!.ob_type : type;
  if (!(t instanceof PyTypeObject) || !t.isSubtypeOf(d.type)) {
    PyErr_SetString(interp, 'TypeError', `descriptor '${d.nameText}' for type '${d.type.tp_name}' needs a subtype of '${d.type.tp_name}', not a '${(t as PyObject).ob_type.tp_name}'`);
  }
  return PyCFunction_New(interp, d.nameText, d.method!, Py_NewRef(t), d.doc, d.type.tp_name);
}

/** Calling the unbound descriptor: the first argument is self. CPython: method_vectorcall_* via descr_check */
function method_call(descr: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  const nkw = kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
  if (args.length - nkw < 1) PyErr_SetString(interp, 'TypeError', `unbound method ${d.type.tp_name}.${d.nameText}() needs an argument`);
  descrCheck(interp, d, args[0]!);
  return d.method!(interp, args[0]!, args.slice(1), kwnames);
}

// CPython: classmethoddescr_call
function classmethod_call(descr: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  if (args.length < 1) PyErr_SetString(interp, 'TypeError', `descriptor '${d.nameText}' of '${d.type.tp_name}' object needs an argument`);
  const t = args[0]!;
  if (!(t instanceof PyTypeObject)) {
    PyErr_SetString(interp, 'TypeError', `descriptor '${d.nameText}' for type '${d.type.tp_name}' needs a type, not a '${t.ob_type.tp_name}' as arg 2`);
  }
  return d.method!(interp, t, args.slice(1), kwnames);
}

// CPython: getset_get
function getset_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  if (obj === null) return Py_NewRef(descr);
  descrCheck(interp, d, obj);
  return d.getset!.get(interp, obj);
}

// CPython: getset_set
function getset_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  descrCheck(interp, d, obj);
  const set = d.getset!.set;
  if (set === undefined) PyErr_SetString(interp, 'AttributeError', `attribute '${d.nameText}' of '${d.type.tp_name}' objects is not writable`);
  set(interp, obj, value);
}

// CPython: member_get (T_OBJECT_EX)
function member_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  if (obj === null) return Py_NewRef(descr);
  descrCheck(interp, d, obj);
  if (d.getset !== null) return d.getset.get(interp, obj);
  const v = obj.ob_slots === null ? null : obj.ob_slots[d.slot] ?? null;
  if (v === null) PyErr_SetString(interp, 'AttributeError', `'${obj.ob_type.tp_name}' object has no attribute '${d.nameText}'`);
  return Py_NewRef(v);
}

// CPython: member_set
function member_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  descrCheck(interp, d, obj);
  if (d.getset !== null) PyErr_SetString(interp, 'AttributeError', 'readonly attribute');
  const slots = obj.ob_slots!;
  const old = slots[d.slot] ?? null;
  if (value === null && old === null) PyErr_SetString(interp, 'AttributeError', `'${obj.ob_type.tp_name}' object has no attribute '${d.nameText}'`);
  slots[d.slot] = value === null ? null : Py_NewRef(value);
  Py_XDECREF(old);
}

// CPython: wrapperdescr_get
function wrapper_get(descr: PyObject, obj: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  if (obj === null) return Py_NewRef(descr);
  descrCheck(interp, d, obj);
  return PyWrapper_New(interp, descr, obj);
}

// CPython: wrapperdescr_call
function wrapper_call(descr: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const d = (descr as PyDescrObject).body;
  const interp = descr.ob_type.tp_interp;
  const nkw = kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
  if (args.length - nkw < 1) {
    PyErr_SetString(interp, 'TypeError', `descriptor '${d.nameText}' of '${d.type.tp_name}' object needs an argument`);
  }
  const self = args[0]!;
  if (!self.ob_type.isSubtypeOf(d.type)) {
    PyErr_SetString(interp, 'TypeError', `descriptor '${d.nameText}' requires a '${d.type.tp_name}' object but received a '${self.ob_type.tp_name}'`);
  }
  return d.wrapper!(interp, self, args.slice(1), kwnames, d.nameText, d.type);
}

/** A slot wrapper bound to `self` (both borrowed). CPython: PyWrapper_New */
export function PyWrapper_New(interp: Interpreter, descr: PyObject, self: PyObject): PyObject {
  Py_INCREF(descr);
  Py_INCREF(self);
  const body: MethodWrapperBody = { descr, self };
  return allocObject(interp, interp.types.method_wrapper, SIZEOF_METHODWRAPPER, 0, body);
}

// CPython: wrapper_dealloc
export function methodwrapper_dealloc(o: PyObject): void {
  const b = o.body as MethodWrapperBody;
  Py_DECREF(b.descr);
  Py_DECREF(b.self);
  freeObject(o);
}

export function methodwrapper_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as MethodWrapperBody;
  visit(b.descr, arg);
  visit(b.self, arg);
}

// CPython: wrapper_call
function methodwrapper_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const b = o.body as MethodWrapperBody;
  const d = (b.descr as PyDescrObject).body;
  return d.wrapper!(o.ob_type.tp_interp, b.self, args, kwnames, d.nameText, d.type);
}

function hexAddr(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

// CPython: method_repr, getset_repr, member_repr, wrapperdescr_repr, wrapper_repr
function descr_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const t = interp.types;
  if (o.ob_type === t.method_wrapper) {
    const b = o.body as MethodWrapperBody;
    const name = (b.descr as PyDescrObject).body.nameText;
    return PyUnicode_FromString(interp, `<method-wrapper '${name}' of ${b.self.ob_type.tp_name} object at ${hexAddr(b.self)}>`);
  }
  const d = (o as PyDescrObject).body;
  const kind = o.ob_type === t.getset_descriptor ? 'attribute' : o.ob_type === t.member_descriptor ? 'member'
    : o.ob_type === t.wrapper_descriptor ? 'slot wrapper' : 'method';
  return PyUnicode_FromString(interp, `<${kind} '${d.nameText}' of '${d.type.tp_name}' objects>`);
}

function descrName(interp: Interpreter, o: PyObject): PyObject {
  return Py_NewRef((o as PyDescrObject).body.name);
}

function descrQualname(interp: Interpreter, o: PyObject): PyObject {
  const d = (o as PyDescrObject).body;
  return PyUnicode_FromString(interp, `${d.type.tp_name}.${d.nameText}`);
}

/**
 * A descriptor's internal docstring: CPython's (src/objects/docstrings.ts) for the attributes of
 * the builtin and C-module types, else the definition's own; a __slots__ member has none.
 */
function descrRawDoc(d: DescrBody): string | undefined {
  if (d.slot >= 0) return undefined;
  const own = d.getset?.doc ?? d.doc;
  if (d.type.tp_flags & Py_TPFLAGS_HEAPTYPE) return own;
  return docOrOwn(referenceMemberDoc(d.type.tp_name, d.nameText), own);
}

function strOrNone(interp: Interpreter, s: string | null | undefined): PyObject {
  return s === null || s === undefined ? interp.singletons.None : PyUnicode_FromString(interp, s);
}

// CPython: method_get_doc, wrapperdescr_get_doc (the doc after the text signature)
function descrDoc(interp: Interpreter, o: PyObject): PyObject {
  const d = (o as PyDescrObject).body;
  return strOrNone(interp, docFromInternalDoc(d.nameText, descrRawDoc(d)));
}

// CPython: method_get_text_signature, wrapperdescr_get_text_signature
function descrTextSignature(interp: Interpreter, o: PyObject): PyObject {
  const d = (o as PyDescrObject).body;
  return strOrNone(interp, textSignatureFromInternalDoc(d.nameText, descrRawDoc(d)));
}

/** The attributes getset and member descriptors share. CPython: getset_getset, member_getset (and their members) */
const DESCR_GETSET: GetSetDef[] = [
  { name: '__name__', get: descrName },
  { name: '__qualname__', get: descrQualname },
  { name: '__objclass__', get: (_interp, o) => Py_NewRef((o as PyDescrObject).body.type) },
  // CPython: getset_get_doc, member_get_doc — the doc as it is, no signature in it.
  { name: '__doc__', get: (interp, o) => strOrNone(interp, descrRawDoc((o as PyDescrObject).body)) },
];

/** The attributes of method, classmethod and slot-wrapper descriptors. CPython: method_getset, wrapperdescr_getset */
const DESCR_SIGNATURE_GETSET: GetSetDef[] = [
  ...DESCR_GETSET.slice(0, 3),
  { name: '__doc__', get: descrDoc },
  { name: '__text_signature__', get: descrTextSignature },
];

const wrapperBody = (o: PyObject): MethodWrapperBody => o.body as MethodWrapperBody;

/** A method-wrapper's attributes: its descriptor's, and the object it is bound to. CPython: wrapper_getsets, wrapper_members */
const METHODWRAPPER_GETSET: GetSetDef[] = [
  { name: '__objclass__', get: (_interp, o) => Py_NewRef((wrapperBody(o).descr as PyDescrObject).body.type) },
  { name: '__name__', get: (interp, o) => descrName(interp, wrapperBody(o).descr) },
  { name: '__qualname__', get: (interp, o) => descrQualname(interp, wrapperBody(o).descr) },
  { name: '__doc__', get: (interp, o) => descrDoc(interp, wrapperBody(o).descr) },
  { name: '__text_signature__', get: (interp, o) => descrTextSignature(interp, wrapperBody(o).descr) },
  { name: '__self__', member: true, get: (_interp, o) => Py_NewRef(wrapperBody(o).self) },
];

/** Fills the slots of the descriptor types (created in registry.ts). */
export function initDescrTypes(interp: Interpreter): void {
  const t = interp.types;
  for (const dt of [t.method_descriptor, t.classmethod_descriptor, t.getset_descriptor, t.member_descriptor, t.wrapper_descriptor, t.method_wrapper]) {
    dt.tp_repr = descr_repr;
  }
  t.method_descriptor.tp_descr_get = method_get;
  t.method_descriptor.tp_call = method_call;
  t.classmethod_descriptor.tp_descr_get = classmethod_get;
  t.classmethod_descriptor.tp_call = classmethod_call;
  t.getset_descriptor.tp_descr_get = getset_get;
  t.getset_descriptor.tp_descr_set = getset_set;
  t.member_descriptor.tp_descr_get = member_get;
  t.member_descriptor.tp_descr_set = member_set;
  t.wrapper_descriptor.tp_descr_get = wrapper_get;
  t.wrapper_descriptor.tp_call = wrapper_call;
  t.method_wrapper.tp_call = methodwrapper_call;
}

export { DESCR_GETSET, DESCR_SIGNATURE_GETSET, METHODWRAPPER_GETSET, text as descrText };
