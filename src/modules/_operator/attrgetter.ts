// operator.attrgetter. CPython: Modules/_operator.c (attrgetter_new, dotted_getattr,
// attrgetter_call_impl, attrgetter_repr, attrgetter_reduce).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { unicodeText } from '../../objects/unicodeobject.ts';
import { allocInstance, kwCount } from '../modsupport.ts';
import { getterReduce, getterRepr } from './common.ts';

interface AttrgetterBody {
  /** The names as given (a tuple of str). */
  names: PyObject;
  /** Each name split at its dots, interned. */
  paths: PyObject[][];
}

const body = (o: PyObject): AttrgetterBody => o.body as AttrgetterBody;

// CPython: attrgetter_new
export function attrgetter_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'attrgetter', kwnames);
  if (args.length <= 1) checkPositional(interp, 'attrgetter', args.length, 1, 1);
  for (const a of args) if (!a.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'attribute name must be a string');
  const paths = args.map((a) => unicodeText(a).split('.').map((part) => Py_NewRef(internedStr(interp, part))));
  const names = tupleFromItemsSteal(interp, args.map((x) => Py_NewRef(x)));
  return allocInstance(interp, type, 48, 0, { names, paths } satisfies AttrgetterBody);
}

export function attrgetter_dealloc(o: PyObject): void {
  const b = body(o);
  Py_DECREF(b.names);
  for (const p of b.paths) for (const x of p) Py_DECREF(x);
  freeObject(o);
}

export function attrgetter_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(body(o).names, arg);
}

// CPython: dotted_getattr
function dottedGetattr(interp: Interpreter, obj: PyObject, path: PyObject[]): PyObject {
  let cur = Py_NewRef(obj);
  for (const name of path) {
    try {
      const next = PyObject_GetAttr(interp, cur, name);
      Py_DECREF(cur);
      cur = next;
    } catch (e) {
      Py_DECREF(cur);
      throw e;
    }
  }
  return cur;
}

// CPython: attrgetter_vectorcall, attrgetter_call_impl
export function attrgetter_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  noKeywords(interp, 'attrgetter', kwnames);
  checkPositional(interp, 'attrgetter', args.length - kwCount(kwnames), 1, 1);
  const paths = body(o).paths;
  if (paths.length === 1) return dottedGetattr(interp, args[0]!, paths[0]!);
  const out: PyObject[] = [];
  try {
    for (const p of paths) out.push(dottedGetattr(interp, args[0]!, p));
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  }
  return tupleFromItemsSteal(interp, out);
}

// CPython: attrgetter_repr
export const attrgetter_repr = (o: PyObject): PyObject => getterRepr(o, body(o).names);

export const attrgetter_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => getterReduce(interp, self!, Py_NewRef(body(self!).names)),
    doc: 'Return state information for pickling' },
];

