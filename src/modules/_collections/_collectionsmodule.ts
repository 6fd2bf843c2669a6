// The _collections module: deque, defaultdict, the deque iterators, _tuplegetter and
// _count_elements (OrderedDict stays collections' pure-Python one). CPython:
// Modules/_collectionsmodule.c (collections_exec, _collections__count_elements_impl).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyNumber_Add, PyObject_SetItem } from '../../objects/abstract.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_SetItem } from '../../objects/dictobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../../objects/objectops.ts';
import { _PyType_Lookup } from '../../objects/typeready.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { collectionsState } from './state.ts';

const MODULE_DOC = 'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n';

/** mapping[key] = mapping.get(key, 0) + 1 for each element; plain dict operations when the mapping's get and __setitem__ are dict's. CPython: _collections__count_elements_impl */
const count_elements: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, '_count_elements', kwnames);
  checkPositional(interp, '_count_elements', args.length, 2, 2);
  const [mapping, iterable] = args as [PyObject, PyObject];
  const it = PyObject_GetIter(interp, iterable);
  const one = PyLong_FromNumber(interp, 1);
  try {
    const dict = interp.types.dict;
    const lookup = (t: typeof dict, name: string) => _PyType_Lookup(interp, t, internedStr(interp, name));
    const fast = mapping.ob_type.isSubtypeOf(dict) && lookup(mapping.ob_type, 'get') === lookup(dict, 'get') &&
      lookup(mapping.ob_type, '__setitem__') === lookup(dict, '__setitem__');
    if (fast) countInto(interp, it, one, (key) => PyDict_GetItem(interp, mapping, key), (key, v) => PyDict_SetItem(interp, mapping, key, v), false);
    else {
      const get = PyObject_GetAttr(interp, mapping, internedStr(interp, 'get'));
      const zero = PyLong_FromNumber(interp, 0);
      try {
        countInto(interp, it, one, (key) => PyObject_Vectorcall(interp, get, [key, zero], null), (key, v) => PyObject_SetItem(interp, mapping, key, v), true);
      } finally {
        Py_DECREF(zero);
        Py_DECREF(get);
      }
    }
  } finally {
    Py_DECREF(one);
    Py_DECREF(it);
  }
  return Py_NewRef(interp.singletons.None);
};

/** The counting loop: `get` returns the old count (a new reference when `owned`) or null. */
function countInto(interp: Interpreter, it: PyObject, one: PyObject, get: (key: PyObject) => PyObject | null,
  set: (key: PyObject, v: PyObject) => void, owned: boolean): void {
  for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
    try {
      const oldval = get(key);
      if (oldval === null) set(key, one);
      else {
        let newval: PyObject;
        try {
          newval = PyNumber_Add(interp, oldval, one);
        } finally {
          if (owned) Py_DECREF(oldval);
        }
        try {
          set(key, newval);
        } finally {
          Py_DECREF(newval);
        }
      }
    } finally {
      Py_DECREF(key);
    }
  }
}

/** The _collections module object. CPython: collections_exec */
export function createCollectionsModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_collections'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  const s = collectionsState(interp);
  for (const [name, t] of [['deque', s.deque], ['defaultdict', s.defaultdict], ['_deque_iterator', s.dequeIter], ['_deque_reverse_iterator', s.dequeRevIter],
    ['_tuplegetter', s._tuplegetter]] as const) moduleAdd(interp, m, name, Py_NewRef(t));
  moduleAdd(interp, m, '_count_elements', PyCFunction_New(interp, '_count_elements', count_elements, Py_NewRef(m)));
  return m;
}
