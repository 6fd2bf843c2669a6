// itertools.count. CPython: Modules/itertoolsmodule.c (itertools_count_impl, count_next,
// count_nextlong, count_repr). An int start within ssize_t and a step of exactly int 1 count
// natively ("fast mode"); anything else adds with the number protocol.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyNumber_Add } from '../../objects/abstract.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { reprText } from '../../objects/objectops.ts';
import type { PyTypeObject, visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { shortTypeName } from './common.ts';
import { allocInstance } from '../modsupport.ts';

const SSIZE_MAX = 2n ** 63n - 1n;
const SAFE = 2 ** 53;

interface CountBody {
  /** The next value in fast mode; SSIZE_MAX once counting goes through long_cnt. */
  cnt: number | bigint;
  longCnt: PyObject | null;
  longStep: PyObject;
}

// CPython: PyNumber_Check
function isNumber(interp: Interpreter, o: PyObject): boolean {
  const nb = o.ob_type.tp_as_number;
  return (nb !== null && (nb.nb_index !== undefined || nb.nb_int !== undefined || nb.nb_float !== undefined)) || o.ob_type.isSubtypeOf(interp.types.complex);
}

// CPython: itertools_count_impl
export function count_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [start, step] = bindArgs(interp, 'count', ['start', 'step'], 0, args, kwnames);
  if ((start !== undefined && !isNumber(interp, start)) || (step !== undefined && !isNumber(interp, step))) {
    PyErr_SetString(interp, 'TypeError', 'a number is required');
  }
  let slow = false;
  let cnt: number | bigint = 0;
  if (start !== undefined) {
    if (PyLong_Check(start)) {
      const v = longValue(start);
      if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) slow = true;
      else cnt = typeof v === 'bigint' && v >= -SAFE && v < SAFE ? Number(v) : v;
    } else slow = true;
  }
  if (step !== undefined && (!PyLong_Check(step) || longValue(step) !== 1)) slow = true;
  const longStep = step === undefined ? PyLong_FromNumber(interp, 1) : Py_NewRef(step);
  const longCnt = slow ? (start === undefined ? PyLong_FromNumber(interp, 0) : Py_NewRef(start)) : null;
  return allocInstance(interp, type, 48, 0, { cnt: slow ? SSIZE_MAX : cnt, longCnt, longStep } satisfies CountBody);
}

export function count_dealloc(o: PyObject): void {
  const b = o.body as CountBody;
  Py_XDECREF(b.longCnt);
  Py_DECREF(b.longStep);
  freeObject(o);
}

export function count_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as CountBody;
  if (b.longCnt !== null) visit(b.longCnt, arg);
  visit(b.longStep, arg);
}

// CPython: count_next, count_nextlong
export function count_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as CountBody;
  const cnt = b.cnt;
  if (typeof cnt === 'number') {
    b.cnt = cnt + 1 < SAFE ? cnt + 1 : BigInt(cnt) + 1n;
    return PyLong_FromNumber(interp, cnt);
  }
  if (cnt !== SSIZE_MAX) {
    b.cnt = cnt + 1n;
    return PyLong_FromBigInt(interp, cnt);
  }
  b.longCnt ??= PyLong_FromBigInt(interp, SSIZE_MAX);
  const steppedUp = PyNumber_Add(interp, b.longCnt, b.longStep);
  const returned = b.longCnt;
  b.longCnt = steppedUp;
  return returned;
}

// CPython: count_repr (a fast count that reached ssize_t's maximum shows <NULL>, as CPython's does)
export function count_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as CountBody;
  const name = shortTypeName(o.ob_type);
  if (b.cnt !== SSIZE_MAX) return PyUnicode_FromString(interp, `${name}(${b.cnt})`);
  const cnt = b.longCnt === null ? '<NULL>' : reprText(interp, b.longCnt);
  if (PyLong_Check(b.longStep) && longValue(b.longStep) === 1) return PyUnicode_FromString(interp, `${name}(${cnt})`);
  return PyUnicode_FromString(interp, `${name}(${cnt}, ${reprText(interp, b.longStep)})`);
}
