// The generic object operations the eval loop and the builtins call: repr(), str(), truth,
// rich comparison, len(), iteration. CPython: Objects/object.c (PyObject_Repr, PyObject_Str,
// PyObject_IsTrue, do_richcompare, PyObject_RichCompare(Bool)), Objects/abstract.c
// (PyObject_Size, PyObject_GetIter, PyIter_Next), and the tp_repr / tp_richcompare slots of the
// types that exist so far (long_to_decimal_string, unicode_repr, tuplerepr, func_repr,
// meth_repr, type_repr, object_repr, long_richcompare, float_richcompare, unicode_richcompare,
// tuplerichcompare), kept together until each type grows its own file of methods.
import type { Interpreter } from '../runtime/interpreter.ts';
import { reprFloat, reprStr } from '../ast/repr.ts';
import { floatCompareInt } from './numeric/float.ts';
import { intToDecimalString } from './numeric/int_str.ts';
import { exceptionStrResult, PyErr_SetString, type PyBaseExceptionObject } from './exceptions.ts';
import { longValue, PyLong_Check } from './longobject.ts';
import { Py_DECREF, type PyObject } from './object.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { PyUnicode_FromString, PyUnicode_New, unicodeLength, type PyUnicodeObject } from './unicodeobject.ts';
import { internedStr } from './codeobject.ts';
import type { PyTypeObject } from './typeobject.ts';
import type { PyCFunctionObject } from './methodobject.ts';
import type { PyFunctionObject } from './funcobject.ts';
import type { PyCodeObject } from './codeobject.ts';
import { strHashValue } from './dictobject.ts';
import { floatHash, intHash, NONE_HASH, rangeHash, sliceHash, tupleHash, type PyHash } from './hash/index.ts';
import { rangeLen, rangeReprText, type PyRangeObject } from './rangeobject.ts';
import { PySeqIter_New } from './iterobject.ts';
import type { PySliceObject } from './sliceobject.ts';

/** Comparison operators, numbered as CPython's Py_LT..Py_GE. */
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;
const OPSTRINGS = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];

function strText(o: PyObject): string {
  const b = (o as PyUnicodeObject).body;
  return typeof b === 'string' ? b : String.fromCodePoint(...b);
}

function hexAddr(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

/** repr(o) as a JS string. CPython: PyObject_Repr */
export function reprText(interp: Interpreter, o: PyObject): string {
  const r = PyObject_Repr(interp, o);
  const t = strText(r);
  Py_DECREF(r);
  return t;
}

/**
 * Enters the repr of a container; false when it is already being repr'd further up (the caller
 * then prints `[...]`, `{...}`). CPython: Py_ReprEnter
 */
export function Py_ReprEnter(interp: Interpreter, o: PyObject): boolean {
  const stack = interp.reprStack;
  for (let i = stack.length; --i >= 0;) if (stack[i] === o) return false;
  stack.push(o);
  return true;
}

// CPython: Py_ReprLeave
export function Py_ReprLeave(interp: Interpreter, o: PyObject): void {
  const stack = interp.reprStack;
  for (let i = stack.length; --i >= 0;) {
    if (stack[i] === o) {
      stack.splice(i, 1);
      return;
    }
  }
}

// The tp_repr slots of the builtin types whose files hold no methods yet.

// CPython: long_to_decimal_string
export function long_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const v = longValue(o);
  return PyUnicode_New(interp, typeof v === 'number' ? String(v) : intToDecimalString(v, interp.intMaxStrDigits));
}

// CPython: bool_repr (the static identifiers, so str(True) is 'True')
export function bool_repr(o: PyObject): PyObject {
  return internedStr(o.ob_type.tp_interp, o.ival !== 0 ? 'True' : 'False');
}

// CPython: none_repr, NotImplemented_repr
export function none_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, 'None');
}

export function notimplemented_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, 'NotImplemented');
}

// CPython: float_repr
export function float_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, reprFloat(o.ival));
}

// CPython: unicode_repr
export function unicode_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, unicodeReprText(o));
}

/**
 * repr() of a str as text. A str kept as code points (adjacent surrogates) is shown with each
 * surrogate escaped: they go through reprStr as U+FFFF, whose escapes are then put back in order.
 */
export function unicodeReprText(o: PyObject): string {
  const b = (o as PyUnicodeObject).body;
  if (typeof b === 'string') return reprStr(b);
  let masked = '';
  const escapes: string[] = [];
  for (const c of b) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (surrogate || c === 0xffff) escapes.push('\\u' + c.toString(16).padStart(4, '0'));
    masked += surrogate ? '\uffff' : String.fromCodePoint(c);
  }
  let k = 0;
  return reprStr(masked).replace(/\\uffff/g, () => escapes[k++]!);
}

// CPython: tuplerepr
export function tuple_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const items = (o as PyTupleObject).body;
  if (items.length === 0) return PyUnicode_FromString(interp, '()');
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, '(...)');
  try {
    const parts = items.map((x) => reprText(interp, x));
    return PyUnicode_FromString(interp, items.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: range_repr
export function range_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, rangeReprText(o));
}

// CPython: slice_repr
export function slice_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = (o as PySliceObject).body;
  return PyUnicode_FromString(interp, `slice(${reprText(interp, b.start)}, ${reprText(interp, b.stop)}, ${reprText(interp, b.step)})`);
}

// CPython: func_repr
export function func_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, `<function ${strText((o as PyFunctionObject).body.qualname)} at ${hexAddr(o)}>`);
}

// CPython: meth_repr — a function of a module (or none), else a method of its __self__.
export function meth_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = (o as PyCFunctionObject).body;
  const self = b.self;
  if (self === null || self.ob_type.tp_name === 'module') return PyUnicode_FromString(interp, `<built-in function ${b.name}>`);
  return PyUnicode_FromString(interp, `<built-in method ${b.name} of ${self.ob_type.tp_name} object at ${hexAddr(self)}>`);
}

// CPython: code_repr
export function code_repr(o: PyObject): PyObject {
  const b = (o as PyCodeObject).body;
  return PyUnicode_FromString(o.ob_type.tp_interp, `<code object ${b.desc.co_name} at ${hexAddr(o)}, file "${b.desc.co_filename}", line ${b.desc.co_firstlineno}>`);
}

// CPython: BaseException_repr
export function exception_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const argsTuple = (o as PyBaseExceptionObject).body.args;
  const args = (argsTuple as PyTupleObject).body;
  const name = typeShortName(o.ob_type);
  return PyUnicode_FromString(interp, args.length === 1 ? `${name}(${reprText(interp, args[0]!)})` : `${name}${reprText(interp, argsTuple)}`);
}

/** __name__ of a type: the part of tp_name after the last dot. */
function typeShortName(t: PyTypeObject): string {
  if (t.ht_name !== null) return strText(t.ht_name);
  const dot = t.tp_name.lastIndexOf('.');
  return dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1);
}

// CPython: BaseException_str and the subtypes' tp_str (KeyError_str, OSError_str, ...)
export function exception_str(o: PyObject): PyObject {
  const r = exceptionStrResult(o.ob_type.tp_interp, o);
  return typeof r === 'string' ? PyUnicode_FromString(o.ob_type.tp_interp, r) : r;
}

/** str(o) as a JS string. CPython: PyObject_Str */
export function strOf(interp: Interpreter, o: PyObject): string {
  if (o.ob_type === interp.types.str) return strText(o);
  const r = PyObject_Str(interp, o);
  const t = strText(r);
  Py_DECREF(r);
  return t;
}

// CPython: PyObject_Repr
export function PyObject_Repr(interp: Interpreter, o: PyObject): PyObject {
  const repr = o.ob_type.tp_repr;
  if (repr === null) return PyUnicode_FromString(interp, `<${o.ob_type.tp_name} object at ${hexAddr(o)}>`);
  return repr(o);
}

// CPython: PyObject_Str (a str is returned as a new reference to itself)
export function PyObject_Str(interp: Interpreter, o: PyObject): PyObject {
  if (o.ob_type === interp.types.str) {
    if (o.ob_refcnt < 0xffffffff) o.ob_refcnt++;
    return o;
  }
  const str = o.ob_type.tp_str;
  if (str === null) return PyObject_Repr(interp, o);
  return str(o);
}

/** len(o). CPython: PyObject_Size (sq_length, then mp_length) */
export function PyObject_Size(interp: Interpreter, o: PyObject): number {
  const type = o.ob_type;
  const sq = type.tp_as_sequence;
  if (sq !== null && sq.sq_length !== undefined) return sq.sq_length(o);
  const mp = type.tp_as_mapping;
  if (mp !== null && mp.mp_length !== undefined) return mp.mp_length(o);
  return PyErr_SetString(interp, 'TypeError', `object of type '${type.tp_name}' has no len()`);
}

/** Truth value. CPython: PyObject_IsTrue (nb_bool, then mp_length / sq_length) */
export function PyObject_IsTrue(interp: Interpreter, o: PyObject): boolean {
  const s = interp.singletons;
  if (o === s.True) return true;
  if (o === s.False || o === s.None) return false;
  const type = o.ob_type;
  const nb = type.tp_as_number;
  if (nb !== null && nb.nb_bool !== undefined) return nb.nb_bool(o);
  const mp = type.tp_as_mapping;
  if (mp !== null && mp.mp_length !== undefined) return mp.mp_length(o) !== 0;
  const sq = type.tp_as_sequence;
  if (sq !== null && sq.sq_length !== undefined) return sq.sq_length(o) !== 0;
  return true;
}

function boolObj(interp: Interpreter, v: boolean): PyObject {
  return v ? interp.singletons.True : interp.singletons.False;
}

// CPython: Py_RETURN_RICHCOMPARE
function compareResult(interp: Interpreter, c: number, op: number): PyObject {
  // c is -1, 0, 1, or NaN for unordered (every comparison false but !=).
  if (c !== c) return boolObj(interp, op === Py_NE);
  switch (op) {
    case Py_LT: return boolObj(interp, c < 0);
    case Py_LE: return boolObj(interp, c <= 0);
    case Py_EQ: return boolObj(interp, c === 0);
    case Py_NE: return boolObj(interp, c !== 0);
    case Py_GT: return boolObj(interp, c > 0);
    default: return boolObj(interp, c >= 0);
  }
}

function cmpInts(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// CPython: long_richcompare
export function long_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if (!PyLong_Check(a) || !PyLong_Check(b)) return interp.singletons.NotImplemented;
  return compareResult(interp, cmpInts(longValue(a), longValue(b)), op);
}

// CPython: float_richcompare (int operands compare exactly)
export function float_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const t = interp.types;
  const x = a.ival;
  if (b.ob_type.isSubtypeOf(t.float)) {
    const y = b.ival;
    return compareResult(interp, x !== x || y !== y ? NaN : x < y ? -1 : x > y ? 1 : 0, op);
  }
  if (PyLong_Check(b)) return compareResult(interp, floatCompareInt(x, BigInt(longValue(b))), op);
  return interp.singletons.NotImplemented;
}

/** Code point order of two strs. CPython: unicode_compare */
function compareStrs(a: PyObject, b: PyObject): number {
  const x = (a as PyUnicodeObject).body;
  const y = (b as PyUnicodeObject).body;
  if (typeof x === 'string' && typeof y === 'string') {
    if (x === y) return 0;
    // UTF-16 order differs from code point order only around surrogates.
    const xs = Array.from(x, (c) => c.codePointAt(0)!);
    const ys = Array.from(y, (c) => c.codePointAt(0)!);
    return compareArrays(xs, ys);
  }
  const xs = typeof x === 'string' ? Array.from(x, (c) => c.codePointAt(0)!) : Array.from(x);
  const ys = typeof y === 'string' ? Array.from(y, (c) => c.codePointAt(0)!) : Array.from(y);
  return compareArrays(xs, ys);
}

function compareArrays(xs: number[], ys: number[]): number {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) if (xs[i] !== ys[i]) return xs[i]! < ys[i]! ? -1 : 1;
  return cmpInts(xs.length, ys.length);
}

// CPython: PyUnicode_RichCompare
export function unicode_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const str = interp.types.str;
  if (!a.ob_type.isSubtypeOf(str) || !b.ob_type.isSubtypeOf(str)) return interp.singletons.NotImplemented;
  if (a === b && (op === Py_EQ || op === Py_NE || op === Py_LE || op === Py_GE)) return boolObj(interp, op !== Py_NE);
  return compareResult(interp, compareStrs(a, b), op);
}

// CPython: tuplerichcompare — the first items that differ decide, else the lengths.
export function tuple_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const tuple = interp.types.tuple;
  if (!a.ob_type.isSubtypeOf(tuple) || !b.ob_type.isSubtypeOf(tuple)) return interp.singletons.NotImplemented;
  const x = (a as PyTupleObject).body;
  const y = (b as PyTupleObject).body;
  let i = 0;
  for (; i < x.length && i < y.length; i++) if (!PyObject_RichCompareBool(interp, x[i]!, y[i]!, Py_EQ)) break;
  if (i >= x.length || i >= y.length) return compareResult(interp, cmpInts(x.length, y.length), op);
  if (op === Py_EQ) return interp.singletons.False;
  if (op === Py_NE) return interp.singletons.True;
  return PyObject_RichCompare(interp, x[i]!, y[i]!, op);
}

/** A new reference to the comparison's result. CPython: PyObject_RichCompare / do_richcompare */
export function PyObject_RichCompare(interp: Interpreter, v: PyObject, w: PyObject, op: number): PyObject {
  const notImpl = interp.singletons.NotImplemented;
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && wt.isSubtypeOf(vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, SWAPPED[op]!);
    if (r !== notImpl) return r;
    Py_DECREF(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== notImpl) return r;
    Py_DECREF(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, SWAPPED[op]!);
    if (r !== notImpl) return r;
    Py_DECREF(r);
  }
  if (op === Py_EQ) return boolObj(interp, v === w);
  if (op === Py_NE) return boolObj(interp, v !== w);
  return PyErr_SetString(interp, 'TypeError',
    `'${OPSTRINGS[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`);
}

// CPython: PyObject_RichCompareBool (identity implies equality)
export function PyObject_RichCompareBool(interp: Interpreter, v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  const r = PyObject_RichCompare(interp, v, w, op);
  const s = interp.singletons;
  if (r === s.True) return true;
  if (r === s.False) return false;
  try {
    return PyObject_IsTrue(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

/** iter(o). CPython: PyObject_GetIter */
export function PyObject_GetIter(interp: Interpreter, o: PyObject): PyObject {
  const f = o.ob_type.tp_iter;
  if (f === null) {
    // A sequence (sq_item, not a dict) iterates by index. CPython: PySequence_Check
    if (o.ob_type.tp_as_sequence?.sq_item !== undefined && !o.ob_type.isSubtypeOf(interp.types.dict)) return PySeqIter_New(interp, o);
    return PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object is not iterable`);
  }
  return f(o);
}

/**
 * The iterator's next item (a new reference), or null when it is exhausted: a StopIteration it
 * raises ends the iteration too and is dropped. CPython: PyIter_Next
 */
export function PyIter_Next(interp: Interpreter, it: PyObject): PyObject | null {
  try {
    return it.ob_type.tp_iternext!(it);
  } catch (e) {
    const exc = e as PyObject;
    if (exc.ob_type === undefined || !exc.ob_type.isSubtypeOf(interp.types.exceptions.get('StopIteration')!)) throw e;
    Py_DECREF(exc);
    return null;
  }
}

/** hash(o). CPython: PyObject_Hash */
export function PyObject_Hash(interp: Interpreter, o: PyObject): PyHash {
  const h = o.ob_type.tp_hash;
  if (h === null) return PyErr_SetString(interp, 'TypeError', `unhashable type: '${o.ob_type.tp_name}'`);
  return h(o);
}

// The tp_hash slots of the builtin types whose files hold no methods yet.
export const unicode_hash = (o: PyObject): PyHash => strHashValue(o.ob_type.tp_interp, o);
export const long_hash = (o: PyObject): PyHash => intHash(longValue(o));
export const float_hash = (o: PyObject): PyHash => floatHash(o.ival, o.addr);
export const none_hash = (): PyHash => NONE_HASH;

// CPython: tuplehash
export function tuple_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  return tupleHash((o as PyTupleObject).body.map((x) => PyObject_Hash(interp, x)));
}

// CPython: slice_hash
export function slice_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  const b = (o as PySliceObject).body;
  return sliceHash(PyObject_Hash(interp, b.start), PyObject_Hash(interp, b.stop), PyObject_Hash(interp, b.step));
}

// CPython: range_hash
export function range_hash(o: PyObject): PyHash {
  const b = (o as PyRangeObject).body;
  return rangeHash(longValue(b.length), longValue(b.start), longValue(b.step));
}
