// itertools.islice. CPython: Modules/itertoolsmodule.c (islice_new, islice_next).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyNumber_AsSsize_t } from '../../objects/abstract.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { allocInstance, dropException, kwCount, positionalNew } from '../modsupport.ts';
import { itertoolsState } from './state.ts';

interface IsliceBody {
  it: PyObject | null;
  /** The index of the next item to yield. */
  next: number;
  /** -1: no stop. */
  stop: number;
  step: number;
  /** How many items were read. */
  cnt: number;
}

const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** An index argument: None gives `dflt`, an error (cleared) gives -1. */
function indexOrMinusOne(interp: Interpreter, o: PyObject, dflt: number): number {
  if (o === interp.singletons.None) return dflt;
  try {
    return PyNumber_AsSsize_t(interp, o);
  } catch (e) {
    dropException(e);
    return -1;
  }
}

// CPython: islice_new
export function islice_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  positionalNew(type, itertoolsState(interp).islice, 'islice', args, kwnames, 2, 4);
  const n = args.length - kwCount(kwnames);
  let start = 0;
  let stop = -1;
  let step = 1;
  if (n === 2) {
    stop = indexOrMinusOne(interp, args[1]!, -1);
    if (stop === -1 && args[1] !== interp.singletons.None) PyErr_SetString(interp, 'ValueError', STOP_MSG);
  } else {
    start = indexOrMinusOne(interp, args[1]!, 0);
    stop = indexOrMinusOne(interp, args[2]!, -1);
    if (stop === -1 && args[2] !== interp.singletons.None) PyErr_SetString(interp, 'ValueError', STOP_MSG);
  }
  if (start < 0 || stop < -1) PyErr_SetString(interp, 'ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (n === 4) {
    step = indexOrMinusOne(interp, args[3]!, 1);
    if (step < 1) PyErr_SetString(interp, 'ValueError', 'Step for islice() must be a positive integer or None.');
  }
  const it = PyObject_GetIter(interp, args[0]!);
  return allocInstance(interp, type, 56, 0, { it, next: start, stop, step, cnt: 0 } satisfies IsliceBody);
}

export function islice_dealloc(o: PyObject): void {
  Py_XDECREF((o.body as IsliceBody).it);
  freeObject(o);
}

export function islice_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const it = (o.body as IsliceBody).it;
  if (it !== null) visit(it, arg);
}

// CPython: islice_next
export function islice_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as IsliceBody;
  const it = b.it;
  if (it === null) return null;
  const stop = b.stop;
  let item: PyObject | null = null;
  try {
    while (b.cnt < b.next) {
      item = PyIter_Next(interp, it);
      if (item === null) break;
      Py_DECREF(item);
      b.cnt++;
    }
    if (b.cnt >= b.next && !(stop !== -1 && b.cnt >= stop)) item = PyIter_Next(interp, it);
    else item = null;
  } catch (e) {
    b.it = null;
    Py_DECREF(it);
    throw e;
  }
  if (item === null) {
    b.it = null;
    Py_DECREF(it);
    return null;
  }
  b.cnt++;
  const oldnext = b.next;
  b.next += b.step;
  if (b.next < oldnext || (stop !== -1 && b.next > stop)) b.next = stop;
  return item;
}
