// The pickling protocol of `object`: __getstate__, __reduce__ and __reduce_ex__.
// CPython: Objects/typeobject.c (object_getstate_default, object_getstate, _PyType_GetSlotNames,
// _PyObject_GetNewArguments, _PyObject_GetItemsIter, reduce_newobj, _common_reduce,
// object___reduce_ex___impl) and Lib/copyreg.py (_slotnames).
// The callables of a reduce value (copyreg.__newobj__, copyreg._reduce_ex) are copyreg's: until
// the standard library can be imported, __reduce__/__reduce_ex__ stop with the import error at
// the point where CPython imports copyreg, after their own checks.
import type { Interpreter } from '../runtime/interpreter.ts';
import { importModuleLevel } from '../vm/ceval_import.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_LookupSpecial, PyObject_SetAttr } from './attributes.ts';
import { callMethod, PyObject_CallNoArgs, PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { dictLength, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import { _PyList_FromArraySteal, PyList_Check, ssizeArg, type PyListObject } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { ensureInstanceDict, instanceDictEmpty } from './instancedict.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyObject_GetIter, PyIter_Next } from './objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import type { PyTypeObject } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

function isStr(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.str);
}

/** Whether an exception is an instance of the builtin `name`. */
function isExc(interp: Interpreter, e: unknown, name: string): boolean {
  const t = (e as PyObject).ob_type as PyTypeObject | undefined;
  return t !== undefined && t.isSubtypeOf(excType(interp, name));
}

/** The names of the __slots__ along the class's MRO, private names mangled; cached in
 * cls.__slotnames__ when the class allows it. CPython: Lib/copyreg.py _slotnames */
function slotnames(interp: Interpreter, cls: PyTypeObject): PyObject {
  const names: PyObject[] = [];
  const slotsKey = internedStr(interp, '__slots__');
  const has = PyObject_LookupAttr(interp, cls, slotsKey);
  if (has !== null) {
    Py_DECREF(has);
    for (const c of (cls.tp_mro as PyTupleObject).body as PyTypeObject[]) {
      let slots = PyDict_GetItem(interp, c.tp_dict!, slotsKey);
      if (slots === null) continue;
      slots = isStr(interp, slots) ? tupleFromItemsSteal(interp, [Py_NewRef(slots)]) : Py_NewRef(slots);
      try {
        const it = PyObject_GetIter(interp, slots);
        try {
          for (let name = PyIter_Next(interp, it); name !== null; name = PyIter_Next(interp, it)) {
            const n = isStr(interp, name) ? text(name) : null;
            if (n === '__dict__' || n === '__weakref__') {
              Py_DECREF(name);
            } else if (n !== null && n.startsWith('__') && !n.endsWith('__')) {
              const stripped = (c.ht_name !== null ? text(c.ht_name) : c.tp_name).replace(/^_+/, '');
              names.push(stripped ? PyUnicode_FromString(interp, `_${stripped}${n}`) : name);
              if (stripped) Py_DECREF(name);
            } else {
              names.push(name);
            }
          }
        } finally {
          Py_DECREF(it);
        }
      } finally {
        Py_DECREF(slots);
      }
    }
  }
  const list = _PyList_FromArraySteal(interp, names);
  try {
    PyObject_SetAttr(interp, cls, internedStr(interp, '__slotnames__'), list);
  } catch (e) {
    if (!isExc(interp, e, 'Exception')) throw e;
    Py_DECREF(e as PyObject);
  }
  return list;
}

/** cls.__slotnames__, computed on first use. CPython: _PyType_GetSlotNames */
function getSlotNames(interp: Interpreter, cls: PyTypeObject): PyObject {
  const cached = PyDict_GetItem(interp, cls.tp_dict!, internedStr(interp, '__slotnames__'));
  if (cached !== null) {
    if (cached !== interp.singletons.None && !PyList_Check(cached)) {
      PyErr_SetString(interp, 'TypeError', `${cls.tp_name}.__slotnames__ should be a list or None, not ${cached.ob_type.tp_name}`);
    }
    return Py_NewRef(cached);
  }
  return slotnames(interp, cls);
}

/** The default __getstate__: the instance dict (or None) and, with slots, a (dict, slots) pair. CPython: object_getstate_default */
function getstateDefault(interp: Interpreter, obj: PyObject, required: boolean): PyObject {
  const type = obj.ob_type;
  if (required && type.tp_itemsize !== 0) PyErr_SetString(interp, 'TypeError', `cannot pickle ${type.tp_name} objects`);
  let state: PyObject = instanceDictEmpty(obj) ? interp.singletons.None : Py_NewRef(ensureInstanceDict(interp, obj));
  try {
    const names = getSlotNames(interp, type);
    try {
      if (required) {
        let basicsize = interp.types.object.tp_basicsize;
        if (names !== interp.singletons.None) basicsize += 8 * (names as PyListObject).body.length;
        if (type.tp_basicsize > basicsize) PyErr_SetString(interp, 'TypeError', `cannot pickle '${type.tp_name}' object`);
      }
      const items = names === interp.singletons.None ? [] : (names as PyListObject).body;
      if (items.length > 0) {
        const slots = PyDict_New(interp);
        try {
          const size = items.length;
          for (let i = 0; i < items.length; i++) {
            const name = Py_NewRef(items[i]!);
            try {
              const value = PyObject_LookupAttr(interp, obj, name);
              if (value !== null) {
                PyDict_SetItem(interp, slots, name, value);
                Py_DECREF(value);
              }
            } finally {
              Py_DECREF(name);
            }
            if (size !== items.length) PyErr_SetString(interp, 'RuntimeError', '__slotsname__ changed size during iteration');
          }
          if (dictLength(slots) > 0) state = tupleFromItemsSteal(interp, [state, Py_NewRef(slots)]);
        } finally {
          Py_DECREF(slots);
        }
      }
    } finally {
      Py_DECREF(names);
    }
  } catch (e) {
    Py_DECREF(state);
    throw e;
  }
  return state;
}

/** The state as a reduce value carries it: the object's own __getstate__ unless it is object's. CPython: object_getstate */
function getstate(interp: Interpreter, obj: PyObject, required: boolean): PyObject {
  const f = PyObject_GetAttr(interp, obj, internedStr(interp, '__getstate__'));
  try {
    const b = f.body as { impl?: unknown; self?: PyObject } | null;
    const own = PyDict_GetItem(interp, interp.types.object.tp_dict!, internedStr(interp, '__getstate__'));
    if (f.ob_type === interp.types.builtin_function_or_method && b !== null && b.self === obj && own !== null && b.impl === (own.body as { method?: unknown }).method) {
      return getstateDefault(interp, obj, required);
    }
    return PyObject_CallNoArgs(interp, f);
  } finally {
    Py_DECREF(f);
  }
}

/** __getnewargs_ex__ or __getnewargs__, checked; [args, kwargs] or nulls. CPython: _PyObject_GetNewArguments */
function getNewArguments(interp: Interpreter, obj: PyObject): [PyObject | null, PyObject | null] {
  const ex = PyObject_LookupSpecial(interp, obj, internedStr(interp, '__getnewargs_ex__'));
  if (ex !== null) {
    let r: PyObject;
    try {
      r = PyObject_CallNoArgs(interp, ex);
    } finally {
      Py_DECREF(ex);
    }
    try {
      if (!r.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', `__getnewargs_ex__ should return a tuple, not '${r.ob_type.tp_name}'`);
      const items = (r as PyTupleObject).body;
      if (items.length !== 2) PyErr_SetString(interp, 'ValueError', `__getnewargs_ex__ should return a tuple of length 2, not ${items.length}`);
      const [args, kwargs] = items as [PyObject, PyObject];
      if (!args.ob_type.isSubtypeOf(interp.types.tuple)) {
        PyErr_SetString(interp, 'TypeError', `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${args.ob_type.tp_name}'`);
      }
      if (!kwargs.ob_type.isSubtypeOf(interp.types.dict)) {
        PyErr_SetString(interp, 'TypeError', `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${kwargs.ob_type.tp_name}'`);
      }
      return [Py_NewRef(args), Py_NewRef(kwargs)];
    } finally {
      Py_DECREF(r);
    }
  }
  const plain = PyObject_LookupSpecial(interp, obj, internedStr(interp, '__getnewargs__'));
  if (plain === null) return [null, null];
  let args: PyObject;
  try {
    args = PyObject_CallNoArgs(interp, plain);
  } finally {
    Py_DECREF(plain);
  }
  if (!args.ob_type.isSubtypeOf(interp.types.tuple)) {
    Py_DECREF(args);
    PyErr_SetString(interp, 'TypeError', `__getnewargs__ should return a tuple, not '${args.ob_type.tp_name}'`);
  }
  return [args, null];
}

function importCopyreg(interp: Interpreter): PyObject {
  return importModuleLevel(interp, 'copyreg', null, interp.singletons.emptyTuple, 0);
}

/** Iterators over a list's items and a dict's items for the reduce value, else None. CPython: _PyObject_GetItemsIter */
function itemsIters(interp: Interpreter, obj: PyObject): [PyObject, PyObject] {
  const none = interp.singletons.None;
  const list = PyList_Check(obj) ? PyObject_GetIter(interp, obj) : Py_NewRef(none);
  try {
    if (!obj.ob_type.isSubtypeOf(interp.types.dict)) return [list, Py_NewRef(none)];
    const items = callMethod(interp, obj, 'items', []);
    try {
      return [list, PyObject_GetIter(interp, items)];
    } finally {
      Py_DECREF(items);
    }
  } catch (e) {
    Py_DECREF(list);
    throw e;
  }
}

/** The protocol-2 reduce value: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). CPython: reduce_newobj */
function reduceNewobj(interp: Interpreter, obj: PyObject): PyObject {
  const type = obj.ob_type;
  if (type.tp_new === null && type.tp_vectorcall === null) PyErr_SetString(interp, 'TypeError', `cannot pickle '${type.tp_name}' object`);
  const [args, kwargs] = getNewArguments(interp, obj);
  const held: PyObject[] = [];
  if (args !== null) held.push(args);
  if (kwargs !== null) held.push(kwargs);
  try {
    const copyreg = importCopyreg(interp);
    held.push(copyreg);
    let newobj: PyObject;
    let newargs: PyObject;
    if (kwargs === null || dictLength(kwargs) === 0) {
      newobj = PyObject_GetAttr(interp, copyreg, internedStr(interp, '__newobj__'));
      held.push(newobj);
      const rest = args === null ? [] : (args as PyTupleObject).body;
      newargs = tupleFromItemsSteal(interp, [Py_NewRef(type), ...rest.map((a) => Py_NewRef(a))]);
    } else {
      newobj = PyObject_GetAttr(interp, copyreg, internedStr(interp, '__newobj_ex__'));
      held.push(newobj);
      newargs = tupleFromItemsSteal(interp, [Py_NewRef(type), Py_NewRef(args!), Py_NewRef(kwargs)]);
    }
    held.push(newargs);
    const state = getstate(interp, obj, !(args !== null || PyList_Check(obj) || obj.ob_type.isSubtypeOf(interp.types.dict)));
    held.push(state);
    const [listitems, dictitems] = itemsIters(interp, obj);
    return tupleFromItemsSteal(interp, [Py_NewRef(newobj), Py_NewRef(newargs), Py_NewRef(state), listitems, dictitems]);
  } finally {
    for (const o of held) Py_DECREF(o);
  }
}

// CPython: _common_reduce
function commonReduce(interp: Interpreter, self: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(interp, self);
  const copyreg = importCopyreg(interp);
  try {
    const f = PyObject_GetAttr(interp, copyreg, internedStr(interp, '_reduce_ex'));
    const p = PyLong_FromNumber(interp, proto);
    try {
      return PyObject_Vectorcall(interp, f, [self, p], null);
    } finally {
      Py_DECREF(p);
      Py_DECREF(f);
    }
  } finally {
    Py_DECREF(copyreg);
  }
}

/** object.__getstate__(). CPython: object___getstate___impl */
export function object___getstate__(interp: Interpreter, self: PyObject | null): PyObject {
  return getstateDefault(interp, self!, false);
}

/** object.__reduce__(). CPython: object___reduce___impl */
export function object___reduce__(interp: Interpreter, self: PyObject | null): PyObject {
  return commonReduce(interp, self!, 0);
}

/** object.__reduce_ex__(protocol): a class's own __reduce__ wins. CPython: object___reduce_ex___impl */
export function object___reduce_ex__(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const protocol = ssizeArg(interp, args[0]!);
  if (protocol > 0x7fffffff || protocol < -0x80000000) PyErr_SetString(interp, 'OverflowError', `Python int too large to convert to C int`);
  const name = internedStr(interp, '__reduce__');
  const reduce = PyObject_LookupAttr(interp, self!, name);
  if (reduce !== null) {
    try {
      const clsreduce = PyObject_GetAttr(interp, self!.ob_type, name);
      Py_DECREF(clsreduce);
      if (clsreduce !== PyDict_GetItem(interp, interp.types.object.tp_dict!, name)) return PyObject_CallNoArgs(interp, reduce);
    } finally {
      Py_DECREF(reduce);
    }
  }
  return commonReduce(interp, self!, protocol);
}
