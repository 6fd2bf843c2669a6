// Python semantics of the operations the AST optimizer folds, on compile-time constants:
// exactly what CPython 3.12.1 computes, or NOT_FOLDED where CPython's operation raises (the
// optimizer then leaves the expression for run time). int is bigint, float is number.
// CPython: Objects/longobject.c, floatobject.c, complexobject.c, unicodeobject.c, bytesobject.c,
// tupleobject.c (the number and sequence slots), Python/ast_opt.c safe_multiply, safe_power,
// safe_lshift, safe_mod
import { PyBytes, PyComplex, type PyConstant } from '../ast/constant.ts';
import {
  ComplexPowerRequired,
  PyNumericError,
  complexAdd,
  complexDiv,
  complexMul,
  complexPow as numericComplexPow,
  complexSub,
  floatFloorDiv,
  floatMod,
  floatPow as numericFloatPow,
  floatTrueDiv,
  intFloorDiv,
  intMod,
  intTrueDiv,
  type Complex,
} from '../objects/numeric/index.ts';

/** A tuple made by folding (CPython: a tuple constant). */
export class ConstTuple {
  constructor(readonly items: readonly FoldedConstant[]) {}
}

/**
 * A frozenset made by folding `x in {1, 2}`. Items are in insertion order without duplicates
 * (Python equality: 1, 1.0 and True are one item, the first kept); the runtime object orders
 * them by hash when it is made.
 */
export class ConstFrozenSet {
  constructor(readonly items: readonly FoldedConstant[]) {}
}

/** What a Constant node holds after optimization. */
export type FoldedConstant = PyConstant | ConstTuple | ConstFrozenSet;

/** The operation raised (TypeError, ZeroDivisionError, OverflowError...): no folding. */
export const NOT_FOLDED: unique symbol = Symbol('not folded');
export type Folded = FoldedConstant | typeof NOT_FOLDED;

export const MAX_INT_SIZE = 128; // bits
export const MAX_COLLECTION_SIZE = 256; // items
export const MAX_STR_SIZE = 4096; // characters
export const MAX_TOTAL_ITEMS = 1024; // including nested collections

const SSIZE_MAX = (1n << 63n) - 1n;
const SIZE_MAX = (1n << 64n) - 1n;

// ---- classification

/** PyLong_Check: int or bool. */
function isInt(v: FoldedConstant): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}

function asBigInt(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

function isFloat(v: FoldedConstant): v is number {
  return typeof v === 'number';
}

/** A real number operand (int, bool, float). */
function isReal(v: FoldedConstant): v is bigint | boolean | number {
  return isInt(v) || isFloat(v);
}

function isNumber(v: FoldedConstant): v is bigint | boolean | number | PyComplex {
  return isReal(v) || v instanceof PyComplex;
}

/** Length in code points (PyUnicode_GET_LENGTH). */
export function strLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** _PyLong_NumBits: bits in |v|. */
function numBits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

/** PyLong_AsDouble, which raises OverflowError for ints too large for a float. */
function intToFloat(v: bigint | boolean): number | typeof NOT_FOLDED {
  const x = Number(asBigInt(v));
  return Number.isFinite(x) ? x : NOT_FOLDED;
}

function toFloat(v: bigint | boolean | number): number | typeof NOT_FOLDED {
  return isFloat(v) ? v : intToFloat(v);
}

function toComplex(v: bigint | boolean | number | PyComplex): PyComplex | typeof NOT_FOLDED {
  if (v instanceof PyComplex) return v;
  const x = toFloat(v);
  return x === NOT_FOLDED ? NOT_FOLDED : new PyComplex(x, 0);
}

// ---- truth and equality

/** PyObject_IsTrue for constants. */
export function isTrue(v: FoldedConstant): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  return true; // Ellipsis
}

/** Python == between constants, as a set compares its items. */
export function constEquals(a: FoldedConstant, b: FoldedConstant): boolean {
  if (isNumber(a) && isNumber(b)) {
    if (a instanceof PyComplex || b instanceof PyComplex) {
      const [ar, ai] = a instanceof PyComplex ? [a.real, a.imag] : [a, 0];
      const [br, bi] = b instanceof PyComplex ? [b.real, b.imag] : [b, 0];
      return ai === bi && realEquals(ar, br);
    }
    return realEquals(a, b);
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a instanceof PyBytes && b instanceof PyBytes) return a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  if (a instanceof ConstTuple && b instanceof ConstTuple) return a.items.length === b.items.length && a.items.every((x, i) => constEquals(x, b.items[i]!));
  if (a instanceof ConstFrozenSet && b instanceof ConstFrozenSet) {
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => constEquals(x, y)));
  }
  return a === b;
}

/** int/float equality without rounding the int. */
function realEquals(a: bigint | boolean | number, b: bigint | boolean | number): boolean {
  if (isInt(a) && isInt(b)) return asBigInt(a) === asBigInt(b);
  const f = isFloat(a) ? a : (b as number);
  const i = isFloat(a) ? b : a;
  if (isFloat(i)) return i === f;
  if (!Number.isInteger(f)) return false;
  return BigInt(f) === asBigInt(i);
}

// ---- unary operations (CPython: nb_invert, nb_positive, nb_negative, and `not`)

export function foldInvert(v: FoldedConstant): Folded {
  return isInt(v) ? -asBigInt(v) - 1n : NOT_FOLDED;
}

export function foldPositive(v: FoldedConstant): Folded {
  if (isInt(v)) return asBigInt(v);
  if (isFloat(v) || v instanceof PyComplex) return v;
  return NOT_FOLDED;
}

export function foldNegative(v: FoldedConstant): Folded {
  if (isInt(v)) return -asBigInt(v);
  if (isFloat(v)) return -v;
  if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
  return NOT_FOLDED;
}

// ---- int, float and complex arithmetic
//
// Folding runs the numeric layer's own operations, so a folded constant is exactly the value the
// operation gives at run time (glibc-exact pow included); where the operation raises, the
// expression is left for run time.

function attempt(op: () => number | bigint | Complex): Folded {
  try {
    const r = op();
    return typeof r === 'object' ? new PyComplex(r[0], r[1]) : r;
  } catch (e) {
    if (e instanceof PyNumericError) return NOT_FOLDED;
    throw e;
  }
}

function pair(c: PyComplex): Complex {
  return [c.real, c.imag];
}

function onFloats(op: (x: number, y: number) => number): (x: number, y: number) => Folded {
  return (x, y) => attempt(() => op(x, y));
}

function onInts(op: (x: bigint, y: bigint) => bigint | number): (x: bigint, y: bigint) => Folded {
  return (x, y) => attempt(() => op(x, y));
}

function onComplexes(op: (x: Complex, y: Complex) => Complex): (x: PyComplex, y: PyComplex) => Folded {
  return (x, y) => attempt(() => op(pair(x), pair(y)));
}

const complexPow = onComplexes(numericComplexPow);

/** CPython: float_pow (a negative base to a fractional power defers to complex_pow) */
function floatPow(iv: number, iw: number): Folded {
  try {
    return numericFloatPow(iv, iw);
  } catch (e) {
    if (e instanceof ComplexPowerRequired) return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
    if (e instanceof PyNumericError) return NOT_FOLDED;
    throw e;
  }
}

// ---- sequences

function repeatCount(n: bigint | boolean): bigint | null {
  const k = asBigInt(n);
  // sequence repeat takes an index-sized count (OverflowError beyond).
  if (k > SSIZE_MAX || k < -SSIZE_MAX - 1n) return null;
  return k < 0n ? 0n : k;
}

function repeatSeq(seq: string | PyBytes | ConstTuple, n: bigint | boolean): Folded {
  const k = repeatCount(n);
  if (k === null) return NOT_FOLDED;
  const times = Number(k);
  if (typeof seq === 'string') return seq.length === 0 ? '' : seq.repeat(times);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.bytes.length * (seq.bytes.length === 0 ? 0 : times));
    for (let i = 0; i < out.length; i += seq.bytes.length) out.set(seq.bytes, i);
    return new PyBytes(out);
  }
  if (seq.items.length === 0) return new ConstTuple([]);
  const items: FoldedConstant[] = [];
  for (let i = 0; i < times; i++) items.push(...seq.items);
  return new ConstTuple(items);
}

/**
 * How many items remain of `limit` after counting obj and what it contains; negative when
 * it holds too many. CPython: check_complexity
 */
function checkComplexity(obj: FoldedConstant, limit: number): number {
  if (obj instanceof ConstTuple || obj instanceof ConstFrozenSet) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit);
  }
  return limit;
}

function seqSize(v: string | PyBytes | ConstTuple | ConstFrozenSet): number {
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyBytes) return v.bytes.length;
  return v.items.length;
}

// ---- binary operations

function numericBinary(
  a: bigint | boolean | number | PyComplex,
  b: bigint | boolean | number | PyComplex,
  onInt: (x: bigint, y: bigint) => Folded,
  onFloat: (x: number, y: number) => Folded,
  onComplex: ((x: PyComplex, y: PyComplex) => Folded) | null,
): Folded {
  if (isInt(a) && isInt(b)) return onInt(asBigInt(a), asBigInt(b));
  if (a instanceof PyComplex || b instanceof PyComplex) {
    if (onComplex === null) return NOT_FOLDED;
    const x = toComplex(a);
    const y = toComplex(b);
    return x === NOT_FOLDED || y === NOT_FOLDED ? NOT_FOLDED : onComplex(x, y);
  }
  const x = toFloat(a as bigint | boolean | number);
  const y = toFloat(b as bigint | boolean | number);
  return x === NOT_FOLDED || y === NOT_FOLDED ? NOT_FOLDED : onFloat(x, y);
}

/** PyNumber_Add */
export function foldAdd(a: FoldedConstant, b: FoldedConstant): Folded {
  if (isNumber(a) && isNumber(b)) return numericBinary(a, b, (x, y) => x + y, (x, y) => x + y, onComplexes(complexAdd));
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const out = new Uint8Array(a.bytes.length + b.bytes.length);
    out.set(a.bytes);
    out.set(b.bytes, a.bytes.length);
    return new PyBytes(out);
  }
  if (a instanceof ConstTuple && b instanceof ConstTuple) return new ConstTuple([...a.items, ...b.items]);
  return NOT_FOLDED;
}

/** PyNumber_Subtract (frozenset difference cannot occur: frozensets are only `in` operands). */
export function foldSub(a: FoldedConstant, b: FoldedConstant): Folded {
  if (isNumber(a) && isNumber(b)) return numericBinary(a, b, (x, y) => x - y, (x, y) => x - y, onComplexes(complexSub));
  return NOT_FOLDED;
}

/** CPython: safe_multiply */
export function foldMult(a: FoldedConstant, b: FoldedConstant): Folded {
  if (isInt(a) && isInt(b)) {
    const x = asBigInt(a);
    const y = asBigInt(b);
    if (x !== 0n && y !== 0n && numBits(x) + numBits(y) > MAX_INT_SIZE) return NOT_FOLDED;
    return x * y;
  }
  if (isInt(a) && (b instanceof ConstTuple || b instanceof ConstFrozenSet)) {
    const size = seqSize(b);
    if (size !== 0) {
      const n = asBigInt(a);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return NOT_FOLDED;
      if (n !== 0n && checkComplexity(b, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return NOT_FOLDED;
    }
    return b instanceof ConstTuple ? repeatSeq(b, a) : NOT_FOLDED;
  }
  if (isInt(a) && (typeof b === 'string' || b instanceof PyBytes)) {
    const size = seqSize(b);
    if (size !== 0) {
      const n = asBigInt(a);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return NOT_FOLDED;
    }
    return repeatSeq(b, a);
  }
  if (isInt(b) && (a instanceof ConstTuple || a instanceof ConstFrozenSet || typeof a === 'string' || a instanceof PyBytes)) return foldMult(b, a);
  if (isNumber(a) && isNumber(b)) return numericBinary(a, b, (x, y) => x * y, (x, y) => x * y, onComplexes(complexMul));
  return NOT_FOLDED;
}

/** PyNumber_TrueDivide */
export function foldDiv(a: FoldedConstant, b: FoldedConstant): Folded {
  if (!isNumber(a) || !isNumber(b)) return NOT_FOLDED;
  return numericBinary(a, b, onInts(intTrueDiv), onFloats(floatTrueDiv), onComplexes(complexDiv));
}

/** PyNumber_FloorDivide */
export function foldFloorDiv(a: FoldedConstant, b: FoldedConstant): Folded {
  if (!isNumber(a) || !isNumber(b)) return NOT_FOLDED;
  return numericBinary(a, b, onInts(intFloorDiv), onFloats(floatFloorDiv), null);
}

/** CPython: safe_mod (str and bytes formatting is never folded) */
export function foldMod(a: FoldedConstant, b: FoldedConstant): Folded {
  if (!isNumber(a) || !isNumber(b)) return NOT_FOLDED;
  return numericBinary(a, b, onInts(intMod), onFloats(floatMod), null);
}

/** CPython: safe_power */
export function foldPow(a: FoldedConstant, b: FoldedConstant): Folded {
  if (!isNumber(a) || !isNumber(b)) return NOT_FOLDED;
  if (isInt(a) && isInt(b)) {
    const v = asBigInt(a);
    const w = asBigInt(b);
    if (v !== 0n && w > 0n) {
      if (w > SIZE_MAX) return NOT_FOLDED;
      if (BigInt(numBits(v)) > BigInt(MAX_INT_SIZE) / w) return NOT_FOLDED;
    }
    // A negative exponent makes it a float power.
    if (w < 0n) {
      const x = intToFloat(v);
      const y = intToFloat(w);
      return x === NOT_FOLDED || y === NOT_FOLDED ? NOT_FOLDED : floatPow(x, y);
    }
    return v ** w;
  }
  return numericBinary(a, b, () => NOT_FOLDED, floatPow, complexPow);
}

/** CPython: safe_lshift */
export function foldLShift(a: FoldedConstant, b: FoldedConstant): Folded {
  if (!isInt(a) || !isInt(b)) return NOT_FOLDED;
  const v = asBigInt(a);
  const w = asBigInt(b);
  if (w < 0n) return NOT_FOLDED;
  if (v !== 0n && w !== 0n) {
    if (w > SIZE_MAX) return NOT_FOLDED;
    if (w > BigInt(MAX_INT_SIZE) || BigInt(numBits(v)) > BigInt(MAX_INT_SIZE) - w) return NOT_FOLDED;
  }
  return v === 0n ? 0n : v << w;
}

/** PyNumber_Rshift */
export function foldRShift(a: FoldedConstant, b: FoldedConstant): Folded {
  if (!isInt(a) || !isInt(b)) return NOT_FOLDED;
  const v = asBigInt(a);
  const w = asBigInt(b);
  if (w < 0n) return NOT_FOLDED;
  if (w > 1n << 32n) return v < 0n ? -1n : 0n;
  return v >> w;
}

/** PyNumber_And, PyNumber_Or, PyNumber_Xor: two bools give a bool. */
export function foldBitwise(op: '&' | '|' | '^', a: FoldedConstant, b: FoldedConstant): Folded {
  if (typeof a === 'boolean' && typeof b === 'boolean') return op === '&' ? a && b : op === '|' ? a || b : a !== b;
  if (!isInt(a) || !isInt(b)) return NOT_FOLDED;
  const x = asBigInt(a);
  const y = asBigInt(b);
  return op === '&' ? x & y : op === '|' ? x | y : x ^ y;
}

/** PyObject_GetItem with a constant container and index. */
export function foldSubscript(container: FoldedConstant, index: FoldedConstant): Folded {
  if (!isInt(index)) return NOT_FOLDED;
  let i = asBigInt(index);
  if (typeof container === 'string') {
    const chars = Array.from(container);
    if (i < 0n) i += BigInt(chars.length);
    return i >= 0n && i < BigInt(chars.length) ? chars[Number(i)]! : NOT_FOLDED;
  }
  if (container instanceof PyBytes) {
    if (i < 0n) i += BigInt(container.bytes.length);
    return i >= 0n && i < BigInt(container.bytes.length) ? BigInt(container.bytes[Number(i)]!) : NOT_FOLDED;
  }
  if (container instanceof ConstTuple) {
    if (i < 0n) i += BigInt(container.items.length);
    return i >= 0n && i < BigInt(container.items.length) ? container.items[Number(i)]! : NOT_FOLDED;
  }
  return NOT_FOLDED;
}

/** frozenset(tuple): first of equal items kept. */
export function makeFrozenSet(items: readonly FoldedConstant[]): ConstFrozenSet {
  const out: FoldedConstant[] = [];
  for (const item of items) if (!out.some((x) => constEquals(x, item))) out.push(item);
  return new ConstFrozenSet(out);
}

