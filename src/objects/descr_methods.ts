// What descriptors and method-wrappers do besides attribute access: the method, member and
// slot-wrapper descriptors and the method-wrappers pickle as getattr() of their owner, and a
// method-wrapper compares and hashes by the object and slot it binds. CPython:
// Objects/descrobject.c (descr_reduce, wrapper_reduce, wrapper_richcompare, wrapper_hash).
import { pointerPairHash, type PyHash } from './hash/index.ts';
import type { MethodWrapperBody, PyDescrObject } from './descrobject.ts';
import { Py_NewRef, type PyObject } from './object.ts';
import { Py_EQ, Py_NE } from './objectops.ts';
import { reduceToGetattr } from './reduce_util.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject } from './typeobject.ts';

const wrapperBody = (o: PyObject): MethodWrapperBody => o.body as MethodWrapperBody;

/** The descriptors pickle as the attribute of their type. CPython: descr_reduce */
export const DESCR_METHODS: MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => {
    const d = (self as PyDescrObject).body;
    return reduceToGetattr(interp, d.type, Py_NewRef(d.name));
  } },
];

/** A method-wrapper pickles as the attribute of its object. CPython: wrapper_reduce */
export const METHODWRAPPER_METHODS: MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => {
    const w = wrapperBody(self!);
    return reduceToGetattr(interp, w.self, Py_NewRef((w.descr as PyDescrObject).body.name));
  } },
];

// CPython: wrapper_richcompare — equal when the same slot wrapper is bound to the same object.
function methodwrapper_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  const t = interp.types.method_wrapper;
  if ((op !== Py_EQ && op !== Py_NE) || a.ob_type !== t || b.ob_type !== t) return s.NotImplemented;
  const x = wrapperBody(a);
  const y = wrapperBody(b);
  return (x.descr === y.descr && x.self === y.self) === (op === Py_EQ) ? s.True : s.False;
}

// CPython: wrapper_hash
function methodwrapper_hash(o: PyObject): PyHash {
  const b = wrapperBody(o);
  return pointerPairHash(b.self.addr, b.descr.addr);
}

/** Fills method-wrapper's comparison slots. */
export function initMethodWrapperCompare(t: PyTypeObject): void {
  t.tp_richcompare = methodwrapper_richcompare;
  t.tp_hash = methodwrapper_hash;
}
