// collections.defaultdict: a dict whose __missing__ calls default_factory. CPython:
// Modules/_collectionsmodule.c (defdict_init, defdict_missing, defdict_copy, defdict_reduce,
// defdict_repr, defdict_or). The instance is a dict; the factory sits in its `extra` slot.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_SetItem } from '../../objects/abstract.ts';
import { callMethod, PyObject_CallNoArgs, PyObject_Vectorcall } from '../../objects/call.ts';
import { dict_dealloc, dict_init, dictMerge, raiseKeyError } from '../../objects/dictobject.ts';
import { dict_repr } from '../../objects/dict_methods.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_GetIter, Py_ReprEnter, Py_ReprLeave, reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { shortTypeName } from '../itertools/common.ts';
import { collectionsState } from './state.ts';

/** default_factory, or null (shown as None). */
const factoryOf = (o: PyObject): PyObject | null => (o.extra as PyObject | undefined) ?? null;

function setFactory(o: PyObject, f: PyObject | null): void {
  const old = factoryOf(o);
  o.extra = f ?? undefined;
  Py_XDECREF(old);
}

// CPython: defdict_init — defaultdict(default_factory=None, /, ...) then dict's arguments.
export function defdict_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const npos = args.length - (kwnames === null ? 0 : (kwnames.body as PyObject[]).length);
  let factory: PyObject | null = null;
  if (npos > 0) {
    factory = args[0]!;
    if (factory !== interp.singletons.None && factory.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'first argument must be callable or None');
  }
  setFactory(self, factory === null ? null : Py_NewRef(factory));
  dict_init(self, npos > 0 ? args.slice(1) : args, kwnames);
}

export function defdict_dealloc(o: PyObject): void {
  setFactory(o, null);
  dict_dealloc(o);
}

// CPython: defdict_traverse
export function defdict_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const f = factoryOf(o);
  if (f !== null) visit(f, arg);
  o.ob_type.tp_interp.types.dict.tp_traverse!(o, visit, arg);
}

// CPython: defdict_tp_clear
export function defdict_tp_clear(o: PyObject): void {
  setFactory(o, null);
  o.ob_type.tp_interp.types.dict.tp_clear!(o);
}

// CPython: defdict_missing
function defdict_missing(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const key = args[0]!;
  const factory = factoryOf(self!);
  if (factory === null || factory === interp.singletons.None) raiseKeyError(interp, key);
  const value = PyObject_CallNoArgs(interp, factory);
  try {
    PyObject_SetItem(interp, self!, key, value);
  } catch (e) {
    Py_DECREF(value);
    throw e;
  }
  return value;
}

/** type(dd)(default_factory, arg). CPython: new_defdict */
function newDefdict(interp: Interpreter, dd: PyObject, arg: PyObject): PyObject {
  return PyObject_Vectorcall(interp, dd.ob_type, [factoryOf(dd) ?? interp.singletons.None, arg], null);
}

// CPython: defdict_reduce — (type, (factory,) or (), None, None, iter(items))
function defdict_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const f = factoryOf(self!);
  const args = f === null || f === interp.singletons.None ? interp.singletons.emptyTuple : tupleFromItemsSteal(interp, [Py_NewRef(f)]);
  let iter: PyObject;
  try {
    const items = callMethod(interp, self!, 'items', []);
    try {
      iter = PyObject_GetIter(interp, items);
    } finally {
      Py_DECREF(items);
    }
  } catch (e) {
    Py_DECREF(args);
    throw e;
  }
  const none = interp.singletons.None;
  return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), args, Py_NewRef(none), Py_NewRef(none), iter]);
}

// CPython: defdict_repr
export function defdict_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const base = dict_repr(o);
  let baseText: string;
  try {
    baseText = unicodeText(base);
  } finally {
    Py_DECREF(base);
  }
  const f = factoryOf(o);
  let defrepr = 'None';
  if (f !== null) {
    if (!Py_ReprEnter(interp, f)) defrepr = '...';
    else {
      try {
        defrepr = reprText(interp, f);
      } finally {
        Py_ReprLeave(interp, f);
      }
    }
  }
  return PyUnicode_FromString(interp, `${shortTypeName(o.ob_type)}(${defrepr}, ${baseText})`);
}

// CPython: defdict_or — a copy of the defaultdict operand (through its class) updated with the right one.
export function defdict_or(left: PyObject, right: PyObject): PyObject {
  const interp = left.ob_type.tp_interp;
  const defdictType = collectionsState(interp).defaultdict;
  const [self, other] = left.ob_type.isSubtypeOf(defdictType) ? [left, right] : [right, left];
  if (!other.ob_type.isSubtypeOf(interp.types.dict)) return Py_NewRef(interp.singletons.NotImplemented);
  const result = newDefdict(interp, self, left);
  try {
    dictMerge(interp, result, right, 1);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

const copy = (interp: Interpreter, self: PyObject | null): PyObject => newDefdict(interp, self!, self!);

export const defdict_methods: readonly MethodDef[] = [
  { name: '__missing__', flags: METH_O, impl: defdict_missing,
    doc: '__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value' },
  { name: 'copy', flags: METH_NOARGS, impl: copy, doc: 'D.copy() -> a shallow copy of D.' },
  { name: '__copy__', flags: METH_NOARGS, impl: copy, doc: 'D.copy() -> a shallow copy of D.' },
  { name: '__reduce__', flags: METH_NOARGS, impl: defdict_reduce, doc: 'Return state information for pickling.' },
];

export const defdict_getset: readonly GetSetDef[] = [
  {
    name: 'default_factory', get: (interp, o) => Py_NewRef(factoryOf(o) ?? interp.singletons.None),
    set: (_interp, o, v) => setFactory(o, v === null ? null : Py_NewRef(v)), doc: 'Factory for default value called by __missing__().',
  },
];
