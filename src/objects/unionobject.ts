// types.UnionType: `int | str`, made by type.__or__ and type.__ror__. CPython: Objects/unionobject.c
// (is_unionable, flatten_args, dedup_and_flatten_args, make_union, _Py_union_type_or, union_repr,
// union_repr_item, union_hash, union_richcompare, union_getattro, union_getitem, union_parameters)
// and Objects/genericaliasobject.c (_Py_make_parameters).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyObject_GenericGetAttr, PyObject_GetAttr, PyObject_LookupAttr } from './attributes.ts';
import { internedStr } from './codeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_RichCompare, PyObject_RichCompareBool, PyObject_Str, Py_EQ, Py_NE, reprText } from './objectops.ts';
import { frozenset_hash, make_new_set } from './setobject.ts';
import { readonlyMember } from './typeattrs.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { PyTypeObject, type GetSetDef, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

interface UnionBody {
  /** __args__: the distinct members, a tuple. */
  args: PyObject;
  /** __parameters__, computed on first use. */
  parameters: PyObject | null;
}

export interface PyUnionObject extends PyObject {
  body: UnionBody;
}

// sizeof(unionobject): the header, args, parameters.
const SIZEOF_UNIONOBJECT = 32;

export function PyUnion_Check(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type === interp.types.UnionType;
}

/** The members of a union (borrowed). CPython: _Py_union_args */
export function unionArgs(o: PyObject): PyObject {
  return (o as PyUnionObject).body.args;
}

// CPython: is_unionable (type aliases come with the typing machinery)
function isUnionable(interp: Interpreter, o: PyObject): boolean {
  return o === interp.singletons.None || o instanceof PyTypeObject || o.ob_type.isSubtypeOf(interp.types.GenericAlias) || PyUnion_Check(interp, o)
    || o.ob_type === interp.lazyTypes.get('typing.TypeAliasType');
}

/** The members of the operands, unions spread and None as NoneType, without repeats. CPython: dedup_and_flatten_args */
function dedupAndFlatten(interp: Interpreter, operands: readonly PyObject[]): PyObject[] {
  const flat: PyObject[] = [];
  for (const a of operands) {
    if (PyUnion_Check(interp, a)) flat.push(...(unionArgs(a) as PyTupleObject).body);
    else flat.push(a === interp.singletons.None ? interp.types.NoneType : a);
  }
  const out: PyObject[] = [];
  for (const a of flat) if (!out.some((b) => isSame(interp, b, a))) out.push(a);
  return out;
}

// CPython: is_same — generic aliases by ==, anything else by identity.
function isSame(interp: Interpreter, left: PyObject, right: PyObject): boolean {
  const ga = interp.types.GenericAlias;
  if (left.ob_type.isSubtypeOf(ga) && right.ob_type.isSubtypeOf(ga)) return PyObject_RichCompareBool(interp, left, right, Py_EQ);
  return left === right;
}

/** A union of the operands, or the one member left. CPython: make_union */
function makeUnion(interp: Interpreter, operands: readonly PyObject[]): PyObject {
  const args = dedupAndFlatten(interp, operands);
  if (args.length === 1) return Py_NewRef(args[0]!);
  const body: UnionBody = { args: tupleFromItemsSteal(interp, args.map((a) => Py_NewRef(a))), parameters: null };
  return allocObject(interp, interp.types.UnionType, SIZEOF_UNIONOBJECT, 0, body);
}

/** type.__or__, type.__ror__ and the union's own |: NotImplemented unless both are unionable. CPython: _Py_union_type_or */
export function union_type_or(self: PyObject, other: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  if (!isUnionable(interp, self) || !isUnionable(interp, other)) return interp.singletons.NotImplemented;
  return makeUnion(interp, [self, other]);
}

// CPython: unionobject_dealloc
function union_dealloc(o: PyObject): void {
  const b = (o as PyUnionObject).body;
  Py_DECREF(b.args);
  Py_XDECREF(b.parameters);
  freeObject(o);
}

// CPython: union_traverse
function union_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = (o as PyUnionObject).body;
  visit(b.args, arg);
  if (b.parameters !== null) visit(b.parameters, arg);
}

/** A member as the repr shows it: None, module.qualname (no module for builtins), else its repr. CPython: union_repr_item */
function reprItem(interp: Interpreter, p: PyObject): string {
  if (p === interp.types.NoneType) return 'None';
  const origin = PyObject_LookupAttr(interp, p, internedStr(interp, '__origin__'));
  if (origin !== null) {
    Py_DECREF(origin);
    const args = PyObject_LookupAttr(interp, p, internedStr(interp, '__args__'));
    if (args !== null) {
      Py_DECREF(args);
      return reprText(interp, p);
    }
  }
  const qualname = PyObject_LookupAttr(interp, p, internedStr(interp, '__qualname__'));
  if (qualname === null) return reprText(interp, p);
  try {
    const module = PyObject_LookupAttr(interp, p, internedStr(interp, '__module__'));
    if (module === null || module === interp.singletons.None) {
      if (module !== null) Py_DECREF(module);
      return reprText(interp, p);
    }
    try {
      const q = PyObject_Str(interp, qualname);
      const qs = text(q);
      Py_DECREF(q);
      if (module.ob_type.isSubtypeOf(interp.types.str) && text(module) === 'builtins') return qs;
      const m = PyObject_Str(interp, module);
      const ms = text(m);
      Py_DECREF(m);
      return `${ms}.${qs}`;
    } finally {
      Py_DECREF(module);
    }
  } finally {
    Py_DECREF(qualname);
  }
}

// CPython: union_repr
function union_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const items = (unionArgs(o) as PyTupleObject).body;
  return PyUnicode_FromString(interp, items.map((p) => reprItem(interp, p)).join(' | '));
}

// CPython: union_hash — the hash of frozenset(__args__).
function union_hash(o: PyObject): number | bigint {
  const interp = o.ob_type.tp_interp;
  const set = make_new_set(interp, interp.types.frozenset, unionArgs(o));
  try {
    return frozenset_hash(set);
  } finally {
    Py_DECREF(set);
  }
}

// CPython: union_richcompare — equal when the members are the same, in any order.
function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if (!PyUnion_Check(interp, b) || (op !== Py_EQ && op !== Py_NE)) return interp.singletons.NotImplemented;
  const sa = make_new_set(interp, interp.types.set, unionArgs(a));
  try {
    const sb = make_new_set(interp, interp.types.set, unionArgs(b));
    try {
      return PyObject_RichCompare(interp, sa, sb, op);
    } finally {
      Py_DECREF(sb);
    }
  } finally {
    Py_DECREF(sa);
  }
}

/** __module__ is the type's (for the typing module); the rest is generic. CPython: union_getattro */
function union_getattro(o: PyObject, name: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (name.ob_type.isSubtypeOf(interp.types.str) && text(name) === '__module__') return PyObject_GetAttr(interp, o.ob_type, name);
  return PyObject_GenericGetAttr(o, name);
}

/** The type variables among the members, in order. CPython: _Py_make_parameters */
function makeParameters(interp: Interpreter, args: PyObject): PyObject {
  const params: PyObject[] = [];
  const add = (p: PyObject) => {
    if (!params.includes(p)) params.push(Py_NewRef(p));
  };
  try {
    for (const t of (args as PyTupleObject).body) {
      if (t instanceof PyTypeObject) continue;
      const subst = PyObject_LookupAttr(interp, t, internedStr(interp, '__typing_subst__'));
      if (subst !== null) {
        Py_DECREF(subst);
        add(t);
        continue;
      }
      const sub = PyObject_LookupAttr(interp, t, internedStr(interp, '__parameters__'));
      if (sub === null) continue;
      try {
        if (sub.ob_type.isSubtypeOf(interp.types.tuple)) for (const p of (sub as PyTupleObject).body) add(p);
      } finally {
        Py_DECREF(sub);
      }
    }
  } catch (e) {
    for (const p of params) Py_DECREF(p);
    throw e;
  }
  return tupleFromItemsSteal(interp, params);
}

function parameters(interp: Interpreter, o: PyObject): PyObject {
  const b = (o as PyUnionObject).body;
  return b.parameters ??= makeParameters(interp, b.args);
}

// CPython: union_getitem (substituting type variables; a union of plain classes has none)
function union_getitem(o: PyObject, _item: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const params = parameters(interp, o);
  if ((params as PyTupleObject).body.length === 0) PyErr_SetString(interp, 'TypeError', `${reprText(interp, o)} is not a generic class`);
  return PyErr_SetString(interp, 'SystemError', 'Glasspy does not implement substituting type variables in a union yet');
}

export const UNION_GETSET: GetSetDef[] = [
  { name: '__args__', get: (_interp, o) => Py_NewRef(unionArgs(o)), set: readonlyMember },
  { name: '__parameters__', get: (interp, o) => Py_NewRef(parameters(interp, o)) },
];

/** Fills the union type's slots (the type object is created in registry.ts). */
export function initUnionType(t: PyTypeObject): void {
  t.tp_dealloc = union_dealloc;
  t.tp_traverse = union_traverse;
  t.tp_repr = union_repr;
  t.tp_hash = union_hash;
  t.tp_richcompare = union_richcompare;
  t.tp_getattro = union_getattro;
  t.tp_as_number = { nb_or: union_type_or };
  t.tp_as_mapping = { mp_subscript: union_getitem };
}

