// collections._deque_iterator and _deque_reverse_iterator. CPython: Modules/_collectionsmodule.c
// (deque_iter, deque_reviter, dequeiter_next, dequereviter_next, dequeiter_new, dequeiter_len).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, kwCount, ssizeIndexArg } from '../modsupport.ts';
import { dq } from './deque.ts';
import { collectionsState } from './state.ts';

interface DequeIterBody {
  deque: PyObject;
  /** The next item's position from the iteration's start (the left end, or the right for reversed). */
  index: number;
  /** The deque's mutation counter when the iterator was made. */
  state: number;
  /** Items left. */
  counter: number;
}

function newIter(interp: Interpreter, type: PyTypeObject, deque: PyObject): PyObject {
  const d = dq(deque);
  return allocInstance(interp, type, 56, 0, { deque: Py_NewRef(deque), index: 0, state: d.state, counter: d.size } satisfies DequeIterBody);
}

// CPython: deque_iter
export const deque_iter = (o: PyObject): PyObject => newIter(o.ob_type.tp_interp, collectionsState(o.ob_type.tp_interp).dequeIter, o);

// CPython: deque_reviter (__reversed__)
export const deque_reversed_meth = (interp: Interpreter, self: PyObject | null): PyObject => newIter(interp, collectionsState(interp).dequeRevIter, self!);

export function dequeiter_dealloc(o: PyObject): void {
  Py_DECREF((o.body as DequeIterBody).deque);
  freeObject(o);
}

export function dequeiter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit((o.body as DequeIterBody).deque, arg);
}

function step(o: PyObject, reversed: boolean): PyObject | null {
  const b = o.body as DequeIterBody;
  const d = dq(b.deque);
  if (d.state !== b.state) {
    b.counter = 0;
    PyErr_SetString(o.ob_type.tp_interp, 'RuntimeError', 'deque mutated during iteration');
  }
  if (b.counter === 0) return null;
  const i = b.index++;
  b.counter--;
  return Py_NewRef(d.get(reversed ? d.size - 1 - i : i));
}

// CPython: dequeiter_next
export const dequeiter_next = (o: PyObject): PyObject | null => step(o, false);
// CPython: dequereviter_next
export const dequereviter_next = (o: PyObject): PyObject | null => step(o, true);

/** _deque_iterator(deque, index=0): an iterator advanced `index` items. CPython: dequeiter_new, dequereviter_new */
function iterNew(reversed: boolean) {
  return (type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject => {
    const interp = type.tp_interp;
    const name = reversed ? '_deque_reverse_iterator' : '_deque_iterator';
    if (kwCount(kwnames) > 0) PyErr_SetString(interp, 'TypeError', `${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 2) {
      PyErr_SetString(interp, 'TypeError', `function takes at ${args.length < 1 ? 'least 1' : 'most 2'} argument${args.length < 1 ? '' : 's'} (${args.length} given)`);
    }
    const deque = args[0]!;
    const dequeType = collectionsState(interp).deque;
    if (!deque.ob_type.isSubtypeOf(dequeType)) {
      PyErr_SetString(interp, 'TypeError', `argument 1 must be collections.deque, not ${deque.ob_type.tp_name}`);
    }
    const index = args.length > 1 ? ssizeIndexArg(interp, args[1]!) : 0;
    const it = newIter(interp, type, deque);
    const b = it.body as DequeIterBody;
    for (let k = 0; k < index && b.counter > 0; k++) Py_DECREF(step(it, reversed)!);
    return it;
  };
}
export const dequeiter_new = iterNew(false);
export const dequereviter_new = iterNew(true);

export const dequeiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, (self!.body as DequeIterBody).counter),
    doc: 'Private method returning an estimate of len(list(it)).' },
];
