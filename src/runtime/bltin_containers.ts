// The builtins that belong to the container types: the types themselves and the functions over
// iteration. CPython: Python/bltinmodule.c (builtin_sorted, builtin_sum_impl, min_max,
// builtin_any, builtin_all) and the types' own files (list, enumerate, zip, map, filter, reversed).
import { withArgsTuple } from '../objects/call_args.ts';
import type { Interpreter } from './interpreter.ts';
import { PyNumber_Add } from '../objects/abstract.ts';
import { oneArg } from '../objects/args.ts';
import { bindArgs } from '../objects/args_kw.ts';
import { PyObject_CallOneArg } from '../objects/call.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { list_extend, list_methods, PyList_New } from '../objects/listobject.ts';
import { longValue, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue, PyObject_RichCompareBool, Py_GT, Py_LT } from '../objects/objectops.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import { unicodeText } from '../objects/unicodeobject.ts';

// CPython: builtin_sorted — a new list, sorted by its bound sort method with the keywords.
const builtinSorted: BuiltinImpl = (interp, _self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  const nargs = args.length - nkw;
  if (nargs !== 1) PyErr_SetString(interp, 'TypeError', `sorted expected 1 argument, got ${nargs}`);
  const newlist = PyList_New(interp, 0);
  try {
    list_extend(interp, newlist, args[0]!);
    // PyObject_GetAttr(newlist, "sort") makes a bound method.
    Py_INCREF(newlist);
    const sort = list_methods.find((m) => m.name === 'sort')!;
    const callable = PyCFunction_New(interp, 'sort', sort.impl, newlist);
    try {
      Py_DECREF(sort.impl(interp, newlist, args.slice(1), kwnames));
    } finally {
      Py_DECREF(callable);
    }
  } catch (e) {
    Py_DECREF(newlist);
    throw e;
  }
  return newlist;
};

const LONG_MAX = 2 ** 63 - 1;

/** An int item's value when it fits a C long, else null. CPython: PyLong_AsLongAndOverflow */
function smallLong(interp: Interpreter, o: PyObject): number | null {
  if (o.ob_type !== interp.types.int && o.ob_type !== interp.types.bool) return null;
  const v = longValue(o);
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : null;
}

// CPython: builtin_sum_impl — int and float fast paths (float with Neumaier's compensated
// summation), then PyNumber_Add.
const builtinSum: BuiltinImpl = (interp, _self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  if (args.length - nkw < 1) PyErr_SetString(interp, 'TypeError', `sum() takes at least 1 positional argument (${args.length - nkw} given)`);
  const [iterable, start] = bindArgs(interp, 'sum', ['iterable', 'start'], 1, args, kwnames);
  const iter = PyObject_GetIter(interp, iterable!);
  const t = interp.types;
  let result: PyObject | null;
  try {
    if (start === undefined) result = PyLong_FromNumber(interp, 0);
    else {
      if (start.ob_type.isSubtypeOf(t.str)) PyErr_SetString(interp, 'TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
      Py_INCREF(start);
      result = start;
    }
    if (result.ob_type === t.int) {
      const first = smallLong(interp, result);
      if (first !== null) {
        let iResult = first;
        Py_DECREF(result);
        result = null;
        while (result === null) {
          const item = PyIter_Next(interp, iter);
          if (item === null) return PyLong_FromNumber(interp, iResult);
          const b = smallLong(interp, item);
          if (b !== null && Number.isSafeInteger(iResult + b) && Math.abs(iResult + b) <= LONG_MAX) {
            iResult += b;
            Py_DECREF(item);
            continue;
          }
          const acc = PyLong_FromNumber(interp, iResult);
          try {
            result = PyNumber_Add(interp, acc, item);
          } finally {
            Py_DECREF(acc);
            Py_DECREF(item);
          }
        }
      }
    }
    if (result.ob_type === t.float) {
      let fResult = result.ival;
      let c = 0;
      Py_DECREF(result);
      result = null;
      while (result === null) {
        const item = PyIter_Next(interp, iter);
        if (item === null) {
          if (c && Number.isFinite(c)) fResult += c;
          return PyFloat_FromDouble(interp, fResult);
        }
        if (item.ob_type === t.float) {
          const x = item.ival;
          const tt = fResult + x;
          if (Math.abs(fResult) >= Math.abs(x)) c += (fResult - tt) + x;
          else c += (x - tt) + fResult;
          fResult = tt;
          Py_DECREF(item);
          continue;
        }
        const b = item.ob_type.isSubtypeOf(t.int) ? smallLong(interp, item) : null;
        if (b !== null) {
          fResult += b;
          Py_DECREF(item);
          continue;
        }
        if (c && Number.isFinite(c)) fResult += c;
        const acc = PyFloat_FromDouble(interp, fResult);
        try {
          result = PyNumber_Add(interp, acc, item);
        } finally {
          Py_DECREF(acc);
          Py_DECREF(item);
        }
      }
    }
    for (;;) {
      const item = PyIter_Next(interp, iter);
      if (item === null) return result;
      let temp: PyObject;
      try {
        temp = PyNumber_Add(interp, result, item);
      } finally {
        Py_DECREF(result);
        Py_DECREF(item);
      }
      result = temp;
    }
  } finally {
    Py_DECREF(iter);
  }
};

// CPython: min_max — min(iterable, *[, default=obj, key=func]) and min(a, b, *args[, key=func]).
function minMax(name: 'min' | 'max', op: number): BuiltinImpl {
  // METH_VARARGS | METH_KEYWORDS
  return withArgsTuple((interp, _self, args, kwnames) => {
    const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
    const nargs = args.length - kw.length;
    if (nargs === 0) PyErr_SetString(interp, 'TypeError', `${name} expected at least 1 argument, got 0`);
    let keyfunc: PyObject | null = null;
    let defaultval: PyObject | null = null;
    for (let i = 0; i < kw.length; i++) {
      const k = unicodeText(kw[i]!);
      if (k === 'key') keyfunc = args[nargs + i]!;
      else if (k === 'default') defaultval = args[nargs + i]!;
      else PyErr_SetString(interp, 'TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    }
    const positional = nargs > 1;
    if (positional && defaultval !== null) {
      PyErr_SetString(interp, 'TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    // With several arguments CPython iterates over its args tuple.
    const it = positional ? null : PyObject_GetIter(interp, args[0]!);
    if (keyfunc === interp.singletons.None) keyfunc = null;
    let maxitem: PyObject | null = null;
    let maxval: PyObject | null = null;
    let k = 0;
    const next = (): PyObject | null => {
      if (it !== null) return PyIter_Next(interp, it);
      if (k >= nargs) return null;
      const v = args[k++]!;
      Py_INCREF(v);
      return v;
    };
    try {
      for (let item = next(); item !== null; item = next()) {
        let val: PyObject;
        if (keyfunc !== null) {
          try {
            val = PyObject_CallOneArg(interp, keyfunc, item);
          } catch (e) {
            Py_DECREF(item);
            throw e;
          }
        } else {
          Py_INCREF(item);
          val = item;
        }
        if (maxval === null) {
          maxitem = item;
          maxval = val;
          continue;
        }
        let cmp: boolean;
        try {
          cmp = PyObject_RichCompareBool(interp, val, maxval, op);
        } catch (e) {
          Py_DECREF(item);
          Py_DECREF(val);
          throw e;
        }
        if (cmp) {
          Py_DECREF(maxval);
          Py_DECREF(maxitem!);
          maxval = val;
          maxitem = item;
        } else {
          Py_DECREF(item);
          Py_DECREF(val);
        }
      }
    } catch (e) {
      if (maxval !== null) {
        Py_DECREF(maxval);
        Py_DECREF(maxitem!);
      }
      throw e;
    } finally {
      if (it !== null) Py_DECREF(it);
    }
    if (maxval === null) {
      if (defaultval !== null) {
        Py_INCREF(defaultval);
        return defaultval;
      }
      return PyErr_SetString(interp, 'ValueError', `${name}() iterable argument is empty`);
    }
    Py_DECREF(maxval);
    return maxitem!;
  });
}

// CPython: builtin_any / builtin_all
function anyAll(name: 'any' | 'all', stopOn: boolean): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    const iterable = oneArg(interp, name, args, kwnames);
    const it = PyObject_GetIter(interp, iterable);
    try {
      for (;;) {
        const item = PyIter_Next(interp, it);
        if (item === null) break;
        let cmp: boolean;
        try {
          cmp = PyObject_IsTrue(interp, item);
        } finally {
          Py_DECREF(item);
        }
        if (cmp === stopOn) return stopOn ? interp.singletons.True : interp.singletons.False;
      }
    } finally {
      Py_DECREF(it);
    }
    return stopOn ? interp.singletons.False : interp.singletons.True;
  };
}

/** Adds the container builtins through `set(name, value)`, which takes over the reference. */
export function addContainerBuiltins(interp: Interpreter, set: (name: string, v: PyObject) => void): void {
  const t = interp.types;
  const fn = (name: string, impl: BuiltinImpl) => set(name, PyCFunction_New(interp, name, impl, null));
  set('list', t.list);
  set('set', t.set);
  set('frozenset', t.frozenset);
  set('enumerate', t.enumerate);
  set('reversed', t.reversed);
  set('map', t.map);
  set('filter', t.filter);
  set('zip', t.zip);
  fn('sorted', builtinSorted);
  fn('sum', builtinSum);
  fn('min', minMax('min', Py_LT));
  fn('max', minMax('max', Py_GT));
  fn('any', anyAll('any', true));
  fn('all', anyAll('all', false));
}
