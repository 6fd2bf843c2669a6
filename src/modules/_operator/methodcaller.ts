// operator.methodcaller. CPython: Modules/_operator.c (methodcaller_new, methodcaller_call,
// methodcaller_repr, methodcaller_reduce).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { Py_ReprEnter, Py_ReprLeave, reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { functoolsState } from '../_functools/state.ts';
import { allocInstance, kwCount } from '../modsupport.ts';

interface MethodcallerBody {
  name: PyObject;
  /** The positional arguments, then the keyword values. */
  args: PyObject[];
  /** The keyword names (a tuple) or null. */
  kwnames: PyObject | null;
}

const body = (o: PyObject): MethodcallerBody => o.body as MethodcallerBody;

// CPython: methodcaller_new — methodcaller(name, /, *args, **kwargs)
export function methodcaller_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  if (args.length - kwCount(kwnames) < 1) PyErr_SetString(interp, 'TypeError', 'methodcaller needs at least one argument, the method name');
  const name = args[0]!;
  if (!name.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'method name must be a string');
  const b: MethodcallerBody = {
    name: Py_NewRef(internedStr(interp, unicodeText(name))), args: args.slice(1).map((x) => Py_NewRef(x)),
    kwnames: kwCount(kwnames) > 0 ? Py_NewRef(kwnames!) : null,
  };
  return allocInstance(interp, type, 56, 0, b);
}

export function methodcaller_dealloc(o: PyObject): void {
  const b = body(o);
  Py_DECREF(b.name);
  for (const x of b.args) Py_DECREF(x);
  if (b.kwnames !== null) Py_DECREF(b.kwnames);
  freeObject(o);
}

export function methodcaller_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  visit(b.name, arg);
  for (const x of b.args) visit(x, arg);
}

// CPython: methodcaller_call
export function methodcaller_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  noKeywords(interp, 'methodcaller', kwnames);
  checkPositional(interp, 'methodcaller', args.length - kwCount(kwnames), 1, 1);
  const b = body(o);
  const method = PyObject_GetAttr(interp, args[0]!, b.name);
  try {
    return PyObject_Vectorcall(interp, method, b.args, b.kwnames);
  } finally {
    Py_DECREF(method);
  }
}

const keywordNames = (b: MethodcallerBody): PyObject[] => (b.kwnames === null ? [] : (b.kwnames as PyTupleObject).body);

// CPython: methodcaller_repr — "operator.methodcaller('name', arg, key=value)"
export function methodcaller_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const tn = o.ob_type.tp_name;
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, `${tn}(...)`);
  try {
    const b = body(o);
    const names = keywordNames(b);
    const npos = b.args.length - names.length;
    const parts = [reprText(interp, b.name)];
    for (let i = 0; i < npos; i++) parts.push(reprText(interp, b.args[i]!));
    for (let i = 0; i < names.length; i++) parts.push(`${unicodeText(names[i]!)}=${reprText(interp, b.args[npos + i]!)}`);
    return PyUnicode_FromString(interp, `${tn}(${parts.join(', ')})`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: methodcaller_reduce — (type, (name, *args)), or (partial(type, name, **kwargs), args)
function methodcaller_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const b = body(self!);
  const names = keywordNames(b);
  const npos = b.args.length - names.length;
  const positional = b.args.slice(0, npos);
  if (names.length === 0) {
    return tupleFromItemsSteal(interp, [Py_NewRef(self!.ob_type), tupleFromItemsSteal(interp, [b.name, ...positional].map((x) => Py_NewRef(x)))]);
  }
  const partial = PyObject_Vectorcall(interp, functoolsState(interp).partial, [self!.ob_type, b.name, ...b.args.slice(npos)], b.kwnames);
  return tupleFromItemsSteal(interp, [partial, tupleFromItemsSteal(interp, positional.map((x) => Py_NewRef(x)))]);
}

export const methodcaller_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: methodcaller_reduce, doc: 'Return state information for pickling' },
];
