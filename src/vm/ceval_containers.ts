// The eval loop's container opcodes that need more than a few lines: UNPACK_EX, LIST_EXTEND's
// and DICT_MERGE's error messages, CALL_FUNCTION_EX's argument unpacking, CALL_INTRINSIC_1.
// CPython: Python/bytecodes.c, Python/ceval.c (unpack_iterable, format_kwargs_error,
// check_args_iterable), Python/intrinsics.c.
import { isTypingIntrinsic1, typingIntrinsic1 } from '../modules/_typing/_typingmodule.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyNumber_Positive, PySequence_Check } from '../objects/abstract.ts';
import { PyErr_SetString, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import type { PyCFunctionObject } from '../objects/methodobject.ts';
import type { PyFunctionObject } from '../objects/funcobject.ts';
import { PyList_New, list_extend, type PyListObject } from '../objects/listobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, strOf } from '../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { dictKeys, PyDict_GetItem } from '../objects/dictobject.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';


function isExc(interp: Interpreter, e: unknown, name: string): boolean {
  const t = (e as PyObject).ob_type;
  return t !== undefined && t.isSubtypeOf(interp.types.exceptions.get(name)!);
}

/**
 * UNPACK_EX: `before` items, a list of the middle, `after` items, into `out` (new references, in
 * order). CPython: unpack_iterable (argcntafter != -1)
 */
export function unpackEx(interp: Interpreter, v: PyObject, before: number, after: number, out: PyObject[]): void {
  if (v.ob_type.tp_iter === null && !PySequence_Check(interp, v)) {
    PyErr_SetString(interp, 'TypeError', `cannot unpack non-iterable ${v.ob_type.tp_name} object`);
  }
  const it = PyObject_GetIter(interp, v);
  try {
    for (let i = 0; i < before; i++) {
      const w = PyIter_Next(interp, it);
      if (w === null) {
        PyErr_SetString(interp, 'ValueError', `not enough values to unpack (expected at least ${before + after}, got ${i})`);
      }
      out.push(w);
    }
    const l = PyList_New(interp, 0);
    out.push(l);
    list_extend(interp, l, it);
    const items = (l as PyListObject).body;
    const ll = items.length;
    if (ll < after) {
      PyErr_SetString(interp, 'ValueError', `not enough values to unpack (expected at least ${before + after}, got ${before + ll})`);
    }
    // The last `after` items move from the list to the stack.
    const tail = items.splice(ll - after, after);
    for (const w of tail) out.push(w);
  } catch (e) {
    for (let i = out.length; --i >= 0;) Py_DECREF(out[i]!);
    out.length = 0;
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

/** LIST_EXTEND's error: a TypeError about a non-iterable becomes "Value after * ...". */
export function listExtendError(interp: Interpreter, e: unknown, iterable: PyObject): unknown {
  if (isExc(interp, e, 'TypeError') && iterable.ob_type.tp_iter === null && !PySequence_Check(interp, iterable)) {
    Py_DECREF(e as PyObject);
    try {
      PyErr_SetString(interp, 'TypeError', `Value after * must be an iterable, not ${iterable.ob_type.tp_name}`);
    } catch (e2) {
      return e2;
    }
  }
  return e;
}

/** `qualname()` or `module.qualname()` of a callable, for error messages. CPython: _PyObject_FunctionStr */
export function functionStr(interp: Interpreter, func: PyObject): string {
  const t = interp.types;
  if (func.ob_type === t.function) {
    const b = (func as PyFunctionObject).body;
    const mod = b.module;
    const qual = text(b.qualname);
    if (mod !== null && mod.ob_type === t.str && text(mod) !== 'builtins') return `${text(mod)}.${qual}()`;
    return `${qual}()`;
  }
  if (func.ob_type === t.builtin_function_or_method) return `${(func as PyCFunctionObject).body.name}()`;
  if (func instanceof PyTypeObject) return `${func.tp_name}()`;
  return `<${func.ob_type.tp_name} object at 0x${func.addr.toString(16)}>`;
}

/** DICT_MERGE's error for `func(**kwargs)`. CPython: format_kwargs_error */
export function kwargsError(interp: Interpreter, e: unknown, func: PyObject, kwargs: PyObject): unknown {
  let msg: string | null = null;
  if (isExc(interp, e, 'AttributeError')) {
    msg = `${functionStr(interp, func)} argument after ** must be a mapping, not ${kwargs.ob_type.tp_name}`;
  } else if (isExc(interp, e, 'KeyError')) {
    const args = ((e as PyBaseExceptionObject).body.args as PyTupleObject).body;
    if (args.length === 1) msg = `${functionStr(interp, func)} got multiple values for keyword argument '${strOf(interp, args[0]!)}'`;
  }
  if (msg === null) return e;
  Py_DECREF(e as PyObject);
  try {
    return PyErr_SetString(interp, 'TypeError', msg);
  } catch (e2) {
    return e2;
  }
}

/**
 * CALL_FUNCTION_EX's `*args`: a tuple (new reference) of callargs, which must be iterable.
 * CPython: check_args_iterable + PySequence_Tuple
 */
export function starArgsTuple(interp: Interpreter, func: PyObject, callargs: PyObject): PyObject {
  if (callargs.ob_type === interp.types.tuple) {
    Py_INCREF(callargs);
    return callargs;
  }
  if (callargs.ob_type.tp_iter === null && !PySequence_Check(interp, callargs)) {
    PyErr_SetString(interp, 'TypeError', `${functionStr(interp, func)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`);
  }
  if (callargs.ob_type === interp.types.list) {
    const items = (callargs as PyListObject).body.slice();
    for (const v of items) Py_INCREF(v);
    return tupleFromItemsSteal(interp, items);
  }
  const l = PyList_New(interp, 0);
  try {
    list_extend(interp, l, callargs);
    const items = (l as PyListObject).body.slice();
    for (const v of items) Py_INCREF(v);
    return tupleFromItemsSteal(interp, items);
  } finally {
    Py_DECREF(l);
  }
}

/**
 * The vectorcall form of `f(*args, **kwargs)`: the positional items then the keyword values
 * (borrowed from `args` and `kwargs`), and a new kwnames tuple or null.
 * CPython: PyVectorcall_Call / _PyStack_UnpackDict
 */
export function unpackCallArgs(interp: Interpreter, args: PyObject, kwargs: PyObject | null): [PyObject[], PyObject | null] {
  const out = (args as PyTupleObject).body.slice();
  if (kwargs === null) return [out, null];
  const keys = dictKeys(kwargs);
  if (keys.length === 0) return [out, null];
  for (const k of keys) {
    if (!k.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'keywords must be strings');
  }
  for (const k of keys) out.push(PyDict_GetItem(interp, kwargs, k)!);
  for (const k of keys) Py_INCREF(k);
  return [out, tupleFromItemsSteal(interp, keys.slice())];
}

const INTRINSIC_UNARY_POSITIVE = 5;
const INTRINSIC_LIST_TO_TUPLE = 6;
const INTRINSIC_1_NAMES = ['INVALID', 'PRINT', 'IMPORT_STAR', 'STOPITERATION_ERROR', 'ASYNC_GEN_WRAP', 'UNARY_POSITIVE',
  'LIST_TO_TUPLE', 'TYPEVAR', 'PARAMSPEC', 'TYPEVARTUPLE', 'SUBSCRIPT_GENERIC', 'TYPEALIAS'];

/** CALL_INTRINSIC_1's functions of containers and numbers, `which` applied to `v` (borrowed); a new reference. CPython: _PyIntrinsics_UnaryFunctions */
export function intrinsic1(interp: Interpreter, which: number, v: PyObject): PyObject {
  switch (which) {
    case INTRINSIC_UNARY_POSITIVE:
      return PyNumber_Positive(interp, v);
    case INTRINSIC_LIST_TO_TUPLE: {
      // CPython: list_to_tuple (_PyTuple_FromArray)
      const items = (v as PyListObject).body.slice();
      for (const x of items) Py_INCREF(x);
      return tupleFromItemsSteal(interp, items);
    }
    default:
      if (isTypingIntrinsic1(which)) return typingIntrinsic1(interp, which, v);
      return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement INTRINSIC_${INTRINSIC_1_NAMES[which] ?? which} yet`);
  }
}

