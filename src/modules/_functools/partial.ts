// functools.partial. CPython: Modules/_functoolsmodule.c (partial_new, partial_vectorcall,
// partial_call, partial_repr, partial_reduce, partial_setstate).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { dictCopy, dictLength, PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { Py_ReprEnter, Py_ReprLeave, reprText, strOf } from '../../objects/objectops.ts';
import { PySequence_Tuple, tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { readonlyMember } from '../../objects/typeattrs.ts';
import { METH_CLASS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import type { DictTable } from '../../objects/tables/index.ts';
import { allocInstance, kwCount } from '../modsupport.ts';

interface PartialBody {
  fn: PyObject;
  /** A tuple. */
  args: PyObject;
  /** A dict. */
  kw: PyObject;
}

const body = (o: PyObject): PartialBody => o.body as PartialBody;
const table = (d: PyObject): DictTable<PyObject, PyObject> => d.body as DictTable<PyObject, PyObject>;
const isCallable = (o: PyObject): boolean => o.ob_type.tp_call !== null;

// CPython: partial_new — a partial of a plain partial is flattened.
export function partial_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  if (npos < 1) PyErr_SetString(interp, 'TypeError', "type 'partial' takes at least one argument");
  let func = args[0]!;
  let pargs: PyObject[] = [];
  let pkw: PyObject | null = null;
  if (func.ob_type.tp_call === partial_call && func.ob_dict === null) {
    const p = body(func);
    pargs = (p.args as PyTupleObject).body;
    pkw = p.kw;
    func = p.fn;
  }
  if (!isCallable(func)) PyErr_SetString(interp, 'TypeError', 'the first argument must be callable');
  const items = [...pargs, ...args.slice(1, npos)];
  for (const x of items) Py_NewRef(x);
  const newArgs = tupleFromItemsSteal(interp, items);
  const kw = pkw === null ? PyDict_New(interp) : dictCopy(interp, pkw);
  try {
    for (let i = 0; i < nkw; i++) PyDict_SetItem(interp, kw, (kwnames!.body as PyObject[])[i]!, args[npos + i]!);
  } catch (e) {
    Py_DECREF(newArgs);
    Py_DECREF(kw);
    throw e;
  }
  return allocInstance(interp, type, 64, 0, { fn: Py_NewRef(func), args: newArgs, kw } satisfies PartialBody);
}

// CPython: partial_dealloc
export function partial_dealloc(o: PyObject): void {
  partial_clear(o);
  freeObject(o);
}

// CPython: partial_traverse
export function partial_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  visitFields(visit, arg, b.fn, b.args, b.kw, o.ob_dict);
}

/** Drops fn, args, kw and the dict (a cleared partial's fields are null). CPython: partial_clear */
export function partial_clear(o: PyObject): void {
  const b = body(o);
  Py_CLEAR(b, 'fn');
  Py_CLEAR(b, 'args');
  Py_CLEAR(b, 'kw');
  Py_CLEAR(o, 'ob_dict');
}

// CPython: partial_vectorcall, partial_call — the stored arguments first; call keywords override stored ones.
export function partial_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  const stored = (b.args as PyTupleObject).body;
  const kwt = table(b.kw);
  if (dictLength(b.kw) === 0) return PyObject_Vectorcall(interp, b.fn, stored.length === 0 ? args : [...stored, ...args], kwnames);
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  const names: PyObject[] = kwt.keyList();
  const values: PyObject[] = kwt.valueList();
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames!.body as PyObject[])[i]!;
    const text = unicodeText(name);
    const j = names.findIndex((n) => n === name || (n.ob_type === name.ob_type && unicodeText(n) === text));
    if (j >= 0) values[j] = args[npos + i]!;
    else {
      names.push(name);
      values.push(args[npos + i]!);
    }
  }
  for (const n of names) Py_NewRef(n);
  const allNames = tupleFromItemsSteal(interp, names);
  try {
    return PyObject_Vectorcall(interp, b.fn, [...stored, ...args.slice(0, npos), ...values], allNames);
  } finally {
    Py_DECREF(allNames);
  }
}

// CPython: partial_repr — "<type name>(fn, args..., key=value...)", "..." when recursive.
export function partial_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, '...');
  try {
    const b = body(o);
    let arglist = '';
    for (const a of (b.args as PyTupleObject).body) arglist += `, ${reprText(interp, a)}`;
    const kwt = table(b.kw);
    const keys = kwt.keyList();
    const values = kwt.valueList();
    for (let i = 0; i < keys.length; i++) arglist += `, ${strOf(interp, keys[i]!)}=${reprText(interp, values[i]!)}`;
    return PyUnicode_FromString(interp, `${o.ob_type.tp_name}(${reprText(interp, b.fn)}${arglist})`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: partial_reduce — (type, (fn,), (fn, args, kw or None, __dict__ or None))
function partial_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const o = self!;
  const b = body(o);
  const none = interp.singletons.None;
  const kw = dictLength(b.kw) > 0 ? b.kw : none;
  const dict = o.ob_dict !== null && dictLength(o.ob_dict) > 0 ? o.ob_dict : none;
  const state = tupleFromItemsSteal(interp, [Py_NewRef(b.fn), Py_NewRef(b.args), Py_NewRef(kw), Py_NewRef(dict)]);
  return tupleFromItemsSteal(interp, [Py_NewRef(o.ob_type), tupleFromItemsSteal(interp, [Py_NewRef(b.fn)]), state]);
}

// CPython: partial_setstate
function partial_setstate(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const state = args[0]!;
  const invalid = () => PyErr_SetString(interp, 'TypeError', 'invalid partial state');
  if (state.ob_type !== interp.types.tuple && !state.ob_type.isSubtypeOf(interp.types.tuple)) invalid();
  const items = (state as PyTupleObject).body;
  if (items.length !== 4) invalid();
  const [fn, fnargs, kw, dict] = items as [PyObject, PyObject, PyObject, PyObject];
  const none = interp.singletons.None;
  if (!isCallable(fn) || !fnargs.ob_type.isSubtypeOf(interp.types.tuple) || (kw !== none && !kw.ob_type.isSubtypeOf(interp.types.dict))) invalid();
  const newArgs = PySequence_Tuple(interp, fnargs);
  const newKw = kw === none ? PyDict_New(interp) : kw.ob_type === interp.types.dict ? Py_NewRef(kw) : dictCopy(interp, kw);
  const o = self!;
  const b = body(o);
  const old = [b.fn, b.args, b.kw];
  b.fn = Py_NewRef(fn);
  b.args = newArgs;
  b.kw = newKw;
  const oldDict = o.ob_dict;
  o.ob_dict = dict === none ? null : Py_NewRef(dict);
  for (const x of old) Py_DECREF(x);
  Py_XDECREF(oldDict);
  return Py_NewRef(none);
}

export const partial_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: partial_reduce },
  { name: '__setstate__', flags: METH_O, impl: partial_setstate },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias, doc: 'See PEP 585' },
];

const member = (name: string, doc: string, get: (b: PartialBody) => PyObject): GetSetDef => ({
  name, doc, member: true, set: readonlyMember, get: (_interp, o) => Py_NewRef(get(body(o))),
});

export const partial_getset: readonly GetSetDef[] = [
  member('func', 'function object to use in future partial calls', (b) => b.fn),
  member('args', 'tuple of arguments to future partial calls', (b) => b.args),
  member('keywords', 'dictionary of keyword arguments to future partial calls', (b) => b.kw),
  { name: '__dict__', get: (interp, o) => Py_NewRef(o.ob_dict ?? (o.ob_dict = PyDict_New(interp))) },
];
