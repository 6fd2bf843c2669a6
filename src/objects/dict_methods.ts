// dict's methods, operators and comparisons. CPython: Objects/dictobject.c (mapp_methods,
// dict_richcompare, dict_or, dict_ior, _PyDict_FromKeys, _PyDict_Pop, dict_popitem, ...).
import { withArgsTuple } from './call_args.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_SetItem } from './abstract.ts';
import { checkPositional } from './args.ts';
import { PyObject_CallNoArgs } from './call.ts';
import { dict_contains, dict_update_arg, dict_update_common, dictCopy, dict_subscript, keyHashOf, PyDict_GetItem, PyDict_SetItem,
  raiseKeyError, type PyDictObject } from './dictobject.ts';
import { dictiter_new } from './dictiterobject.ts';
import { PyDictView_New } from './dictviewobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_GenericAlias } from './genericaliasobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompareBool, Py_EQ, Py_NE, Py_ReprEnter, Py_ReprLeave, reprText } from './objectops.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import type { PySetObject } from './setobject.ts';
import { dictFillFromKeysOfSet } from './tables/index.ts';
import { PyTuple_New } from './tupleobject.ts';
import { METH_CLASS, METH_COEXIST, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type MethodDef, type PyTypeObject } from './typeobject.ts';

function table(o: PyObject) {
  return (o as PyDictObject).body;
}

function isDict(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.dict);
}

/**
 * Whether dicts a and b hold equal items: same length, then each item of a, in order, looked up
 * in b by its stored hash and compared with ==. CPython: dict_equal
 */
function dict_equal(interp: Interpreter, a: PyObject, b: PyObject): boolean {
  const ta = table(a);
  const tb = table(b);
  if (ta.used !== tb.used) return false;
  for (let i = 0; i < ta.keys.nentries; i++) {
    const key = ta.keys.ents[2 * i] as PyObject | null;
    if (key === null) continue;
    const aval = ta.valueAt(i);
    if (aval === null) continue;
    // Both stay alive while __eq__ runs, which may mutate either dict.
    Py_NewRef(aval);
    Py_NewRef(key);
    try {
      const bval = tb.getItem(key, ta.hashAt(i));
      if (bval === null) return false;
      Py_NewRef(bval);
      try {
        if (!PyObject_RichCompareBool(interp, aval, bval, Py_EQ)) return false;
      } finally {
        Py_DECREF(bval);
      }
    } finally {
      Py_DECREF(key);
      Py_DECREF(aval);
    }
  }
  return true;
}

/**
 * `{k: v, ...}`, `{...}` for a dict inside itself. The items are read as the repr goes (a key's
 * or value's repr may change the dict), each held while its repr runs. CPython: dict_repr
 */
export function dict_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, '{...}');
  try {
    const tb = table(o);
    if (tb.used === 0) return PyUnicode_FromString(interp, '{}');
    let out = '{';
    for (let pos = tb.nextPos(0); pos >= 0; pos = tb.nextPos(pos + 1)) {
      const ix = tb.entryIndex(pos);
      const key = Py_NewRef(tb.keyAt(ix));
      const value = Py_NewRef(tb.valueAt(ix)!);
      try {
        if (out.length > 1) out += ', ';
        out += reprText(interp, key);
        out += ': ';
        out += reprText(interp, value);
      } finally {
        Py_DECREF(key);
        Py_DECREF(value);
      }
    }
    return PyUnicode_FromString(interp, out + '}');
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: dict_richcompare — only == and !=.
export function dict_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  const s = interp.singletons;
  if (!isDict(interp, v) || !isDict(interp, w) || (op !== Py_EQ && op !== Py_NE)) return s.NotImplemented;
  return dict_equal(interp, v, w) === (op === Py_EQ) ? s.True : s.False;
}

// CPython: dict_or
function dict_or(self: PyObject, other: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  if (!isDict(interp, self) || !isDict(interp, other)) return interp.singletons.NotImplemented;
  const result = dictCopy(interp, self);
  try {
    dict_update_arg(interp, result, other);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

// CPython: dict_ior — any argument update() takes.
function dict_ior(self: PyObject, other: PyObject): PyObject {
  dict_update_arg(self.ob_type.tp_interp, self, other);
  return Py_NewRef(self);
}

export const dict_as_number = { nb_or: dict_or, nb_inplace_or: dict_ior };

// CPython: dict___contains__
function dict_contains_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  return dict_contains(self!, args[0]!) ? interp.singletons.True : interp.singletons.False;
}

// CPython: dict_get_impl
function dict_get(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'get', args.length, 1, 2);
  const v = PyDict_GetItem(interp, self!, args[0]!);
  return Py_NewRef(v ?? args[1] ?? interp.singletons.None);
}

// CPython: dict_setdefault_impl
function dict_setdefault(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'setdefault', args.length, 1, 2);
  const key = args[0]!;
  const h = keyHashOf(interp, key);
  return Py_NewRef(table(self!).setDefaultParts(key, h[1]!, h[0]!, args[1] ?? interp.singletons.None) as PyObject);
}

// CPython: _PyDict_Pop — an empty dict does not hash the key.
function dict_pop(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'pop', args.length, 1, 2);
  const key = args[0]!;
  const deflt = args.length > 1 ? args[1]! : null;
  const tb = table(self!);
  let v: PyObject | null = null;
  if (tb.used !== 0) {
    const h = keyHashOf(interp, key);
    v = tb.popParts(key, h[1]!, h[0]!);
  }
  if (v !== null) return v;
  if (deflt !== null) return Py_NewRef(deflt);
  return raiseKeyError(interp, key);
}

// CPython: dict_popitem_impl — the result tuple is allocated before the emptiness check.
function dict_popitem(interp: Interpreter, self: PyObject | null): PyObject {
  const res = PyTuple_New(interp, 2);
  const item = table(self!).popItem();
  if (item === null) {
    Py_DECREF(res);
    PyErr_SetString(interp, 'KeyError', 'popitem(): dictionary is empty');
  }
  res.body[0] = item[0];
  res.body[1] = item[1];
  return res;
}

// CPython: dict_keys_impl, dict_values_impl, dict_items_impl
function dict_keys(interp: Interpreter, self: PyObject | null): PyObject {
  return PyDictView_New(interp, self!, interp.types.dict_keys);
}

function dict_values(interp: Interpreter, self: PyObject | null): PyObject {
  return PyDictView_New(interp, self!, interp.types.dict_values);
}

function dict_items(interp: Interpreter, self: PyObject | null): PyObject {
  return PyDictView_New(interp, self!, interp.types.dict_items);
}

// CPython: dict_update
function dict_update(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  dict_update_common(interp, self!, args, kwnames, 'update');
  return interp.singletons.None;
}

// CPython: dict_clear_impl
function dict_clear(interp: Interpreter, self: PyObject | null): PyObject {
  table(self!).clear();
  return interp.singletons.None;
}

// CPython: dict_copy_impl
function dict_copy(interp: Interpreter, self: PyObject | null): PyObject {
  return dictCopy(interp, self!);
}

// CPython: dict___reversed___impl
function dict_reversed(interp: Interpreter, self: PyObject | null): PyObject {
  return dictiter_new(interp, self!, interp.types.dict_reversekeyiterator);
}

// CPython: dict___sizeof___impl (_PyDict_SizeOf: the type's basic size, then the table)
function dict_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  const o = self!;
  return PyLong_FromNumber(interp, table(o).sizeofBytes() - interp.types.dict.tp_basicsize + o.ob_type.tp_basicsize);
}

// CPython: dict___getitem__ (METH_COEXIST: the method stands in for the slot wrapper)
function dict_getitem_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  return dict_subscript(self!, args[0]!);
}

/**
 * dict.fromkeys(iterable, value=None): cls() filled with the keys. An exact dict from an exact
 * dict or set is sized once and filled from its table. CPython: _PyDict_FromKeys
 */
function dict_fromkeys(interp: Interpreter, cls: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'fromkeys', args.length, 1, 2);
  const iterable = args[0]!;
  const value = args.length > 1 ? args[1]! : interp.singletons.None;
  const t = interp.types;
  const d = PyObject_CallNoArgs(interp, cls as PyTypeObject);
  try {
    if (d.ob_type === t.dict) {
      if (iterable.ob_type === t.dict) {
        table(d).fillFromKeysOfDict(table(iterable), value);
        return d;
      }
      if (iterable.ob_type === t.set || iterable.ob_type === t.frozenset) {
        dictFillFromKeysOfSet(table(d), (iterable as PySetObject).body, value);
        return d;
      }
    }
    const it = PyObject_GetIter(interp, iterable);
    try {
      const exact = d.ob_type === t.dict;
      for (let key = PyIter_Next(interp, it); key !== null; key = PyIter_Next(interp, it)) {
        try {
          if (exact) PyDict_SetItem(interp, d, key, value);
          else PyObject_SetItem(interp, d, key, value);
        } finally {
          Py_DECREF(key);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}

export const dict_methods: readonly MethodDef[] = [
  { name: '__contains__', flags: METH_O | METH_COEXIST, impl: dict_contains_meth },
  { name: '__getitem__', flags: METH_O | METH_COEXIST, impl: dict_getitem_meth },
  { name: '__sizeof__', flags: METH_NOARGS, impl: dict_sizeof },
  { name: 'get', flags: METH_FASTCALL, impl: dict_get },
  { name: 'setdefault', flags: METH_FASTCALL, impl: dict_setdefault },
  { name: 'pop', flags: METH_FASTCALL, impl: dict_pop },
  { name: 'popitem', flags: METH_NOARGS, impl: dict_popitem },
  { name: 'keys', flags: METH_NOARGS, impl: dict_keys },
  { name: 'items', flags: METH_NOARGS, impl: dict_items },
  { name: 'values', flags: METH_NOARGS, impl: dict_values },
  // METH_VARARGS | METH_KEYWORDS: the keyword dict is the one dict_update_common makes.
  { name: 'update', flags: METH_FASTCALL | METH_KEYWORDS, impl: withArgsTuple(dict_update, false) },
  { name: 'fromkeys', flags: METH_FASTCALL | METH_CLASS, impl: dict_fromkeys },
  { name: 'clear', flags: METH_NOARGS, impl: dict_clear },
  { name: 'copy', flags: METH_NOARGS, impl: dict_copy },
  { name: '__reversed__', flags: METH_NOARGS, impl: dict_reversed },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias },
];
