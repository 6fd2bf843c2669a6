// The argument tuple and keyword dict CPython builds for callables that take them (no
// vectorcall, METH_VARARGS), which Glasspy's vectorcall-style implementations do not read but
// make for their memory and the GC's allocation count. CPython: Objects/call.c
// (_PyObject_MakeTpCall), Objects/methodobject.c (cfunction_call).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { BuiltinImpl } from './methodobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { _PyDict_FromItems } from './dictobject.ts';

/**
 * The args tuple and keyword dict (new references) a callable without vectorcall gets, from
 * vectorcall arguments. CPython: _PyObject_MakeTpCall
 */
export function makeTpCallArgs(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null, withDict = true): [PyObject, PyObject | null] {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  const items = args.slice(0, npos);
  for (const a of items) Py_INCREF(a);
  const argsTuple = tupleFromItemsSteal(interp, items);
  const kwds = kw.length === 0 || !withDict ? null : _PyDict_FromItems(interp, kw, 0, 1, args, npos, 1, kw.length);
  return [argsTuple, kwds];
}

/**
 * A builtin whose CPython counterpart takes its arguments as a tuple (METH_VARARGS, with a
 * keyword dict for METH_KEYWORDS; Argument Clinic's `*args`, without): the implementation reads
 * the vectorcall arguments, while the tuple and dict CPython builds live for the call, so that
 * their memory and allocation counts are CPython's. CPython: cfunction_call,
 * method_vectorcall_VARARGS_KEYWORDS, _PyArg_UnpackKeywordsWithVararg
 */
export function withArgsTuple(impl: BuiltinImpl, withDict = true): BuiltinImpl {
  return (interp, self, args, kwnames) => {
    const [argsTuple, kwds] = makeTpCallArgs(interp, args, kwnames, withDict);
    try {
      return impl(interp, self, args, kwnames);
    } finally {
      Py_DECREF(argsTuple);
      if (kwds !== null) Py_DECREF(kwds);
    }
  };
}
