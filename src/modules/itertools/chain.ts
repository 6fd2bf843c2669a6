// itertools.chain. CPython: Modules/itertoolsmodule.c (chain_new, chain_new_from_iterable,
// chain_next).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { noKeywords } from '../../objects/args.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { Py_DECREF, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { METH_CLASS, METH_O, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, kwCount } from '../modsupport.ts';
import { tupleOf } from './common.ts';
import { itertoolsState } from './state.ts';

interface ChainBody {
  /** The iterator over the iterables, null once exhausted. */
  source: PyObject | null;
  /** The iterator of the current iterable. */
  active: PyObject | null;
}

function newChain(interp: Interpreter, type: PyTypeObject, source: PyObject): PyObject {
  return allocInstance(interp, type, 32, 0, { source, active: null } satisfies ChainBody);
}

// CPython: chain_new
export function chain_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const base = itertoolsState(interp).chain;
  if (type === base || type.tp_init === base.tp_init) noKeywords(interp, 'chain', kwnames);
  const tuple = tupleOf(interp, args.slice(0, args.length - kwCount(kwnames)));
  try {
    return newChain(interp, type, PyObject_GetIter(interp, tuple));
  } finally {
    Py_DECREF(tuple);
  }
}

// CPython: chain_new_from_iterable
function chain_from_iterable(interp: Interpreter, cls: PyObject | null, args: readonly PyObject[]): PyObject {
  return newChain(interp, cls as PyTypeObject, PyObject_GetIter(interp, args[0]!));
}

export function chain_dealloc(o: PyObject): void {
  const b = o.body as ChainBody;
  Py_XDECREF(b.active);
  Py_XDECREF(b.source);
  freeObject(o);
}

export function chain_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as ChainBody;
  if (b.source !== null) visit(b.source, arg);
  if (b.active !== null) visit(b.active, arg);
}

function clearSource(b: ChainBody): void {
  const s = b.source!;
  b.source = null;
  Py_DECREF(s);
}

// CPython: chain_next
export function chain_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as ChainBody;
  while (b.source !== null) {
    if (b.active === null) {
      const iterable = PyIter_Next(interp, b.source);
      if (iterable === null) {
        clearSource(b);
        return null;
      }
      try {
        b.active = PyObject_GetIter(interp, iterable);
      } catch (e) {
        clearSource(b);
        throw e;
      } finally {
        Py_DECREF(iterable);
      }
    }
    const item = PyIter_Next(interp, b.active);
    if (item !== null) return item;
    const active = b.active;
    b.active = null;
    Py_DECREF(active);
  }
  return null;
}

export const chain_methods: readonly MethodDef[] = [
  { name: 'from_iterable', flags: METH_O | METH_CLASS, impl: chain_from_iterable,
    doc: 'Alternative chain() constructor taking a single iterable argument that evaluates lazily.' },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias, doc: 'See PEP 585' },
];
