// collections.deque. CPython: Modules/_collectionsmodule.c (deque_new, deque_init, deque_append,
// deque_extend, deque_rotate, deque_richcompare, deque_repr, deque_copy, ...). The items live in
// a ring buffer (dequebuf.ts); iterators are in dequeiter.ts.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { checkPositional } from '../../objects/args.ts';
import { callMethod, PyObject_Vectorcall } from '../../objects/call.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompare, PyObject_RichCompareBool, Py_EQ, Py_GT, Py_LE, Py_LT, Py_NE, Py_ReprEnter, Py_ReprLeave,
  reprText } from '../../objects/objectops.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { allocInstance, longAsSsize, sliceIndexNotNone, ssizeIndexArg } from '../modsupport.ts';
import { shortTypeName } from '../itertools/common.ts';
import { BLOCKLEN, DequeBuf } from './dequebuf.ts';
import { collectionsState } from './state.ts';

/** sizeof(dequeobject) and sizeof(block) on 64-bit 3.12. */
const SIZEOF_DEQUEOBJECT = 216;
const SIZEOF_BLOCK = 8 * BLOCKLEN + 16;

export const dq = (o: PyObject): DequeBuf => o.body as DequeBuf;

const isDeque = (interp: Interpreter, o: PyObject): boolean => o.ob_type.isSubtypeOf(collectionsState(interp).deque);

// CPython: deque_new — an empty deque; __init__ fills it.
export function deque_new(type: PyTypeObject): PyObject {
  return allocInstance(type.tp_interp, type, SIZEOF_DEQUEOBJECT, 0, new DequeBuf());
}

// CPython: deque_init — deque(iterable=(), maxlen=None)
export function deque_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [iterable, maxlenObj] = bindArgs(interp, 'deque', ['iterable', 'maxlen'], 0, args, kwnames);
  let maxlen = -1;
  if (maxlenObj !== undefined && maxlenObj !== interp.singletons.None) {
    maxlen = longAsSsize(interp, maxlenObj, 'an integer is required');
    if (maxlen < 0) PyErr_SetString(interp, 'ValueError', 'maxlen must be non-negative');
  }
  const d = dq(self);
  d.maxlen = maxlen;
  if (d.size > 0) dequeClear(d);
  if (iterable !== undefined) dequeExtend(interp, self, iterable, false);
}

export function deque_dealloc(o: PyObject): void {
  for (const x of dq(o).takeAll()) Py_DECREF(x);
  freeObject(o);
}

/** The items from the left. CPython: deque_traverse */
export function deque_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const d = dq(o);
  for (let i = 0; i < d.size; i++) visit(d.get(i), arg);
}

// CPython: deque_clear (as tp_clear)
export function deque_tp_clear(o: PyObject): void {
  dequeClear(dq(o));
}

// CPython: deque_clear
export function dequeClear(d: DequeBuf): void {
  for (const x of d.takeAll()) Py_DECREF(x);
}

/** Appends a new reference, trimming the other end past maxlen. CPython: deque_append_internal, deque_appendleft_internal */
function appendSteal(d: DequeBuf, v: PyObject, left: boolean): void {
  if (left) d.pushLeft(v);
  else d.pushRight(v);
  if (d.maxlen >= 0 && d.size > d.maxlen) Py_DECREF(left ? d.popRight() : d.popLeft());
}

// CPython: deque_extend, deque_extendleft (an iterable that is the deque itself is copied first)
export function dequeExtend(interp: Interpreter, self: PyObject, iterable: PyObject, left: boolean): void {
  const d = dq(self);
  if (iterable === self) {
    const items = d.toArray();
    for (const x of items) appendSteal(d, Py_NewRef(x), left);
    return;
  }
  const it = PyObject_GetIter(interp, iterable);
  try {
    if (d.maxlen !== 0) d.startFill(left);
    for (let item = PyIter_Next(interp, it); item !== null; item = PyIter_Next(interp, it)) {
      if (d.maxlen === 0) Py_DECREF(item);
      else appendSteal(d, item, left);
    }
  } finally {
    Py_DECREF(it);
  }
}

/** rotate(n) with n brought into (-len/2, len/2]. CPython: _deque_rotate */
function rotate(d: DequeBuf, n: number): void {
  const len = d.size;
  if (len <= 1) return;
  const halflen = len >> 1;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  if (n !== 0) d.rotate(n);
}

function checkIndex(interp: Interpreter, d: DequeBuf, i: number): number {
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) PyErr_SetString(interp, 'IndexError', 'deque index out of range');
  return i;
}

/** The index of a subscript: an int or an __index__ object. CPython: the sq_item path of PyObject_GetItem */
function subscriptIndex(interp: Interpreter, key: PyObject): number {
  if (!PyLong_Check(key) && key.ob_type.tp_as_number?.nb_index === undefined) {
    PyErr_SetString(interp, 'TypeError', `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  return ssizeIndexArg(interp, key);
}

// CPython: deque_item
export function deque_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const d = dq(o);
  return Py_NewRef(d.get(checkIndex(interp, d, subscriptIndex(interp, key))));
}

// CPython: deque_del_item — rotate the item to the left end, drop it, rotate back.
function delItem(d: DequeBuf, i: number): void {
  rotate(d, -i);
  Py_DECREF(d.popLeft());
  rotate(d, i);
}

// CPython: deque_ass_item
export function deque_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const d = dq(o);
  const i = checkIndex(interp, d, subscriptIndex(interp, key));
  if (value === null) delItem(d, i);
  else Py_DECREF(d.set(i, Py_NewRef(value)));
}

export const deque_length = (o: PyObject): number => dq(o).size;

/**
 * Compares the items from `start` to `stop` with v, the index of the first equal one or -1.
 * A change of the deque meanwhile raises `mutatedExc`. CPython: the loops of deque_count, deque_index, deque_contains, deque_remove
 */
function search(interp: Interpreter, d: DequeBuf, v: PyObject, start: number, stop: number, mutatedExc: string, onEqual: 'stop' | 'count'): number {
  const state = d.state;
  let count = 0;
  for (let i = start; i < stop; i++) {
    const item = Py_NewRef(d.get(i));
    let eq: boolean;
    try {
      eq = PyObject_RichCompareBool(interp, item, v, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (d.state !== state) PyErr_SetString(interp, mutatedExc, 'deque mutated during iteration');
    if (eq) {
      if (onEqual === 'stop') return i;
      count++;
    }
  }
  return onEqual === 'stop' ? -1 : count;
}

// CPython: deque_contains
export function deque_contains(o: PyObject, v: PyObject): boolean {
  const d = dq(o);
  return search(o.ob_type.tp_interp, d, v, 0, d.size, 'RuntimeError', 'stop') >= 0;
}

/** A new deque of the same type and maxlen with the same items. CPython: deque_copy */
export function dequeCopy(interp: Interpreter, o: PyObject): PyObject {
  const d = dq(o);
  const dequeType = collectionsState(interp).deque;
  if (o.ob_type === dequeType) {
    const copy = deque_new(dequeType);
    const c = dq(copy);
    c.maxlen = d.maxlen;
    c.startFill(false);
    for (const x of d.toArray()) appendSteal(c, Py_NewRef(x), false);
    return copy;
  }
  const args = d.maxlen < 0 ? [o] : [o, PyLong_FromNumber(interp, d.maxlen)];
  let result: PyObject;
  try {
    result = PyObject_Vectorcall(interp, o.ob_type, args, null);
  } finally {
    if (args.length > 1) Py_DECREF(args[1]!);
  }
  if (!isDeque(interp, result)) {
    const name = result.ob_type.tp_name;
    Py_DECREF(result);
    PyErr_SetString(interp, 'TypeError', `${o.ob_type.tp_name}() must return a deque, not ${name}`);
  }
  return result;
}

// CPython: deque_concat
export function deque_concat(o: PyObject, other: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (!isDeque(interp, other)) PyErr_SetString(interp, 'TypeError', `can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
  const copy = dequeCopy(interp, o);
  try {
    dequeExtend(interp, copy, other, false);
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return copy;
}

// CPython: deque_inplace_concat
export function deque_inplace_concat(o: PyObject, other: PyObject): PyObject {
  dequeExtend(o.ob_type.tp_interp, o, other, false);
  return Py_NewRef(o);
}

// CPython: deque_inplace_repeat — fewer rounds when maxlen would cut them anyway.
export function deque_inplace_repeat(o: PyObject, n: number): PyObject {
  const interp = o.ob_type.tp_interp;
  const d = dq(o);
  const size = d.size;
  if (n <= 0 || size === 0) {
    dequeClear(d);
    return Py_NewRef(o);
  }
  if (size * n > Number.MAX_SAFE_INTEGER) PyErr_SetString(interp, 'MemoryError', '');
  if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
  const items = d.toArray();
  for (let k = 1; k < n; k++) for (const x of items) appendSteal(d, Py_NewRef(x), false);
  return Py_NewRef(o);
}

// CPython: deque_repeat
export function deque_repeat(o: PyObject, n: number): PyObject {
  const copy = dequeCopy(o.ob_type.tp_interp, o);
  try {
    const r = deque_inplace_repeat(copy, n);
    Py_DECREF(r);
    return copy;
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
}

// CPython: deque_repr
export function deque_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, '[...]');
  let text: string;
  try {
    const items = dq(o).toArray();
    for (const x of items) Py_NewRef(x);
    const list = _PyList_FromArraySteal(interp, items);
    try {
      text = reprText(interp, list);
    } finally {
      Py_DECREF(list);
    }
  } finally {
    Py_ReprLeave(interp, o);
  }
  const maxlen = dq(o).maxlen;
  return PyUnicode_FromString(interp, `${shortTypeName(o.ob_type)}(${text}${maxlen >= 0 ? `, maxlen=${maxlen}` : ''})`);
}

// CPython: deque_richcompare — item by item, through the iterators.
export function deque_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!isDeque(interp, v) || !isDeque(interp, w)) return Py_NewRef(interp.singletons.NotImplemented);
  const vs = dq(v).size;
  const ws = dq(w).size;
  const bool = (b: boolean) => Py_NewRef(b ? interp.singletons.True : interp.singletons.False);
  if (op === Py_EQ && (v === w || vs !== ws)) return bool(v === w);
  if (op === Py_NE && (v === w || vs !== ws)) return bool(v !== w);
  const it1 = PyObject_GetIter(interp, v);
  let it2: PyObject | null = null;
  try {
    it2 = PyObject_GetIter(interp, w);
    for (;;) {
      const x = PyIter_Next(interp, it1);
      let y: PyObject | null;
      try {
        y = PyIter_Next(interp, it2);
      } catch (e) {
        if (x !== null) Py_DECREF(x);
        throw e;
      }
      if (x === null || y === null) {
        if (x !== null) Py_DECREF(x);
        if (y !== null) Py_DECREF(y);
        switch (op) {
          case Py_LT: return bool(y !== null);
          case Py_LE: return bool(x === null);
          case Py_EQ: return bool(x === y);
          case Py_NE: return bool(x !== y);
          case Py_GT: return bool(x !== null);
          default: return bool(y === null);
        }
      }
      try {
        if (!PyObject_RichCompareBool(interp, x, y, Py_EQ)) return PyObject_RichCompare(interp, x, y, op);
      } finally {
        Py_DECREF(x);
        Py_DECREF(y);
      }
    }
  } finally {
    Py_DECREF(it1);
    if (it2 !== null) Py_DECREF(it2);
  }
}

function popImpl(left: boolean) {
  return (interp: Interpreter, self: PyObject | null): PyObject => {
    const d = dq(self!);
    if (d.size === 0) PyErr_SetString(interp, 'IndexError', 'pop from an empty deque');
    return left ? d.popLeft() : d.popRight();
  };
}

const none = (interp: Interpreter): PyObject => Py_NewRef(interp.singletons.None);

// CPython: deque_rotate
function deque_rotate_meth(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'deque.rotate', args.length, 0, 1);
  rotate(dq(self!), args.length > 0 ? ssizeIndexArg(interp, args[0]!) : 1);
  return none(interp);
}

// CPython: deque_index — index(value, [start, [stop]])
function deque_index(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  if (args.length < 1) PyErr_SetString(interp, 'TypeError', `index() takes at least 1 argument (${args.length} given)`);
  if (args.length > 3) PyErr_SetString(interp, 'TypeError', `index() takes at most 3 arguments (${args.length} given)`);
  const d = dq(self!);
  let start = args.length > 1 ? sliceIndexNotNone(interp, args[1]!) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(interp, args[2]!) : d.size;
  if (start < 0) start = Math.max(0, start + d.size);
  if (stop < 0) stop = Math.max(0, stop + d.size);
  if (stop > d.size) stop = d.size;
  if (start > stop) start = stop;
  const i = search(interp, d, args[0]!, start, stop, 'RuntimeError', 'stop');
  if (i < 0) PyErr_SetString(interp, 'ValueError', `${reprText(interp, args[0]!)} is not in deque`);
  return PyLong_FromNumber(interp, i);
}

// CPython: deque_insert
function deque_insert(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  if (args.length !== 2) PyErr_SetString(interp, 'TypeError', `insert() takes exactly 2 arguments (${args.length} given)`);
  const index = ssizeIndexArg(interp, args[0]!);
  const d = dq(self!);
  const n = d.size;
  if (d.maxlen === n) PyErr_SetString(interp, 'IndexError', 'deque already at its maximum size');
  const v = Py_NewRef(args[1]!);
  if (index >= n) appendSteal(d, v, false);
  else if (index <= -n || index === 0) appendSteal(d, v, true);
  else {
    rotate(d, -index);
    appendSteal(d, v, index >= 0);
    rotate(d, index);
  }
  return none(interp);
}

// CPython: deque_remove
function deque_remove(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const d = dq(self!);
  const i = search(interp, d, args[0]!, 0, d.size, 'IndexError', 'stop');
  if (i < 0) PyErr_SetString(interp, 'ValueError', `${reprText(interp, args[0]!)} is not in deque`);
  delItem(d, i);
  return none(interp);
}

// CPython: deque_sizeof
function deque_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  return PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + dq(self!).blocks() * SIZEOF_BLOCK);
}

// CPython: deque___reduce___impl — (type, () or ((), maxlen), __getstate__(), iter(self))
function deque_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const o = self!;
  const maxlen = dq(o).maxlen;
  const args = maxlen < 0 ? interp.singletons.emptyTuple : tupleFromItemsSteal(interp, [interp.singletons.emptyTuple, PyLong_FromNumber(interp, maxlen)]);
  const items: PyObject[] = [Py_NewRef(o.ob_type), args];
  try {
    items.push(callMethod(interp, o, '__getstate__', []));
    items.push(PyObject_GetIter(interp, o));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return tupleFromItemsSteal(interp, items);
}

export const deque_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_NOARGS, impl: deque_reduce, doc: 'Return state information for pickling.' },
  { name: 'append', flags: METH_O, impl: (interp, self, args) => (appendSteal(dq(self!), Py_NewRef(args[0]!), false), none(interp)), doc: 'Add an element to the right side of the deque.' },
  { name: 'appendleft', flags: METH_O, impl: (interp, self, args) => (appendSteal(dq(self!), Py_NewRef(args[0]!), true), none(interp)), doc: 'Add an element to the left side of the deque.' },
  { name: 'clear', flags: METH_NOARGS, impl: (interp, self) => (dequeClear(dq(self!)), none(interp)), doc: 'Remove all elements from the deque.' },
  { name: '__copy__', flags: METH_NOARGS, impl: (interp, self) => dequeCopy(interp, self!), doc: 'Return a shallow copy of a deque.' },
  { name: 'copy', flags: METH_NOARGS, impl: (interp, self) => dequeCopy(interp, self!), doc: 'Return a shallow copy of a deque.' },
  { name: 'count', flags: METH_O, impl: (interp, self, args) => PyLong_FromNumber(interp, search(interp, dq(self!), args[0]!, 0, dq(self!).size, 'RuntimeError', 'count')),
    doc: 'D.count(value) -- return number of occurrences of value' },
  { name: 'extend', flags: METH_O, impl: (interp, self, args) => (dequeExtend(interp, self!, args[0]!, false), none(interp)), doc: 'Extend the right side of the deque with elements from the iterable' },
  { name: 'extendleft', flags: METH_O, impl: (interp, self, args) => (dequeExtend(interp, self!, args[0]!, true), none(interp)), doc: 'Extend the left side of the deque with elements from the iterable' },
  { name: 'index', flags: METH_FASTCALL, impl: deque_index, doc: 'D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present.' },
  { name: 'insert', flags: METH_FASTCALL, impl: deque_insert, doc: 'D.insert(index, object) -- insert object before index' },
  { name: 'pop', flags: METH_NOARGS, impl: popImpl(false), doc: 'Remove and return the rightmost element.' },
  { name: 'popleft', flags: METH_NOARGS, impl: popImpl(true), doc: 'Remove and return the leftmost element.' },
  { name: 'remove', flags: METH_O, impl: deque_remove, doc: 'D.remove(value) -- remove first occurrence of value.' },
  { name: 'reverse', flags: METH_NOARGS, impl: (interp, self) => (dq(self!).reverse(), none(interp)), doc: 'D.reverse() -- reverse *IN PLACE*' },
  { name: 'rotate', flags: METH_FASTCALL, impl: deque_rotate_meth, doc: 'Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.' },
  { name: '__sizeof__', flags: METH_NOARGS, impl: deque_sizeof, doc: 'D.__sizeof__() -- size of D in memory, in bytes' },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias, doc: 'See PEP 585' },
];

export const deque_getset: readonly GetSetDef[] = [
  { name: 'maxlen', get: (interp, o) => (dq(o).maxlen < 0 ? none(interp) : PyLong_FromNumber(interp, dq(o).maxlen)), doc: 'maximum size of a deque or None if unbounded' },
];
