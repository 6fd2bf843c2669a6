// The _functools module: reduce, cmp_to_key, partial and _lru_cache_wrapper. CPython:
// Modules/_functoolsmodule.c (_functools_exec, functools_reduce).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { PyTuple_New } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { withArgsTuple } from '../../objects/call_args.ts';
import { dropException, isExcOf } from '../modsupport.ts';
import { cmp_to_key } from './keywrapper.ts';
import { functoolsState } from './state.ts';

// CPython: functools_reduce — reduce(function, iterable[, initial]), METH_VARARGS. The function
// is called with one 2-tuple, refilled in place while reduce alone holds it, so it keeps the last
// pair alive until the end, as CPython's does.
const functools_reduce: BuiltinImpl = withArgsTuple((interp, _self, args, kwnames) => {
  noKeywords(interp, 'reduce', kwnames);
  checkPositional(interp, 'reduce', args.length, 2, 3);
  const func = args[0]!;
  let it: PyObject;
  try {
    it = PyObject_GetIter(interp, args[1]!);
  } catch (e) {
    if (!isExcOf(interp, e, 'TypeError')) throw e;
    dropException(e);
    PyErr_SetString(interp, 'TypeError', 'reduce() arg 2 must support iteration');
  }
  let result: PyObject | null = args.length > 2 ? Py_NewRef(args[2]!) : null;
  let pair = PyTuple_New(interp, 2);
  try {
    for (;;) {
      if (pair.ob_refcnt > 1) {
        Py_DECREF(pair);
        pair = PyTuple_New(interp, 2);
      }
      const op2 = PyIter_Next(interp, it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      const items = pair.body;
      const old0 = items[0];
      const old1 = items[1];
      items[0] = result;
      items[1] = op2;
      result = null;
      Py_XDECREF(old0 ?? null);
      Py_XDECREF(old1 ?? null);
      result = PyObject_Vectorcall(interp, func, items, null);
      // The collector may have untracked the tuple; it is refilled, so it is tracked again.
      if (pair.gc_next === null) interp.gc.track(pair);
    }
  } catch (e) {
    Py_XDECREF(result);
    throw e;
  } finally {
    Py_DECREF(pair);
    Py_DECREF(it);
  }
  if (result === null) PyErr_SetString(interp, 'TypeError', 'reduce() of empty iterable with no initial value');
  return result;
}, false);

/** The _functools module object. CPython: _functools_exec */
export function createFunctoolsModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_functools'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Tools that operate on functions.'));
  const s = functoolsState(interp);
  moduleAdd(interp, m, 'partial', Py_NewRef(s.partial));
  moduleAdd(interp, m, '_lru_cache_wrapper', Py_NewRef(s._lru_cache_wrapper));
  moduleAdd(interp, m, 'reduce', PyCFunction_New(interp, 'reduce', functools_reduce, Py_NewRef(m)));
  moduleAdd(interp, m, 'cmp_to_key', PyCFunction_New(interp, 'cmp_to_key', cmp_to_key, Py_NewRef(m)));
  return m;
}
