// itertools.repeat. CPython: Modules/itertoolsmodule.c (repeat_new, repeat_next, repeat_repr,
// repeat_len).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { reprText } from '../../objects/objectops.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { allocInstance, ssizeIndexArg } from '../modsupport.ts';
import { shortTypeName } from './common.ts';

interface RepeatBody {
  element: PyObject;
  /** Items left; -1 repeats forever. */
  cnt: number;
}

// CPython: repeat_new
export function repeat_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [element, times] = bindArgs(interp, 'repeat', ['object', 'times'], 0, args, kwnames);
  if (element === undefined) PyErr_SetString(interp, 'TypeError', "repeat() missing required argument 'object' (pos 1)");
  let cnt = -1;
  if (times !== undefined) cnt = Math.max(0, ssizeIndexArg(interp, times));
  return allocInstance(interp, type, 32, 0, { element: Py_NewRef(element), cnt } satisfies RepeatBody);
}

export function repeat_dealloc(o: PyObject): void {
  Py_DECREF((o.body as RepeatBody).element);
  freeObject(o);
}

export function repeat_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit((o.body as RepeatBody).element, arg);
}

// CPython: repeat_next
export function repeat_next(o: PyObject): PyObject | null {
  const b = o.body as RepeatBody;
  if (b.cnt === 0) return null;
  if (b.cnt > 0) b.cnt--;
  return Py_NewRef(b.element);
}

// CPython: repeat_repr
export function repeat_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as RepeatBody;
  const elem = reprText(interp, b.element);
  return PyUnicode_FromString(interp, `${shortTypeName(o.ob_type)}(${elem}${b.cnt === -1 ? '' : `, ${b.cnt}`})`);
}

// CPython: repeat_len
function repeat_len(interp: Interpreter, self: PyObject | null): PyObject {
  const cnt = (self!.body as RepeatBody).cnt;
  if (cnt === -1) PyErr_SetString(interp, 'TypeError', 'len() of unsized object');
  return PyLong_FromNumber(interp, cnt);
}

export const repeat_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: repeat_len, doc: 'Private method returning an estimate of len(list(it)).' },
];
