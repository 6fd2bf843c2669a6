// functools.KeyWrapper and cmp_to_key(). CPython: Modules/_functoolsmodule.c (keyobject_call,
// keyobject_richcompare, _functools_cmp_to_key_impl).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bindArgs, unpackKeywords } from '../../objects/args_kw.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import type { BuiltinImpl } from '../../objects/methodobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_RichCompare } from '../../objects/objectops.ts';
import type { GetSetDef, visitproc } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { functoolsState } from './state.ts';

interface KeyBody {
  cmp: PyObject;
  /** The wrapped object; null for what cmp_to_key returns. */
  object: PyObject | null;
}

const body = (o: PyObject): KeyBody => o.body as KeyBody;

function newKey(interp: Interpreter, cmp: PyObject, object: PyObject | null): PyObject {
  return allocInstance(interp, functoolsState(interp).KeyWrapper, 32, 0, { cmp: Py_NewRef(cmp), object: object === null ? null : Py_NewRef(object) } satisfies KeyBody);
}

// CPython: _functools_cmp_to_key_impl
export const cmp_to_key: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [mycmp] = unpackKeywords(interp, 'cmp_to_key', ['mycmp'], 0, 1, 1, args, kwnames);
  return newKey(interp, mycmp!, null);
};

export function keyobject_dealloc(o: PyObject): void {
  const b = body(o);
  Py_DECREF(b.cmp);
  Py_XDECREF(b.object);
  freeObject(o);
}

export function keyobject_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  visit(b.cmp, arg);
  if (b.object !== null) visit(b.object, arg);
}

// CPython: keyobject_call — K(obj)
export function keyobject_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  const [obj] = bindArgs(interp, 'K', ['obj'], 0, args, kwnames);
  if (obj === undefined) PyErr_SetString(interp, 'TypeError', "K() missing required argument 'obj' (pos 1)");
  return newKey(interp, body(o).cmp, obj!);
}

// CPython: keyobject_richcompare — cmp(a, b) compared with 0.
export function keyobject_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if (b.ob_type !== a.ob_type) PyErr_SetString(interp, 'TypeError', 'other argument must be K instance');
  const x = body(a).object;
  const y = body(b).object;
  if (x === null || y === null) PyErr_SetString(interp, 'AttributeError', 'object');
  const res = PyObject_Vectorcall(interp, body(a).cmp, [x, y], null);
  const zero = PyLong_FromNumber(interp, 0);
  try {
    return PyObject_RichCompare(interp, res, zero, op);
  } finally {
    Py_DECREF(zero);
    Py_DECREF(res);
  }
}

export const keyobject_getset: readonly GetSetDef[] = [
  {
    name: 'obj', doc: 'Value wrapped by a key function.', member: true, get: (interp, o) => Py_NewRef(body(o).object ?? interp.singletons.None),
    set: (_interp, o, v) => {
      const b = body(o);
      const old = b.object;
      b.object = v === null ? null : Py_NewRef(v);
      Py_XDECREF(old);
    },
  },
];
