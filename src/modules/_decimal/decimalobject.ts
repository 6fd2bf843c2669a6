// The Decimal type: construction, conversions to and from Python numbers and strings, hashing,
// comparisons and the number protocol. CPython: Modules/_decimal/_decimal.c (PyDecType_New,
// dec_new, PyDecType_FromFloatExact, dec_hash, dec_richcompare, nm_* number methods).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { hashFromBigInt, HASH_MODULUS, pointerHash, type PyHash } from '../../objects/hash/index.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { Py_EQ, Py_NE } from '../../objects/objectops.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { complexValue } from '../../objects/complexobject.ts';
import { allocInstance } from '../modsupport.ts';
import { isUnicodeSpace, unicodeDecimal } from '../../objects/numeric/ascii_transform.ts';
import * as A from './arith.ts';
import { cmp, type Ctx, finalize, type Dec, finite, INF, Kind, parseDecimal, pow10, S_CONVERSION_SYNTAX, S_FLOAT_OPERATION,
  S_INVALID_OPERATION, special, toSci } from './number.ts';
import { pow } from './transcend.ts';
import { addStatus, ctxArg, ctxOf, currentContext, decimalState, setFlags } from './state.ts';

export const SIZEOF_DECIMAL = 104;

export const dec = (o: PyObject): Dec => o.body as Dec;

export function isDecimal(interp: Interpreter, o: PyObject): boolean {
  const t = decimalState(interp).Decimal;
  return o.ob_type === t || o.ob_type.isSubtypeOf(t);
}

/** A new Decimal (of `type`, Decimal unless given). CPython: PyDecType_New */
export function newDecimal(interp: Interpreter, d: Dec, type?: PyTypeObject): PyObject {
  return allocInstance(interp, type ?? decimalState(interp).Decimal, SIZEOF_DECIMAL, 0, d);
}

export function dec_dealloc(o: PyObject): void {
  freeObject(o);
}

/** An int's exact value. CPython: PyDecType_FromLongExact */
export function decFromInt(o: PyObject): Dec {
  const v = BigInt(longValue(o));
  return v < 0n ? finite(1, -v, 0) : finite(0, v, 0);
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** A float's exact value; NaNs are positive. CPython: PyDecType_FromFloatExact */
export function decFromDouble(x: number): Dec {
  if (Number.isNaN(x)) return special(0, Kind.NAN);
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (!Number.isFinite(x)) return INF(sign);
  F64[0] = Math.abs(x);
  const bits = U64[0]!;
  const be = Number(bits >> 52n);
  let m = bits & ((1n << 52n) - 1n);
  let e: number;
  if (be === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = be - 1075;
  }
  if (m === 0n) return finite(sign, 0n, 0);
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (e >= 0) return finite(sign, m << BigInt(e), 0);
  return finite(sign, m * 5n ** BigInt(-e), e);
}

/**
 * A str as the characters the conversion reads: surrounding whitespace stripped, underscores
 * dropped, Unicode digits as ASCII; null when a character cannot be part of a number.
 * CPython: numeric_as_ascii
 */
function numericAscii(s: string): string | null {
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  let i = 0;
  let j = cps.length;
  while (i < j && isUnicodeSpace(cps[i]!)) i++;
  while (j > i && isUnicodeSpace(cps[j - 1]!)) j--;
  let out = '';
  for (let k = i; k < j; k++) {
    const cp = cps[k]!;
    if (cp === 0x5f) continue;
    if (cp < 128) {
      if (cp === 0) return null;
      out += String.fromCharCode(cp);
      continue;
    }
    const d = unicodeDecimal(cp);
    if (d < 0) return null;
    out += String(d);
  }
  return out;
}

/** A str's value, exact (`c` null) or rounded to the context; a syntax error is ConversionSyntax. CPython: PyDecType_FromUnicodeExact, PyDecType_FromUnicode */
export function decFromStr(interp: Interpreter, s: string, ctxObj: PyObject, exact: boolean): Dec {
  const c = ctxOf(ctxObj);
  const ascii = numericAscii(s);
  const maxPayload = exact ? Number.MAX_SAFE_INTEGER : c.prec - c.clamp;
  const d = ascii === null ? null : parseDecimal(ascii, maxPayload);
  if (d === null) {
    addStatus(interp, ctxObj, S_CONVERSION_SYNTAX);
    return special(0, Kind.NAN);
  }
  return exact ? d : roundTo(interp, d, ctxObj);
}

/** A value rounded to a context, its conditions signaled. CPython: mpd_qfinalize via dec_addstatus */
export function roundTo(interp: Interpreter, d: Dec, ctxObj: PyObject): Dec {
  const c = ctxOf(ctxObj);
  c.status = 0;
  const r = finalize(d, c);
  const st = c.status;
  c.status = 0;
  addStatus(interp, ctxObj, st);
  return r;
}

// CPython: dectuple_as_str — the checks of a (sign, digits, exponent) tuple.
function decFromTuple(interp: Interpreter, o: PyObject): Dec {
  const items = o.body as PyObject[];
  if (items.length !== 3) PyErr_SetString(interp, 'ValueError', 'argument must be a sequence of length 3');
  const [s, digits, e] = items as [PyObject, PyObject, PyObject];
  if (!PyLong_Check(s)) PyErr_SetString(interp, 'ValueError', 'sign must be an integer with the value 0 or 1');
  const sv = Number(longValue(s));
  if (sv !== 0 && sv !== 1) PyErr_SetString(interp, 'ValueError', 'sign must be an integer with the value 0 or 1');
  let kind = Kind.FINITE;
  let exp = 0;
  if (e.ob_type === interp.types.str || e.ob_type.isSubtypeOf(interp.types.str)) {
    const t = unicodeText(e);
    if (t === 'F') kind = Kind.INF;
    else if (t === 'n') kind = Kind.NAN;
    else if (t === 'N') kind = Kind.SNAN;
    else PyErr_SetString(interp, 'ValueError', "string argument in the third position must be 'F', 'n' or 'N'");
  } else if (PyLong_Check(e)) {
    exp = Number(longValue(e));
  } else PyErr_SetString(interp, 'ValueError', 'exponent must be an integer');
  const isSeq = digits.ob_type.isSubtypeOf(interp.types.tuple) || digits.ob_type.isSubtypeOf(interp.types.list);
  if (!isSeq) PyErr_SetString(interp, 'ValueError', 'coefficient must be a tuple of digits');
  let text = '';
  for (const dgt of digits.body as PyObject[]) {
    if (!PyLong_Check(dgt)) PyErr_SetString(interp, 'ValueError', 'coefficient must be a tuple of digits');
    const v = longValue(dgt);
    if (v < 0 || v > 9) PyErr_SetString(interp, 'ValueError', 'coefficient must be a tuple of digits');
    text += String(v);
  }
  const coef = text === '' ? 0n : BigInt(text);
  if (kind === Kind.INF) return INF(sv);
  if (kind !== Kind.FINITE) return special(sv, kind, coef);
  return finite(sv, coef, exp);
}

/** A float's value, signaling FloatOperation. CPython: PyDecType_FromFloat(Exact) */
export function decFromFloatSignal(interp: Interpreter, x: number, ctxObj: PyObject): Dec {
  addStatus(interp, ctxObj, S_FLOAT_OPERATION);
  return decFromDouble(x);
}

/** Decimal(value="0", context=None). CPython: dec_new, PyDecType_FromObjectExact */
export function dec_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [v, ctxIn] = bindArgs(interp, 'Decimal', ['value', 'context'], 0, args, kwnames);
  const ctxObj = ctxArg(interp, ctxIn);
  return newDecimal(interp, decFromObject(interp, v ?? null, ctxObj, true), type);
}

/** A value of any type Decimal() accepts. */
export function decFromObject(interp: Interpreter, v: PyObject | null, ctxObj: PyObject, exact: boolean): Dec {
  if (v === null) return finite(0, 0n, 0);
  if (isDecimal(interp, v)) return exact ? dec(v) : roundTo(interp, dec(v), ctxObj);
  if (v.ob_type === interp.types.str || v.ob_type.isSubtypeOf(interp.types.str)) return decFromStr(interp, unicodeText(v), ctxObj, exact);
  if (PyLong_Check(v)) return exact ? decFromInt(v) : roundTo(interp, decFromInt(v), ctxObj);
  if (v.ob_type.isSubtypeOf(interp.types.tuple) || v.ob_type.isSubtypeOf(interp.types.list)) {
    const d = decFromTuple(interp, v);
    return exact ? d : roundTo(interp, d, ctxObj);
  }
  if (v.ob_type.isSubtypeOf(interp.types.float)) {
    const d = decFromFloatSignal(interp, v.ival, ctxObj);
    return exact ? d : roundTo(interp, d, ctxObj);
  }
  PyErr_SetString(interp, 'TypeError', `conversion from ${v.ob_type.tp_name} to Decimal is not supported`);
}

/** An operand: a Decimal or an int, else null. CPython: convert_op */
export function convertOp(interp: Interpreter, o: PyObject): Dec | null {
  if (isDecimal(interp, o)) return dec(o);
  if (PyLong_Check(o)) return decFromInt(o);
  return null;
}

/** An operand of a method: a Decimal or an int. CPython: convert_op_raise */
export function convertOpRaise(interp: Interpreter, o: PyObject): Dec {
  const d = convertOp(interp, o);
  if (d === null) PyErr_SetString(interp, 'TypeError', `conversion from ${o.ob_type.tp_name} to Decimal is not supported`);
  return d;
}

// ---- strings and hashing

export function capitalsOf(interp: Interpreter): number {
  return (currentContext(interp).body as { capitals: number }).capitals;
}

// CPython: dec_str, dec_repr
export function dec_str(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, toSci(dec(o), false, capitalsOf(interp)));
}

export function dec_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, `Decimal('${toSci(dec(o), false, capitalsOf(interp))}')`);
}

/** The inverse of 10 modulo the hash modulus 2**61 - 1. */
const INV10 = 2075258708292324556n;

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

// CPython: _dec_hash — consistent with int, float and Fraction hashes.
export function dec_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  const d = dec(o);
  if (d.kind === Kind.SNAN) PyErr_SetString(interp, 'TypeError', 'Cannot hash a signaling NaN value');
  if (d.kind === Kind.NAN) return pointerHash(o.addr);
  if (d.kind === Kind.INF) return d.sign ? -314159 : 314159;
  const P = HASH_MODULUS;
  const eh = d.exp >= 0 ? modPow(10n, BigInt(d.exp), P) : modPow(INV10, BigInt(-d.exp), P);
  let h = ((d.coef % P) * eh) % P;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return hashFromBigInt(h);
}

// ---- comparisons

/** The Rational class of the numbers module, looked up once. */
function rationalClass(interp: Interpreter): PyObject {
  const st = decimalState(interp);
  return st.rational();
}

/**
 * The operands of a comparison, or null for NotImplemented: ints, floats (FloatOperation),
 * complex numbers with no imaginary part for == and !=, and Rationals (scaled by their
 * denominator). CPython: convert_op_cmp
 */
function convertCmp(interp: Interpreter, a: Dec, w: PyObject, op: number, ctxObj: PyObject): [Dec, Dec] | null {
  const b = convertOp(interp, w);
  if (b !== null) return [a, b];
  const isEq = op === Py_EQ || op === Py_NE;
  if (w.ob_type.isSubtypeOf(interp.types.float)) {
    if (isEq) setFlags(ctxObj, S_FLOAT_OPERATION);
    else addStatus(interp, ctxObj, S_FLOAT_OPERATION);
    return [a, decFromDouble(w.ival)];
  }
  if (isEq && w.ob_type.isSubtypeOf(interp.types.complex)) {
    const z = complexValue(w);
    if (z[1] !== 0) return null;
    setFlags(ctxObj, S_FLOAT_OPERATION);
    return [a, decFromDouble(z[0])];
  }
  const rational = rationalClass(interp);
  if (rational !== interp.singletons.None && isInstance(interp, w, rational)) {
    const num = PyObject_GetAttr(interp, w, internedStr(interp, 'numerator'));
    const den = PyObject_GetAttr(interp, w, internedStr(interp, 'denominator'));
    try {
      const n = decFromInt(num);
      const dd = decFromInt(den);
      const scaled = a.kind === Kind.FINITE ? finite(a.sign, a.coef * dd.coef, a.exp) : a;
      return [scaled, n];
    } finally {
      Py_DECREF(num);
      Py_DECREF(den);
    }
  }
  return null;
}

function isInstance(interp: Interpreter, o: PyObject, cls: PyObject): boolean {
  return decimalState(interp).isInstance(o, cls);
}

// CPython: dec_richcompare — NaNs compare unequal; ordering them, or any sNaN, is InvalidOperation.
export function dec_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  const ctxObj = currentContext(interp);
  const ops = convertCmp(interp, dec(v), w, op, ctxObj);
  if (ops === null) return Py_NewRef(interp.singletons.NotImplemented);
  const [a, b] = ops;
  let result: boolean;
  if (a.kind >= Kind.NAN || b.kind >= Kind.NAN) {
    if (a.kind === Kind.SNAN || b.kind === Kind.SNAN || (op !== Py_EQ && op !== Py_NE)) addStatus(interp, ctxObj, S_INVALID_OPERATION);
    result = op === Py_NE;
  } else {
    const r = cmp(a, b);
    result = [r < 0, r <= 0, r === 0, r !== 0, r > 0, r >= 0][op]!;
  }
  return Py_NewRef(result ? interp.singletons.True : interp.singletons.False);
}

// ---- the number protocol

/** Runs an operation in the current context and signals its conditions. */
export function inContext<T>(interp: Interpreter, ctxObj: PyObject, f: (c: Ctx) => T): T {
  const c = ctxOf(ctxObj);
  c.status = 0;
  const r = f(c);
  const st = c.status;
  c.status = 0;
  addStatus(interp, ctxObj, st);
  return r;
}

type BinOp = (a: Dec, b: Dec, c: Ctx) => Dec;

function binarySlot(f: BinOp): (v: PyObject, w: PyObject) => PyObject {
  return (v, w) => {
    const interp = (isDecimalFast(v) ? v : w).ob_type.tp_interp;
    const a = convertOp(interp, v);
    const b = a === null ? null : convertOp(interp, w);
    if (a === null || b === null) return Py_NewRef(interp.singletons.NotImplemented);
    return newDecimal(interp, inContext(interp, currentContext(interp), (c) => f(a, b, c)));
  };
}

const isDecimalFast = (o: PyObject): boolean => o.ob_type.tp_dealloc === dec_dealloc;

function unarySlot(f: (a: Dec, c: Ctx) => Dec): (v: PyObject) => PyObject {
  return (v) => {
    const interp = v.ob_type.tp_interp;
    return newDecimal(interp, inContext(interp, currentContext(interp), (c) => f(dec(v), c)));
  };
}

function nb_divmod(v: PyObject, w: PyObject): PyObject {
  const interp = (isDecimalFast(v) ? v : w).ob_type.tp_interp;
  const a = convertOp(interp, v);
  const b = a === null ? null : convertOp(interp, w);
  if (a === null || b === null) return Py_NewRef(interp.singletons.NotImplemented);
  const [q, r] = inContext(interp, currentContext(interp), (c) => A.divmod(a, b, c));
  return decimalState(interp).pair(newDecimal(interp, q), newDecimal(interp, r));
}

// CPython: nm_mpd_qpow — three-argument pow() is powmod.
function nb_power(v: PyObject, w: PyObject, m: PyObject): PyObject {
  const interp = (isDecimalFast(v) ? v : w).ob_type.tp_interp;
  const a = convertOp(interp, v);
  const b = a === null ? null : convertOp(interp, w);
  if (a === null || b === null) return Py_NewRef(interp.singletons.NotImplemented);
  if (m === interp.singletons.None) return newDecimal(interp, inContext(interp, currentContext(interp), (c) => pow(a, b, c)));
  const mod = convertOp(interp, m);
  if (mod === null) return Py_NewRef(interp.singletons.NotImplemented);
  return newDecimal(interp, inContext(interp, currentContext(interp), (c) => A.powmod(a, b, mod, c)));
}

// CPython: nm_nonzero
function nb_bool(o: PyObject): boolean {
  const d = dec(o);
  return d.kind !== Kind.FINITE || d.coef !== 0n;
}

/** The integer value, truncated or rounded; NaNs and infinities raise. CPython: dec_as_long */
export function decToInt(interp: Interpreter, d: Dec, round: number): PyObject {
  if (d.kind >= Kind.NAN) PyErr_SetString(interp, 'ValueError', 'cannot convert NaN to integer');
  if (d.kind === Kind.INF) PyErr_SetString(interp, 'OverflowError', 'cannot convert Infinity to integer');
  const r = A.rescale(d, 0, round);
  const v = r.coef * (r.exp > 0 ? pow10(r.exp) : 1n);
  return PyLong_FromBigInt(interp, r.sign ? -v : v);
}

function nb_int(o: PyObject): PyObject {
  return decToInt(o.ob_type.tp_interp, dec(o), 1);
}

// CPython: PyDec_AsFloat — through the string, as float() reads it.
export function decToDouble(interp: Interpreter, d: Dec): number {
  if (d.kind === Kind.SNAN) PyErr_SetString(interp, 'ValueError', 'cannot convert signaling NaN to float');
  if (d.kind === Kind.NAN) return d.sign ? -NaN : NaN;
  if (d.kind === Kind.INF) return d.sign ? -Infinity : Infinity;
  const s = toSci(d, false);
  const x = Number(s);
  return d.sign && x === 0 ? -0 : x;
}

function nb_float(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyFloat_FromDouble(interp, decToDouble(interp, dec(o)));
}

export const dec_as_number = {
  nb_add: binarySlot(A.add),
  nb_subtract: binarySlot(A.sub),
  nb_multiply: binarySlot(A.mul),
  nb_remainder: binarySlot(A.rem),
  nb_divmod,
  nb_power,
  nb_negative: unarySlot(A.minus),
  nb_positive: unarySlot(A.plus),
  nb_absolute: unarySlot(A.abs),
  nb_bool,
  nb_int,
  nb_float,
  nb_floor_divide: binarySlot(A.divint),
  nb_true_divide: binarySlot(A.div),
};
