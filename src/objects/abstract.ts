// The abstract object protocols the eval loop calls. CPython: Objects/abstract.c.
import { Py_GenericAlias } from './genericaliasobject.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompareBool, PyObject_Size, Py_EQ } from './objectops.ts';
import { PyTypeObject, type binaryfunc, type MethodDef, type NumberMethods } from './typeobject.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { typeQualname } from './descrobject.ts';
import { typeLookup } from './typeready.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';

/**
 * Binary operators, numbered as CPython 3.12's NB_* (the oparg of BINARY_OP); in-place forms
 * are the plain number + NB_INPLACE_ADD.
 */
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6, OR = 7,
  POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE_ADD = 13, INPLACE_MULTIPLY = 18, INPLACE_REMAINDER = 19,
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const PY_SSIZE_T_MIN = -(2n ** 63n);

const SLOTS: readonly (keyof NumberMethods)[] = [
  'nb_add', 'nb_and', 'nb_floor_divide', 'nb_lshift', 'nb_matrix_multiply', 'nb_multiply', 'nb_remainder', 'nb_or',
  'nb_power', 'nb_rshift', 'nb_subtract', 'nb_true_divide', 'nb_xor',
];
const SYMBOLS: readonly string[] = ['+', '&', '//', '<<', '@', '*', '%', '|', '** or pow()', '>>', '-', '/', '^'];

function slotOf(o: PyObject, slot: keyof NumberMethods): binaryfunc | null {
  const nb = o.ob_type.tp_as_number;
  if (nb === null) return null;
  if (slot === 'nb_power') {
    // The ** operator calls the ternary slot with None as the modulus (CPython: ternary_op).
    const pow = nb.nb_power;
    if (pow === undefined) return null;
    return (a, b) => pow(a, b, o.ob_type.tp_interp.singletons.None);
  }
  return (nb[slot] as binaryfunc | undefined) ?? null;
}

// CPython: binary_op1 — the right operand's slot goes first when its type is a subtype of the
// left operand's type; NotImplemented from one side passes to the other.
export function binaryOp1(interp: Interpreter, v: PyObject, w: PyObject, op: NB): PyObject {
  return binarySlot1(interp, v, w, SLOTS[op]!);
}

function binarySlot1(interp: Interpreter, v: PyObject, w: PyObject, slot: keyof NumberMethods): PyObject {
  const notImpl = interp.singletons.NotImplemented;
  const slotv = slotOf(v, slot);
  let slotw = v.ob_type !== w.ob_type ? slotOf(w, slot) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && w.ob_type.isSubtypeOf(v.ob_type)) {
      const x = slotw(v, w);
      if (x !== notImpl) return x;
      Py_DECREF(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== notImpl) return x;
    Py_DECREF(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== notImpl) return x;
    Py_DECREF(x);
  }
  return notImpl;
}

// CPython: PyNumber_Divmod
export function PyNumber_Divmod(interp: Interpreter, v: PyObject, w: PyObject): PyObject {
  const r = binarySlot1(interp, v, w, 'nb_divmod');
  if (r !== interp.singletons.NotImplemented) return r;
  return PyErr_SetString(interp, 'TypeError', `unsupported operand type(s) for divmod(): '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

// CPython: PyNumber_Power / ternary_op — with a modulus the third operand's slot is tried last.
export function PyNumber_Power(interp: Interpreter, v: PyObject, w: PyObject, z: PyObject): PyObject {
  const none = interp.singletons.None;
  if (z === none) return binaryOp(interp, v, w, NB.POWER);
  const notImpl = interp.singletons.NotImplemented;
  const slotv = v.ob_type.tp_as_number?.nb_power;
  let slotw = v.ob_type !== w.ob_type ? w.ob_type.tp_as_number?.nb_power : undefined;
  if (slotw === slotv) slotw = undefined;
  const tried: unknown[] = [];
  if (slotv !== undefined) {
    if (slotw !== undefined && w.ob_type.isSubtypeOf(v.ob_type)) {
      const x = slotw(v, w, z);
      if (x !== notImpl) return x;
      Py_DECREF(x);
      tried.push(slotw);
      slotw = undefined;
    }
    const x = slotv(v, w, z);
    if (x !== notImpl) return x;
    Py_DECREF(x);
    tried.push(slotv);
  }
  if (slotw !== undefined) {
    const x = slotw(v, w, z);
    if (x !== notImpl) return x;
    Py_DECREF(x);
    tried.push(slotw);
  }
  const slotz = z.ob_type.tp_as_number?.nb_power;
  if (slotz !== undefined && !tried.includes(slotz)) {
    const x = slotz(v, w, z);
    if (x !== notImpl) return x;
    Py_DECREF(x);
  }
  return PyErr_SetString(interp, 'TypeError',
    `unsupported operand type(s) for ** or pow(): '${v.ob_type.tp_name}', '${w.ob_type.tp_name}', '${z.ob_type.tp_name}'`);
}

const ISLOTS: readonly (keyof NumberMethods)[] = [
  'nb_inplace_add', 'nb_inplace_and', 'nb_inplace_floor_divide', 'nb_inplace_lshift', 'nb_inplace_matrix_multiply',
  'nb_inplace_multiply', 'nb_inplace_remainder', 'nb_inplace_or', 'nb_inplace_power', 'nb_inplace_rshift',
  'nb_inplace_subtract', 'nb_inplace_true_divide', 'nb_inplace_xor',
];

// CPython: binary_iop1 — the left operand's in-place slot, then the binary slots.
function binaryIop1(interp: Interpreter, v: PyObject, w: PyObject, base: NB): PyObject {
  const nb = v.ob_type.tp_as_number;
  if (nb !== null) {
    const f = nb[ISLOTS[base]!];
    if (f !== undefined) {
      const x = base === NB.POWER
        ? (f as (a: PyObject, b: PyObject, c: PyObject) => PyObject)(v, w, interp.singletons.None)
        : (f as binaryfunc)(v, w);
      if (x !== interp.singletons.NotImplemented) return x;
      Py_DECREF(x);
    }
  }
  return binaryOp1(interp, v, w, base);
}

// CPython: binop_type_error
function binopTypeError(interp: Interpreter, v: PyObject, w: PyObject, op: NB): never {
  const base = op >= NB.INPLACE_ADD ? op - NB.INPLACE_ADD : op;
  // The in-place power is reported as "**=", not "** or pow()=".
  const symbol = op < NB.INPLACE_ADD ? SYMBOLS[base] : base === NB.POWER ? '**=' : `${SYMBOLS[base]}=`;
  return PyErr_SetString(interp, 'TypeError',
    `unsupported operand type(s) for ${symbol}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

// CPython: binary_op / binary_iop (in-place operators try the left operand's in-place slot first)
export function binaryOp(interp: Interpreter, v: PyObject, w: PyObject, op: NB): PyObject {
  const r = op >= NB.INPLACE_ADD ? binaryIop1(interp, v, w, op - NB.INPLACE_ADD) : binaryOp1(interp, v, w, op);
  if (r !== interp.singletons.NotImplemented) return r;
  return binopTypeError(interp, v, w, op);
}

/** The tail of the DeprecationWarning for a conversion method returning a subclass instance. */
export const subclassResultDeprecated = (kind: string): string =>
  `.  The ability to return an instance of a strict subclass of ${kind} is deprecated, and may be removed in a future version of Python.`;

/**
 * The int an object stands for (a new reference): an int (a subclass instance too) itself, else
 * its __index__(), which may be an int subclass instance (with a DeprecationWarning).
 * CPython: _PyNumber_Index
 */
export function _PyNumber_Index(interp: Interpreter, o: PyObject): PyObject {
  if (PyLong_Check(o)) {
    Py_INCREF(o);
    return o;
  }
  const f = o.ob_type.tp_as_number?.nb_index;
  if (f === undefined) return PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (r.ob_type === interp.types.int) return r;
  try {
    if (!PyLong_Check(r)) PyErr_SetString(interp, 'TypeError', `__index__ returned non-int (type ${r.ob_type.tp_name})`);
    PyErr_WarnEx(interp, 'DeprecationWarning', `__index__ returned non-int (type ${r.ob_type.tp_name})${subclassResultDeprecated('int')}`, 1);
  } catch (e) {
    Py_DECREF(r);
    throw e;
  }
  return r;
}

/** An exact int with the value of the int `o` (a new reference; `o` itself when exact). CPython: _PyLong_Copy */
export function exactLong(interp: Interpreter, o: PyObject): PyObject {
  if (o.ob_type === interp.types.int) {
    Py_INCREF(o);
    return o;
  }
  const v = longValue(o);
  return typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyLong_FromBigInt(interp, v);
}

/** _PyNumber_Index as an exact int (a new reference). CPython: PyNumber_Index */
export function PyNumber_Index(interp: Interpreter, o: PyObject): PyObject {
  const r = _PyNumber_Index(interp, o);
  if (r.ob_type === interp.types.int) return r;
  const c = exactLong(interp, r);
  Py_DECREF(r);
  return c;
}

/** PyNumber_Index's value as a JS number or bigint. */
export function indexValueOf(interp: Interpreter, o: PyObject): number | bigint {
  if (PyLong_Check(o)) return longValue(o);
  const r = _PyNumber_Index(interp, o);
  const v = longValue(r);
  Py_DECREF(r);
  return v;
}

/**
 * An index as a ssize_t; out of range raises OverflowError("cannot fit 'int' into an
 * index-sized integer"). CPython: PyNumber_AsSsize_t(o, PyExc_OverflowError)
 */
export function PyNumber_AsSsize_t(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (typeof v === 'number') return v;
  if (v > PY_SSIZE_T_MAX || v < PY_SSIZE_T_MIN) PyErr_SetString(interp, 'OverflowError', `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
  return Number(v);
}

// CPython: sequence_repeat
function sequenceRepeat(interp: Interpreter, repeat: (o: PyObject, n: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (!PyLong_Check(n) && n.ob_type.tp_as_number?.nb_index === undefined) {
    return PyErr_SetString(interp, 'TypeError', `can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  return repeat(seq, PyNumber_AsSsize_t(interp, n));
}

// CPython: PyNumber_Add (the number slots, then the left operand's sq_concat)
export function PyNumber_Add(interp: Interpreter, v: PyObject, w: PyObject): PyObject {
  const r = binaryOp1(interp, v, w, NB.ADD);
  if (r !== interp.singletons.NotImplemented) return r;
  const concat = v.ob_type.tp_as_sequence?.sq_concat;
  if (concat !== undefined) return concat(v, w);
  return binopTypeError(interp, v, w, NB.ADD);
}

// CPython: PyNumber_Multiply (the number slots, then either operand's sq_repeat)
export function PyNumber_Multiply(interp: Interpreter, v: PyObject, w: PyObject): PyObject {
  const r = binaryOp1(interp, v, w, NB.MULTIPLY);
  if (r !== interp.singletons.NotImplemented) return r;
  const mv = v.ob_type.tp_as_sequence?.sq_repeat;
  if (mv !== undefined) return sequenceRepeat(interp, mv, v, w);
  const mw = w.ob_type.tp_as_sequence?.sq_repeat;
  if (mw !== undefined) return sequenceRepeat(interp, mw, w, v);
  return binopTypeError(interp, v, w, NB.MULTIPLY);
}

// CPython: PyNumber_InPlaceAdd
export function PyNumber_InPlaceAdd(interp: Interpreter, v: PyObject, w: PyObject): PyObject {
  const r = binaryIop1(interp, v, w, NB.ADD);
  if (r !== interp.singletons.NotImplemented) return r;
  const m = v.ob_type.tp_as_sequence;
  if (m !== null) {
    const f = m.sq_inplace_concat ?? m.sq_concat;
    if (f !== undefined) return f(v, w);
  }
  return binopTypeError(interp, v, w, NB.INPLACE_ADD);
}

// CPython: PyNumber_InPlaceMultiply (the right operand is never repeated in place)
export function PyNumber_InPlaceMultiply(interp: Interpreter, v: PyObject, w: PyObject): PyObject {
  const r = binaryIop1(interp, v, w, NB.MULTIPLY);
  if (r !== interp.singletons.NotImplemented) return r;
  const mv = v.ob_type.tp_as_sequence;
  const mw = w.ob_type.tp_as_sequence;
  if (mv !== null) {
    const f = mv.sq_inplace_repeat ?? mv.sq_repeat;
    if (f !== undefined) return sequenceRepeat(interp, f, v, w);
  } else if (mw !== null && mw.sq_repeat !== undefined) {
    return sequenceRepeat(interp, mw.sq_repeat, w, v);
  }
  return binopTypeError(interp, v, w, NB.INPLACE_MULTIPLY);
}

/** The operator of BINARY_OP's oparg, with the sequence protocol where CPython's has it. */
export function PyNumber_BinaryOp(interp: Interpreter, v: PyObject, w: PyObject, op: NB): PyObject {
  switch (op) {
    case NB.ADD: return PyNumber_Add(interp, v, w);
    case NB.MULTIPLY: return PyNumber_Multiply(interp, v, w);
    case NB.INPLACE_ADD: return PyNumber_InPlaceAdd(interp, v, w);
    case NB.INPLACE_MULTIPLY: return PyNumber_InPlaceMultiply(interp, v, w);
    default: return binaryOp(interp, v, w, op);
  }
}


/**
 * An index as a JS number, or null when `o` has no __index__ (the caller raises its own TypeError).
 * Out of ssize_t range raises IndexError, as for subscripts. CPython: PyIndex_Check +
 * PyNumber_AsSsize_t(o, PyExc_IndexError)
 */
export function indexOrNull(interp: Interpreter, o: PyObject): number | null {
  if (!PyLong_Check(o) && o.ob_type.tp_as_number?.nb_index === undefined) return null;
  const v = indexValueOf(interp, o);
  if (typeof v === 'number') return v;
  if (v > PY_SSIZE_T_MAX || v < PY_SSIZE_T_MIN) {
    PyErr_SetString(interp, 'IndexError', `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
  }
  // Beyond 2**53 but within ssize_t: past any real length, and still out of range once negated.
  return Number(v);
}

// CPython: PyObject_GetItem (a new reference)
export function PyObject_GetItem(interp: Interpreter, o: PyObject, key: PyObject): PyObject {
  const mp = o.ob_type.tp_as_mapping;
  if (mp !== null && mp.mp_subscript !== undefined) return mp.mp_subscript(o, key);
  if (o instanceof PyTypeObject) {
    // type[int] is special-cased, so that other classes do not inherit it from their metaclass.
    if (o === interp.types.type) return Py_GenericAlias(interp, o, [key]);
    // A class subscripted: its __class_getitem__ (PEP 560).
    const meth = PyObject_LookupAttr(interp, o, internedStr(interp, '__class_getitem__'));
    if (meth !== null) {
      try {
        return PyObject_Vectorcall(interp, meth, [key], null);
      } finally {
        Py_DECREF(meth);
      }
    }
    return PyErr_SetString(interp, 'TypeError', `type '${typeQualname(o)}' is not subscriptable`);
  }
  return PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object is not subscriptable`);
}

/** -o. CPython: PyNumber_Negative */
export function PyNumber_Negative(interp: Interpreter, o: PyObject): PyObject {
  const f = o.ob_type.tp_as_number?.nb_negative;
  if (f !== undefined) return f(o);
  return PyErr_SetString(interp, 'TypeError', `bad operand type for unary -: '${o.ob_type.tp_name}'`);
}

// CPython: PyObject_SetItem (the container takes its own reference to the value)
export function PyObject_SetItem(interp: Interpreter, o: PyObject, key: PyObject, value: PyObject): void {
  const mp = o.ob_type.tp_as_mapping;
  if (mp !== null && mp.mp_ass_subscript !== undefined) return mp.mp_ass_subscript(o, key, value);
  PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object does not support item assignment`);
}

// CPython: PyObject_DelItem
export function PyObject_DelItem(interp: Interpreter, o: PyObject, key: PyObject): void {
  const mp = o.ob_type.tp_as_mapping;
  if (mp !== null && mp.mp_ass_subscript !== undefined) return mp.mp_ass_subscript(o, key, null);
  PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object doesn't support item deletion`);
}

const ITERSEARCH_COUNT = 1;
const ITERSEARCH_INDEX = 2;
const ITERSEARCH_CONTAINS = 3;

/**
 * Iterates `seq` comparing items to `value` with ==: how many are equal (COUNT), the position of
 * the first (INDEX, ValueError when none), or 1/0 whether there is one (CONTAINS).
 * CPython: _PySequence_IterSearch
 */
function iterSearch(interp: Interpreter, seq: PyObject, value: PyObject, operation: number): number {
  if (seq.ob_type.tp_iter === null) {
    PyErr_SetString(interp, 'TypeError', `argument of type '${seq.ob_type.tp_name}' is not iterable`);
  }
  const it = PyObject_GetIter(interp, seq);
  let n = 0;
  try {
    for (;;) {
      const item = PyIter_Next(interp, it);
      if (item === null) break;
      let found: boolean;
      try {
        found = PyObject_RichCompareBool(interp, item, value, Py_EQ);
      } finally {
        Py_DECREF(item);
      }
      if (found) {
        if (operation === ITERSEARCH_COUNT) n++;
        else return operation === ITERSEARCH_INDEX ? n : 1;
      } else if (operation === ITERSEARCH_INDEX) {
        n++;
      }
    }
  } finally {
    Py_DECREF(it);
  }
  if (operation === ITERSEARCH_INDEX) PyErr_SetString(interp, 'ValueError', 'sequence.index(x): x not in sequence');
  return operation === ITERSEARCH_COUNT ? n : 0;
}

/** `value in seq` by iteration and ==. CPython: _PySequence_IterSearch (PY_ITERSEARCH_CONTAINS) */
export function PySequence_IterSearch(interp: Interpreter, seq: PyObject, value: PyObject): boolean {
  return iterSearch(interp, seq, value, ITERSEARCH_CONTAINS) !== 0;
}

/** How many items of `seq` equal `value`. CPython: PySequence_Count */
export function PySequence_Count(interp: Interpreter, seq: PyObject, value: PyObject): number {
  return iterSearch(interp, seq, value, ITERSEARCH_COUNT);
}

/** The position of the first item of `seq` equal to `value`. CPython: PySequence_Index */
export function PySequence_Index(interp: Interpreter, seq: PyObject, value: PyObject): number {
  return iterSearch(interp, seq, value, ITERSEARCH_INDEX);
}

// CPython: PySequence_Contains (sq_contains, else iteration)
export function PySequence_Contains(interp: Interpreter, seq: PyObject, value: PyObject): boolean {
  const sq = seq.ob_type.tp_as_sequence;
  if (sq !== null && sq.sq_contains !== undefined) return sq.sq_contains(seq, value);
  return PySequence_IterSearch(interp, seq, value);
}

// CPython: PyNumber_Invert
export function PyNumber_Invert(interp: Interpreter, o: PyObject): PyObject {
  const f = o.ob_type.tp_as_number?.nb_invert;
  if (f !== undefined) return f(o);
  return PyErr_SetString(interp, 'TypeError', `bad operand type for unary ~: '${o.ob_type.tp_name}'`);
}

// CPython: PySequence_Check (dicts are not sequences)
export function PySequence_Check(interp: Interpreter, o: PyObject): boolean {
  if (o.ob_type.isSubtypeOf(interp.types.dict)) return false;
  return o.ob_type.tp_as_sequence?.sq_item !== undefined;
}

// CPython: PyNumber_Absolute
export function PyNumber_Absolute(interp: Interpreter, o: PyObject): PyObject {
  const f = o.ob_type.tp_as_number?.nb_absolute;
  if (f !== undefined) return f(o);
  return PyErr_SetString(interp, 'TypeError', `bad operand type for abs(): '${o.ob_type.tp_name}'`);
}

/**
 * Unpacks `v` into `out` (new references, in iteration order), exactly `count` items. On error
 * the items taken so far are released, last first, as CPython's error path does.
 * CPython: unpack_iterable (argcntafter == -1)
 */
export function unpackIterable(interp: Interpreter, v: PyObject, count: number, out: PyObject[]): void {
  const type = v.ob_type;
  if (type.tp_iter === null && !PySequence_Check(interp, v)) PyErr_SetString(interp, 'TypeError', `cannot unpack non-iterable ${type.tp_name} object`);
  const it = PyObject_GetIter(interp, v);
  try {
    for (let i = 0; i < count; i++) {
      const w = PyIter_Next(interp, it);
      if (w === null) {
        PyErr_SetString(interp, 'ValueError', `not enough values to unpack (expected ${count}, got ${i})`);
      }
      out.push(w);
    }
    const extra = PyIter_Next(interp, it);
    if (extra !== null) {
      Py_DECREF(extra);
      PyErr_SetString(interp, 'ValueError', `too many values to unpack (expected ${count})`);
    }
  } catch (e) {
    for (let i = out.length - 1; i >= 0; i--) Py_DECREF(out[i]!);
    out.length = 0;
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

// CPython: _PyObject_HasLen
export function _PyObject_HasLen(o: PyObject): boolean {
  const t = o.ob_type;
  return t.tp_as_sequence?.sq_length !== undefined || t.tp_as_mapping?.mp_length !== undefined;
}

/**
 * The special method `name` of `o`, bound through its descriptor (a new reference), or null.
 * CPython: _PyObject_LookupSpecial
 */
export function lookupSpecial(interp: Interpreter, o: PyObject, name: string): PyObject | null {
  const type = o.ob_type;
  const res = typeLookup(interp, type, name);
  if (res === null) return null;
  const get = res.ob_type.tp_descr_get;
  if (get === null) {
    Py_INCREF(res);
    return res;
  }
  return get(res, o, type);
}

/**
 * How many items iterating `o` will probably give: its len(), else its __length_hint__(), else
 * `defaultValue`. CPython: PyObject_LengthHint
 */
export function PyObject_LengthHint(interp: Interpreter, o: PyObject, defaultValue: number): number {
  const typeError = interp.types.exceptions.get('TypeError')!;
  if (_PyObject_HasLen(o)) {
    try {
      return PyObject_Size(interp, o);
    } catch (e) {
      if ((e as PyObject).ob_type !== typeError) throw e;
      Py_DECREF(e as PyObject);
    }
  }
  const hint = lookupSpecial(interp, o, '__length_hint__');
  if (hint === null) return defaultValue;
  let result: PyObject;
  try {
    result = PyObject_Vectorcall(interp, hint, [], null);
  } catch (e) {
    if ((e as PyObject).ob_type !== typeError) throw e;
    Py_DECREF(e as PyObject);
    return defaultValue;
  } finally {
    Py_DECREF(hint);
  }
  if (result === interp.singletons.NotImplemented) return defaultValue;
  if (!PyLong_Check(result)) {
    const tn = result.ob_type.tp_name;
    Py_DECREF(result);
    PyErr_SetString(interp, 'TypeError', `__length_hint__ must be an integer, not ${tn}`);
  }
  const v = longValue(result);
  Py_DECREF(result);
  if (v < 0) PyErr_SetString(interp, 'ValueError', '__length_hint__() should return >= 0');
  return Number(v);
}

// CPython: PyNumber_Positive (int's long_long: an exact int is itself, a bool becomes an int)
export function PyNumber_Positive(interp: Interpreter, o: PyObject): PyObject {
  const f = o.ob_type.tp_as_number?.nb_positive;
  if (f !== undefined) return f(o);
  if (o.ob_type === interp.types.int) {
    Py_INCREF(o);
    return o;
  }
  if (PyLong_Check(o)) {
    const v = longValue(o);
    return typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyLong_FromBigInt(interp, v);
  }
  return PyErr_SetString(interp, 'TypeError', `bad operand type for unary +: '${o.ob_type.tp_name}'`);
}
