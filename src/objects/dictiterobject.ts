// The dict iterators: over keys, values and items, forwards and reversed (dict_keyiterator,
// dict_valueiterator, dict_itemiterator, dict_reversekeyiterator, ...). CPython:
// Objects/dictobject.c (dictiter_new, dictiter_iternextkey/value/item, dictreviter_iternext,
// dictiter_len, dictiter_reduce). The table (src/objects/tables) tracks the position and the
// size checks; this file turns its status codes into CPython's RuntimeErrors.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import type { PyDictObject } from './dictobject.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from './exceptions.ts';
import { _PyList_FromArraySteal } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { ITER_END, ITER_KEYS_CHANGED, TableIterState } from './tables/index.ts';
import { PyTuple_New, tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from './typeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { PyDict_GetItem } from './dictobject.ts';
import { internedStr } from './codeobject.ts';

/** sizeof(dictiterobject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_DICTITEROBJECT = 56;

/** What an iterator yields. */
const KEYS = 0;
const VALUES = 1;
const ITEMS = 2;

/** A dict iterator: the dict (null once exhausted), CPython's di_used, di_pos and len, and di_result. */
export interface DictIterBody {
  dict: PyObject | null;
  st: TableIterState;
  /** The item iterators' reusable result tuple (null for the others). */
  result: PyObject | null;
}

function isReversed(interp: Interpreter, type: PyTypeObject): boolean {
  const t = interp.types;
  return type === t.dict_reversekeyiterator || type === t.dict_reversevalueiterator || type === t.dict_reverseitemiterator;
}

function kindOf(interp: Interpreter, type: PyTypeObject): number {
  const t = interp.types;
  if (type === t.dict_keyiterator || type === t.dict_reversekeyiterator) return KEYS;
  if (type === t.dict_valueiterator || type === t.dict_reversevalueiterator) return VALUES;
  return ITEMS;
}

/** A new iterator of `type` over dict `d`. CPython: dictiter_new */
export function dictiter_new(interp: Interpreter, d: PyObject, type: PyTypeObject): PyObject {
  const table = (d as PyDictObject).body;
  const rev = isReversed(interp, type);
  const body: DictIterBody = { dict: Py_NewRef(d), st: rev ? table.newReversedIter() : table.newIter(), result: null };
  const it = allocObject(interp, type, SIZEOF_DICTITEROBJECT, 0, body);
  if (kindOf(interp, type) === ITEMS) {
    const none = interp.singletons.None;
    body.result = tupleFromItemsSteal(interp, [none, none]);
  }
  return it;
}

// CPython: dict_iter
export function dict_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return dictiter_new(interp, o, interp.types.dict_keyiterator);
}

/**
 * The entry index of the next item, or -1 when the iterator is done (the dict released) or
 * raised. A size change is an error on every later call; running out, or keys replaced behind
 * the iterator, makes it let go of the dict. CPython: the common part of dictiter_iternext* and
 * dictreviter_iternext
 */
function nextIndex(interp: Interpreter, b: DictIterBody, reversed: boolean): number {
  const d = b.dict!;
  const table = (d as PyDictObject).body;
  const ix = reversed ? table.iterNextReversed(b.st) : table.iterNext(b.st);
  if (ix >= 0) return ix;
  if (ix !== ITER_END && ix !== ITER_KEYS_CHANGED) {
    PyErr_SetString(interp, 'RuntimeError', 'dictionary changed size during iteration');
  }
  // The error is created before the dict is released, as CPython's `fail` label runs after it.
  const err = ix === ITER_KEYS_CHANGED
    ? newException(interp, excType(interp, 'RuntimeError'), [PyUnicode_FromString(interp, 'dictionary keys changed during iteration')])
    : null;
  b.dict = null;
  Py_DECREF(d);
  if (err !== null) PyErr_SetObject(interp, err);
  return -1;
}

/** The (key, value) pair for an item iterator, reusing its result tuple when nobody else holds it. */
function itemResult(interp: Interpreter, b: DictIterBody, key: PyObject, value: PyObject): PyObject {
  const result = b.result!;
  if (result.ob_refcnt === 1) {
    const items = (result as PyTupleObject).body;
    const oldkey = items[0]!;
    const oldvalue = items[1]!;
    items[0] = Py_NewRef(key);
    items[1] = Py_NewRef(value);
    Py_INCREF(result);
    Py_DECREF(oldkey);
    Py_DECREF(oldvalue);
    return result;
  }
  const t = PyTuple_New(interp, 2);
  t.body[0] = Py_NewRef(key);
  t.body[1] = Py_NewRef(value);
  return t;
}

function iterNext(it: PyObject, kind: number, reversed: boolean): PyObject | null {
  const b = it.body as DictIterBody;
  const d = b.dict;
  if (d === null) return null;
  const interp = it.ob_type.tp_interp;
  const ix = nextIndex(interp, b, reversed);
  if (ix < 0) return null;
  const table = (d as PyDictObject).body;
  if (kind === KEYS) return Py_NewRef(table.keyAt(ix));
  if (kind === VALUES) return Py_NewRef(table.valueAt(ix)!);
  return itemResult(interp, b, table.keyAt(ix), table.valueAt(ix)!);
}

// CPython: dictiter_iternextkey, dictiter_iternextvalue, dictiter_iternextitem, dictreviter_iternext
export const dictiter_iternextkey = (it: PyObject): PyObject | null => iterNext(it, KEYS, false);
export const dictiter_iternextvalue = (it: PyObject): PyObject | null => iterNext(it, VALUES, false);
export const dictiter_iternextitem = (it: PyObject): PyObject | null => iterNext(it, ITEMS, false);
export const dictreviter_iternextkey = (it: PyObject): PyObject | null => iterNext(it, KEYS, true);
export const dictreviter_iternextvalue = (it: PyObject): PyObject | null => iterNext(it, VALUES, true);
export const dictreviter_iternextitem = (it: PyObject): PyObject | null => iterNext(it, ITEMS, true);

// CPython: dictiter_dealloc
export function dictiter_dealloc(it: PyObject): void {
  const b = it.body as DictIterBody;
  Py_XDECREF(b.dict);
  Py_XDECREF(b.result);
  freeObject(it);
}

// CPython: dictiter_traverse
export function dictiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  const b = it.body as DictIterBody;
  if (b.dict !== null) visit(b.dict, arg);
  if (b.result !== null) visit(b.result, arg);
}

// CPython: dictiter_len
function dictiter_len(interp: Interpreter, self: PyObject | null): PyObject {
  const b = self!.body as DictIterBody;
  const n = b.dict !== null && b.st.used === (b.dict as PyDictObject).body.used ? b.st.len : 0;
  return PyLong_FromNumber(interp, n);
}

// CPython: dictiter_reduce — iter(list of what is left), from a copy of the iterator's state.
function dictiter_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const it = self!;
  const b = it.body as DictIterBody;
  const kind = kindOf(interp, it.ob_type);
  const rev = isReversed(interp, it.ob_type);
  const items: PyObject[] = [];
  if (b.dict !== null) {
    const st = b.st;
    const tmp: DictIterBody = { dict: Py_NewRef(b.dict), st: new TableIterState(st.used, st.pos, st.len), result: null };
    try {
      for (;;) {
        const d = tmp.dict;
        if (d === null) break;
        const ix = nextIndex(interp, tmp, rev);
        if (ix < 0) break;
        const table = (d as PyDictObject).body;
        const key = table.keyAt(ix);
        const value = table.valueAt(ix)!;
        if (kind === KEYS) items.push(Py_NewRef(key));
        else if (kind === VALUES) items.push(Py_NewRef(value));
        else items.push(tupleFromItemsSteal(interp, [Py_NewRef(key), Py_NewRef(value)]));
      }
    } catch (e) {
      Py_XDECREF(tmp.dict);
      for (const x of items) Py_DECREF(x);
      throw e;
    }
    Py_XDECREF(tmp.dict);
  }
  const list = _PyList_FromArraySteal(interp, items);
  const iter = Py_NewRef(PyDict_GetItem(interp, interp.builtinsDict, internedStr(interp, 'iter'))!);
  return tupleFromItemsSteal(interp, [iter, tupleFromItemsSteal(interp, [list])]);
}

export const dictiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: dictiter_len },
  { name: '__reduce__', flags: METH_NOARGS, impl: dictiter_reduce },
];
