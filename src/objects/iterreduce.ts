// Pickling of the iterators over a list or tuple that keep their sequence in `body` (null once
// exhausted) and their index in `ival`: __reduce__ rebuilds them with iter()/reversed() and
// __setstate__ restores the index. CPython: listiter_reduce_general, listiter_setstate,
// listreviter_setstate, tupleiter_reduce, tupleiter_setstate.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyList_New, ssizeArg } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_NewRef, type PyObject } from './object.ts';
import { getBuiltin } from './reduce_util.ts';
import { tupleFromItemsSteal } from './tupleobject.ts';
import { METH_NOARGS, METH_O, type MethodDef } from './typeobject.ts';

/** `(iter, (seq,), index)` (reversed() for a reverse iterator); an exhausted one gives `(iter, (empty,))`. */
function reduce(interp: Interpreter, it: PyObject, reverse: boolean, emptyList: boolean): PyObject {
  const seq = it.body as PyObject | null;
  if (seq !== null) {
    return tupleFromItemsSteal(interp, [getBuiltin(interp, reverse ? 'reversed' : 'iter'), tupleFromItemsSteal(interp, [Py_NewRef(seq)]),
      PyLong_FromNumber(interp, it.ival)]);
  }
  const empty = emptyList ? PyList_New(interp, 0) : Py_NewRef(interp.singletons.emptyTuple);
  return tupleFromItemsSteal(interp, [getBuiltin(interp, 'iter'), tupleFromItemsSteal(interp, [empty])]);
}

/** Sets the index, kept within the sequence (-1 .. len-1 going backwards, 0 .. len forwards). */
function setstate(interp: Interpreter, it: PyObject, state: PyObject, reverse: boolean): PyObject {
  let index = ssizeArg(interp, state);
  const seq = it.body as PyObject | null;
  if (seq !== null) {
    const n = (seq.body as PyObject[]).length;
    const lo = reverse ? -1 : 0;
    const hi = reverse ? n - 1 : n;
    index = index < lo ? lo : index > hi ? hi : index;
    it.ival = index;
  }
  return interp.singletons.None;
}

/** __reduce__ and __setstate__ of list_iterator, list_reverseiterator or tuple_iterator. */
export function indexIterPickling(kind: 'list' | 'listreverse' | 'tuple'): MethodDef[] {
  const reverse = kind === 'listreverse';
  return [
    { name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => reduce(interp, self!, reverse, kind !== 'tuple') },
    { name: '__setstate__', flags: METH_O, impl: (interp, self, args) => setstate(interp, self!, args[0]!, reverse) },
  ];
}
