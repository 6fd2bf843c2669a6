// types.GenericAlias: what `list[int]` and `dict[str, int]` make (PEP 585). CPython:
// Objects/genericaliasobject.c (Py_GenericAlias, ga_repr, ga_getattro, ga_richcompare, ga_hash,
// ga_call, ga_mro_entries, _Py_make_parameters). Starred aliases and substitution of type
// variables (PEP 484 substitution), iteration and __dir__ are not there yet.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { checkPositional, noKeywords } from './args.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import { PyObject_GenericGetAttr, PyObject_LookupAttr, PyObject_SetAttr } from './attributes.ts';
import { PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import type { PyHash } from './hash/pyhash.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool, Py_EQ, Py_NE, reprText, strOf } from './objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_NOARGS, METH_O, PyTypeObject, type GetSetDef, type MethodDef, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

/** sizeof(gaobject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_GAOBJECT = 64;

interface GaBody {
  origin: PyObject;
  /** Always a tuple. */
  args: PyObject;
  /** Computed on first use. */
  parameters: PyObject | null;
}

const ga = (o: PyObject): GaBody => o.body as GaBody;

/** A new alias of `type` for origin[args]; a non-tuple `args` becomes a 1-tuple. CPython: setup_ga */
function newAlias(interp: Interpreter, type: PyTypeObject, origin: PyObject, a: PyObject): PyObject {
  const tuple = a.ob_type.isSubtypeOf(interp.types.tuple) ? Py_NewRef(a) : tupleFromItemsSteal(interp, [Py_NewRef(a)]);
  const body: GaBody = { origin: Py_NewRef(origin), args: tuple, parameters: null };
  if (type === interp.types.GenericAlias) return allocObject(interp, type, SIZEOF_GAOBJECT, 0, body);
  const o = PyType_GenericAlloc(type);
  o.body = body;
  return o;
}

/** origin[args] as a GenericAlias, the __class_getitem__ of the builtin containers. CPython: Py_GenericAlias */
export function Py_GenericAlias(interp: Interpreter, origin: PyObject | null, args: readonly PyObject[]): PyObject {
  return newAlias(interp, interp.types.GenericAlias, origin!, args[0]!);
}

// CPython: ga_new — GenericAlias(origin, args)
export function ga_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'GenericAlias', kwnames);
  checkPositional(interp, 'GenericAlias', args.length, 2, 2);
  return newAlias(interp, type, args[0]!, args[1]!);
}

// CPython: ga_getitem — substitution needs type variables, which these arguments do not have.
export function ga_getitem(o: PyObject, _item: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if ((parameters(interp, o) as PyTupleObject).body.length === 0) {
    PyErr_SetString(interp, 'TypeError', `${reprText(interp, o)} is not a generic class`);
  }
  return PyErr_SetString(interp, 'SystemError', 'Glasspy does not implement type variable substitution yet');
}

// CPython: ga_dealloc
export function ga_dealloc(o: PyObject): void {
  const b = ga(o);
  Py_DECREF(b.origin);
  Py_DECREF(b.args);
  Py_XDECREF(b.parameters);
  freeObject(o);
}

// CPython: ga_traverse
export function ga_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = ga(o);
  visit(b.origin, arg);
  visit(b.args, arg);
  if (b.parameters !== null) visit(b.parameters, arg);
}

function lookup(interp: Interpreter, o: PyObject, name: string): PyObject | null {
  return PyObject_LookupAttr(interp, o, internedStr(interp, name));
}

// CPython: ga_repr_item — classes as module.qualname (builtins without the module), ... for Ellipsis.
function reprItem(interp: Interpreter, p: PyObject): string {
  if (p.ob_type.tp_name === 'ellipsis' && p.ob_type.ht_qualname === null) return '...';
  const origin = lookup(interp, p, '__origin__');
  if (origin !== null) {
    Py_DECREF(origin);
    const args = lookup(interp, p, '__args__');
    if (args !== null) {
      Py_DECREF(args);
      return reprText(interp, p);
    }
  }
  const qualname = lookup(interp, p, '__qualname__');
  if (qualname === null) return reprText(interp, p);
  try {
    const module = lookup(interp, p, '__module__');
    if (module === null || module === interp.singletons.None) {
      Py_XDECREF(module);
      return reprText(interp, p);
    }
    try {
      if (module.ob_type.isSubtypeOf(interp.types.str) && unicodeText(module) === 'builtins') return strOf(interp, qualname);
      return `${strOf(interp, module)}.${strOf(interp, qualname)}`;
    } finally {
      Py_DECREF(module);
    }
  } finally {
    Py_DECREF(qualname);
  }
}

// CPython: ga_repr_items_list
function reprList(interp: Interpreter, list: PyObject): string {
  return '[' + (list.body as PyObject[]).map((x) => reprItem(interp, x)).join(', ') + ']';
}

// CPython: ga_repr
export function ga_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = ga(o);
  const items = (b.args as PyTupleObject).body;
  const parts = items.length === 0 ? ['()'] : items.map((p) => (p.ob_type === interp.types.list ? reprList(interp, p) : reprItem(interp, p)));
  return PyUnicode_FromString(interp, `${reprItem(interp, b.origin)}[${parts.join(', ')}]`);
}

/** The attributes a GenericAlias answers itself; any other is its origin's. */
const ATTR_EXCEPTIONS = new Set(['__class__', '__bases__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

// CPython: ga_getattro
export function ga_getattro(o: PyObject, name: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (name.ob_type.isSubtypeOf(interp.types.str) && !ATTR_EXCEPTIONS.has(unicodeText(name))) {
    const origin = ga(o).origin;
    return origin.ob_type.tp_getattro!(origin, name);
  }
  return PyObject_GenericGetAttr(o, name);
}

// CPython: ga_richcompare
export function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  if (b.ob_type !== interp.types.GenericAlias || (op !== Py_EQ && op !== Py_NE)) return s.NotImplemented;
  if (op === Py_NE) {
    const eq = ga_richcompare(a, b, Py_EQ);
    if (eq === s.True) return s.False;
    if (eq === s.False) return s.True;
    return eq;
  }
  if (!PyObject_RichCompareBool(interp, ga(a).origin, ga(b).origin, Py_EQ)) return s.False;
  return PyObject_RichCompare(interp, ga(a).args, ga(b).args, Py_EQ);
}

// CPython: ga_hash
export function ga_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  const h0 = PyObject_Hash(interp, ga(o).origin);
  const h1 = PyObject_Hash(interp, ga(o).args);
  const h = BigInt.asIntN(64, BigInt(h0) ^ BigInt(h1));
  return h === -1n ? -2 : Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

// CPython: ga_call — the origin called, then __orig_class__ set on the result when it can be.
export function ga_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  const obj = PyObject_Vectorcall(interp, ga(o).origin, args, kwnames);
  try {
    PyObject_SetAttr(interp, obj, internedStr(interp, '__orig_class__'), o);
  } catch (e) {
    const t = (e as PyObject).ob_type;
    if (t === undefined || (!t.isSubtypeOf(excType(interp, 'AttributeError')) && !t.isSubtypeOf(excType(interp, 'TypeError')))) {
      Py_DECREF(obj);
      throw e;
    }
    Py_DECREF(e as PyObject);
  }
  return obj;
}

/**
 * The type variables among the arguments: those with __typing_subst__, and the __parameters__
 * of the others, without repeats. CPython: _Py_make_parameters
 */
function makeParameters(interp: Interpreter, args: PyObject): PyObject {
  const out: PyObject[] = [];
  const add = (p: PyObject) => {
    if (!out.includes(p)) out.push(Py_NewRef(p));
  };
  for (const t of (args as PyTupleObject).body) {
    if (t instanceof PyTypeObject) continue;
    const subst = lookup(interp, t, '__typing_subst__');
    if (subst !== null) {
      Py_DECREF(subst);
      add(t);
      continue;
    }
    const params = lookup(interp, t, '__parameters__');
    if (params === null) continue;
    if (params.ob_type.isSubtypeOf(interp.types.tuple)) for (const p of (params as PyTupleObject).body) add(p);
    Py_DECREF(params);
  }
  return tupleFromItemsSteal(interp, out);
}

/** The alias's type variables (borrowed), computed on first use. */
function parameters(interp: Interpreter, o: PyObject): PyObject {
  const b = ga(o);
  if (b.parameters === null) b.parameters = makeParameters(interp, b.args);
  return b.parameters;
}

export const ga_getset: readonly GetSetDef[] = [
  { name: '__origin__', member: true, get: (_interp, o) => Py_NewRef(ga(o).origin) },
  { name: '__args__', member: true, get: (_interp, o) => Py_NewRef(ga(o).args) },
  { name: '__unpacked__', member: true, get: (interp) => interp.singletons.False },
  { name: '__parameters__', get: (interp, o) => Py_NewRef(parameters(interp, o)) },
  { name: '__typing_unpacked_tuple_args__', get: (interp) => interp.singletons.None },
];

// CPython: ga_mro_entries — a class deriving from list[int] derives from list.
function ga_mro_entries(interp: Interpreter, self: PyObject | null): PyObject {
  return tupleFromItemsSteal(interp, [Py_NewRef(ga(self!).origin)]);
}

// CPython: ga_instancecheck, ga_subclasscheck
function ga_instancecheck(interp: Interpreter): PyObject {
  return PyErr_SetString(interp, 'TypeError', 'isinstance() argument 2 cannot be a parameterized generic');
}

function ga_subclasscheck(interp: Interpreter): PyObject {
  return PyErr_SetString(interp, 'TypeError', 'issubclass() argument 2 cannot be a parameterized generic');
}

// CPython: ga_reduce — (GenericAlias, (origin, args))
function ga_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = ga(self!);
  const args = tupleFromItemsSteal(interp, [Py_NewRef(b.origin), Py_NewRef(b.args)]);
  return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), args]);
}

export const ga_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: ga_reduce },
  { name: '__mro_entries__', flags: METH_O, impl: ga_mro_entries },
  { name: '__instancecheck__', flags: METH_O, impl: ga_instancecheck },
  { name: '__subclasscheck__', flags: METH_O, impl: ga_subclasscheck },
];
