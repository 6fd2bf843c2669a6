// dir(): the builtin, object.__dir__, type.__dir__ and module.__dir__. CPython:
// Objects/object.c (_dir_locals, _dir_object, PyObject_Dir), Objects/typeobject.c
// (merge_class_dict, type___dir___impl, object___dir___impl), Objects/moduleobject.c (module_dir).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyEval_GetLocals } from '../vm/frame_locals.ts';
import { PyObject_GetItem } from './abstract.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_LookupSpecial } from './attributes.ts';
import { callMethod, PyObject_CallNoArgs } from './call.ts';
import { internedStr } from './codeobject.ts';
import { dictCopy, dictKeys, dictMerge, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { _PyList_FromArraySteal, list_extend, PyList_Check, PyList_New, PySequence_Fast } from './listobject.ts';
import { list_sort_impl } from './listsort.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter } from './objectops.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { unicodeText as text } from './unicodeobject.ts';

function isDict(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.dict);
}

/** A new list of a dict's keys. CPython: PyDict_Keys */
export function dictKeysList(interp: Interpreter, d: PyObject): PyObject {
  return _PyList_FromArraySteal(interp, dictKeys(d).map((k) => Py_NewRef(k)));
}

/** PyDict_Update(d, m) for any mapping: a dict merges directly, anything else through keys() and []. CPython: dict_merge */
export function dictUpdateMapping(interp: Interpreter, d: PyObject, m: PyObject): void {
  // A mappingproxy's keys() and [] are its mapping's.
  while (m.ob_type === interp.types.mappingproxy) m = m.body as PyObject;
  if (isDict(interp, m)) {
    dictMerge(interp, d, m, 1);
    return;
  }
  const keys = callMethod(interp, m, 'keys', []);
  try {
    const it = PyObject_GetIter(interp, keys);
    try {
      for (let k = PyIter_Next(interp, it); k !== null; k = PyIter_Next(interp, it)) {
        try {
          const v = PyObject_GetItem(interp, m, k);
          PyDict_SetItem(interp, d, k, v);
          Py_DECREF(v);
        } finally {
          Py_DECREF(k);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } finally {
    Py_DECREF(keys);
  }
}

/** An attribute, or null when getting it raises AttributeError. */
function attrOrNull(interp: Interpreter, o: PyObject, name: string): PyObject | null {
  return PyObject_LookupAttr(interp, o, internedStr(interp, name));
}

/** Adds the names of `aclass.__dict__` and, recursively, its `__bases__`' to `dict`. CPython: merge_class_dict */
function mergeClassDict(interp: Interpreter, dict: PyObject, aclass: PyObject): void {
  const classdict = PyObject_GetAttr(interp, aclass, internedStr(interp, '__dict__'));
  try {
    dictUpdateMapping(interp, dict, classdict);
  } finally {
    Py_DECREF(classdict);
  }
  const bases = attrOrNull(interp, aclass, '__bases__');
  if (bases === null) return;
  try {
    const seq = PySequence_Fast(interp, bases, `object of type '${bases.ob_type.tp_name}' has no len()`);
    try {
      for (const base of (seq as PyTupleObject).body.slice()) mergeClassDict(interp, dict, base);
    } finally {
      Py_DECREF(seq);
    }
  } finally {
    Py_DECREF(bases);
  }
}

/** object.__dir__: the instance dict's names and those of its class and bases. CPython: object___dir___impl */
export function object___dir__(interp: Interpreter, self: PyObject): PyObject {
  let dict = attrOrNull(interp, self, '__dict__');
  if (dict === null || !isDict(interp, dict)) {
    if (dict !== null) Py_DECREF(dict);
    dict = PyDict_New(interp);
  } else {
    // Copied, so that the class's names do not go into the instance's dict. CPython: PyDict_Copy
    const copy = dictCopy(interp, dict);
    Py_DECREF(dict);
    dict = copy;
  }
  try {
    const cls = attrOrNull(interp, self, '__class__');
    if (cls !== null) {
      try {
        mergeClassDict(interp, dict, cls);
      } finally {
        Py_DECREF(cls);
      }
    }
    return dictKeysList(interp, dict);
  } finally {
    Py_DECREF(dict);
  }
}

/** type.__dir__: the names along the class's bases. CPython: type___dir___impl */
export function type___dir__(interp: Interpreter, self: PyObject): PyObject {
  const dict = PyDict_New(interp);
  try {
    mergeClassDict(interp, dict, self);
    return dictKeysList(interp, dict);
  } finally {
    Py_DECREF(dict);
  }
}

/** module.__dir__: the module's own __dir__ function when its dict has one, else its dict's names. CPython: module_dir */
export function module___dir__(interp: Interpreter, self: PyObject): PyObject {
  const dict = PyObject_GetAttr(interp, self, internedStr(interp, '__dict__'));
  try {
    if (!isDict(interp, dict)) {
      const name = attrOrNull(interp, self, '__name__');
      const shown = name === null ? '?' : text(name);
      if (name !== null) Py_DECREF(name);
      return PyErr_SetString(interp, 'TypeError', `<module '${shown}'>.__dict__ is not a dictionary`);
    }
    const dirfunc = PyDict_GetItem(interp, dict, internedStr(interp, '__dir__'));
    if (dirfunc !== null) return PyObject_CallNoArgs(interp, dirfunc);
    return dictKeysList(interp, dict);
  } finally {
    Py_DECREF(dict);
  }
}

function sortedList(interp: Interpreter, list: PyObject): PyObject {
  try {
    list_sort_impl(interp, list, null, false);
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
  return list;
}

/** dir() without an argument: the running scope's names, sorted. CPython: _dir_locals */
function dirLocals(interp: Interpreter): PyObject {
  const locals = PyEval_GetLocals(interp);
  const names = isDict(interp, locals) ? dictKeysList(interp, locals) : callMethod(interp, locals, 'keys', []);
  if (!PyList_Check(names)) {
    Py_DECREF(names);
    PyErr_SetString(interp, 'TypeError', `dir(): expected keys() of locals to be a list, not '${names.ob_type.tp_name}'`);
  }
  return sortedList(interp, names);
}

/** dir(obj): type(obj).__dir__(obj) as a sorted list. CPython: _dir_object */
function dirObject(interp: Interpreter, obj: PyObject): PyObject {
  const dirfunc = PyObject_LookupSpecial(interp, obj, internedStr(interp, '__dir__'));
  if (dirfunc === null) return PyErr_SetString(interp, 'TypeError', 'object does not provide __dir__');
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(interp, dirfunc);
  } finally {
    Py_DECREF(dirfunc);
  }
  const list = PyList_New(interp, 0);
  try {
    list_extend(interp, list, result);
  } catch (e) {
    Py_DECREF(list);
    throw e;
  } finally {
    Py_DECREF(result);
  }
  return sortedList(interp, list);
}

/** CPython: PyObject_Dir (null: the running scope) */
export function PyObject_Dir(interp: Interpreter, obj: PyObject | null): PyObject {
  return obj === null ? dirLocals(interp) : dirObject(interp, obj);
}

