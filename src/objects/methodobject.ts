// builtin_function_or_method. CPython: Objects/methodobject.c (PyCFunction_NewEx,
// meth_dealloc, meth_repr). A builtin's implementation is a JS function called with the
// vectorcall convention: positional arguments then keyword values, and the keyword names.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { methodHash, pointerHash, type PyHash } from './hash/index.ts';
import { METH_NOARGS, PyTypeObject, type GetSetDef, type MethodDef, type visitproc } from './typeobject.ts';
import { reduceToGetattr } from './reduce_util.ts';
import { typeQualname } from './descrobject.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_GetItem } from './dictobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { docOrOwn, referenceMemberDoc } from './docstrings.ts';
import { docFromInternalDoc, textSignatureFromInternalDoc } from './internaldoc.ts';

/**
 * A builtin's code: `args` are borrowed (positional arguments, then the values of `kwnames`,
 * a tuple of str, or null); returns a new reference. CPython: vectorcallfunc
 */
export type BuiltinImpl = (interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;

export interface BuiltinBody {
  readonly name: string;
  readonly impl: BuiltinImpl;
  /** m_self: the module (for module functions) or the bound object; null for none. */
  readonly self: PyObject | null;
  /** The internal docstring (CPython: ml_doc), its text signature first when it has one. */
  readonly doc?: string;
  /**
   * Where the reference docstrings file it ("owner.name", src/objects/docstrings.ts), when that
   * is not the default: the module's name, or the bound object's type.
   */
  readonly docOwner?: string;
}

export interface PyCFunctionObject extends PyObject {
  body: BuiltinBody;
}

/** sizeof(PyCFunctionObject) on 64-bit 3.12. */
const SIZEOF_PYCFUNCTIONOBJECT = 56;

/**
 * A new builtin function; `self` is stolen; `doc` as ml_doc; `docOwner` names the type that
 * defines a method (see BuiltinBody). CPython: PyCFunction_NewEx
 */
export function PyCFunction_New(interp: Interpreter, name: string, impl: BuiltinImpl, self: PyObject | null, doc?: string, docOwner?: string): PyObject {
  const body: BuiltinBody = { name, impl, self };
  if (doc !== undefined) (body as { doc?: string }).doc = doc;
  if (docOwner !== undefined) (body as { docOwner?: string }).docOwner = docOwner;
  return allocObject(interp, interp.types.builtin_function_or_method, SIZEOF_PYCFUNCTIONOBJECT, 0, body);
}

// CPython: meth_dealloc
export function meth_dealloc(o: PyObject): void {
  Py_XDECREF((o as PyCFunctionObject).body.self);
  freeObject(o);
}

/** m_self (the module name and the defining class, which CPython visits too, are not kept here). CPython: meth_traverse */
export function meth_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const self = (o as PyCFunctionObject).body.self;
  if (self !== null) visit(self, arg);
}

// CPython: cfunction_vectorcall_*
export function meth_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const b = (o as PyCFunctionObject).body;
  return b.impl(o.ob_type.tp_interp, b.self, args, kwnames);
}

// CPython: meth_richcompare — equal when the same implementation is bound to the same object.
export function meth_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  const t = interp.types.builtin_function_or_method;
  if ((op !== 2 && op !== 3) || a.ob_type !== t || b.ob_type !== t) return s.NotImplemented;
  const x = (a as PyCFunctionObject).body;
  const y = (b as PyCFunctionObject).body;
  const eq = x.impl === y.impl && x.self === y.self && x.name === y.name;
  return eq === (op === 2) ? s.True : s.False;
}

// CPython: meth_hash
export function meth_hash(o: PyObject): PyHash {
  const b = (o as PyCFunctionObject).body;
  return methodHash(b.self === null ? 0 : b.self.addr, pointerHash(o.ob_type.addr + b.name.length));
}

function qualname(interp: Interpreter, o: PyObject): string {
  const b = (o as PyCFunctionObject).body;
  const self = b.self;
  if (self === null || self.ob_type.tp_name === 'module') return b.name;
  const t = self instanceof PyTypeObject ? self : self.ob_type;
  return `${typeQualname(t)}.${b.name}`;
}

// CPython: meth_getsets, meth_members
/** A builtin's __module__: builtins for functions without self, the module's name for a module's functions. CPython: m_module */
function moduleOf(interp: Interpreter, o: PyObject): PyObject {
  const self = (o as PyCFunctionObject).body.self;
  if (self === null) return PyUnicode_FromString(interp, 'builtins');
  if (self.ob_type === interp.types.module && self.ob_dict !== null) {
    const name = PyDict_GetItem(interp, self.ob_dict, internedStr(interp, '__name__'));
    if (name !== null) return Py_NewRef(name);
  }
  return interp.singletons.None;
}

/** Whose attribute a builtin is, for the reference docstrings: builtins, its module, or its bound object's type. */
function docOwner(interp: Interpreter, b: BuiltinBody): string {
  if (b.docOwner !== undefined) return b.docOwner;
  const self = b.self;
  if (self === null) return 'builtins';
  if (self.ob_type === interp.types.module) {
    const name = self.ob_dict === null ? null : PyDict_GetItem(interp, self.ob_dict, internedStr(interp, '__name__'));
    return name !== null && name.ob_type === interp.types.str ? unicodeText(name) : '';
  }
  return (self instanceof PyTypeObject ? self : self.ob_type).tp_name;
}

/** The internal docstring: CPython's (src/objects/docstrings.ts) when known, else the builtin's own. */
export function builtinDoc(interp: Interpreter, o: PyObject): string | undefined {
  const b = (o as PyCFunctionObject).body;
  return docOrOwn(referenceMemberDoc(docOwner(interp, b), b.name), b.doc);
}

function docText(interp: Interpreter, o: PyObject, part: (name: string, doc: string | undefined) => string | null): PyObject {
  const text = part((o as PyCFunctionObject).body.name, builtinDoc(interp, o));
  return text === null ? interp.singletons.None : PyUnicode_FromString(interp, text);
}

/**
 * m_self. The builtins functions of Glasspy are made before the builtins module and keep no
 * reference to it, but their __self__ is that module, as in CPython (inspect.signature reads it
 * to drop the "$module" parameter).
 */
function builtinSelf(interp: Interpreter, o: PyObject): PyObject {
  const b = (o as PyCFunctionObject).body;
  if (b.self !== null) return Py_NewRef(b.self);
  const builtins = b.docOwner === undefined ? PyDict_GetItem(interp, interp.modules, internedStr(interp, 'builtins')) : null;
  return Py_NewRef(builtins ?? interp.singletons.None);
}

/** A module's function pickles by its name, a bound builtin method as the attribute of its
 * object. CPython: meth_reduce */
export const BUILTIN_METHODS: MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, o) => {
    const b = (o as PyCFunctionObject).body;
    if (b.self === null || b.self.ob_type.isSubtypeOf(interp.types.module)) return PyUnicode_FromString(interp, b.name);
    return reduceToGetattr(interp, b.self, PyUnicode_FromString(interp, b.name));
  } },
];

export const BUILTIN_GETSET: GetSetDef[] = [
  { name: '__name__', get: (interp, o) => PyUnicode_FromString(interp, (o as PyCFunctionObject).body.name) },
  { name: '__qualname__', get: (interp, o) => PyUnicode_FromString(interp, qualname(interp, o)) },
  { name: '__self__', get: builtinSelf },
  // CPython: meth_get__doc__, meth_get__text_signature__
  { name: '__doc__', get: (interp, o) => docText(interp, o, docFromInternalDoc) },
  { name: '__text_signature__', get: (interp, o) => docText(interp, o, textSignatureFromInternalDoc) },
  { name: '__module__', get: moduleOf },
];
