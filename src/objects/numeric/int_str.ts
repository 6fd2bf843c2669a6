// int <-> text and bytes: int(str, base), str()/repr(), bin/oct/hex, int.to_bytes/from_bytes,
// with CPython 3.12's limit on decimal conversions (sys.set_int_max_str_digits, PEP 651's cousin
// from CVE-2020-10735).
import { reprBytes, reprStr } from '../../ast/repr.ts';
import { DEFAULT_MAX_STR_DIGITS } from '../../parser/literals.ts';
import { isAsciiSpace, transformDecimalAndSpaceToASCII } from './ascii_transform.ts';
import { bitLength } from './int.ts';
import { PyOverflowError, PyValueError } from './errors.ts';

export { DEFAULT_MAX_STR_DIGITS };

// ---------------------------------------------------------------------------------------------
// int -> str

const LOG2_10 = 3.321928094887362;

function tooManyDigitsToStr(maxDigits: number): PyValueError {
  return new PyValueError(
    `Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/**
 * str(int) / repr(int). maxDigits is sys.get_int_max_str_digits() (0: no limit); more decimal
 * digits than that (the sign not counted) raise ValueError.
 */
// CPython: Objects/longobject.c long_to_decimal_string_internal
export function intToDecimalString(a: bigint, maxDigits: number = DEFAULT_MAX_STR_DIGITS): string {
  if (a < 1000000000000000n && a > -1000000000000000n) return a.toString();
  if (maxDigits > 0) {
    // 2^(bits-1) <= |a|, so |a| has at least floor((bits-1) log10 2) + 1 digits: refuse early when
    // that is already too many, without converting.
    const bits = bitLength(a);
    if (Math.floor((bits - 1) / LOG2_10) + 1 > maxDigits + 1) throw tooManyDigitsToStr(maxDigits);
  }
  const s = a.toString();
  if (maxDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxDigits) throw tooManyDigitsToStr(maxDigits);
  return s;
}

/** bin(), oct(), hex(): '-0x1f' style. */
// CPython: Objects/longobject.c _PyLong_Format
export function intToBase(a: bigint | number, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (a < 0) return '-' + prefix + (-a).toString(base);
  return prefix + a.toString(base);
}

// ---------------------------------------------------------------------------------------------
// str -> int

/** _PyLong_DigitValue: 0-35 for 0-9, a-z, A-Z; 37 for anything else. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 37;
}

function tooManyDigitsToInt(maxDigits: number, digits: number): PyValueError {
  return new PyValueError(
    `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits} digits; ` +
      'use sys.set_int_max_str_digits() to increase the limit',
  );
}

// Below this many digits the limit is never checked (_PY_LONG_MAX_STR_DIGITS_THRESHOLD).
export const MAX_STR_DIGITS_THRESHOLD = 640;

/**
 * PyLong_FromString on an ASCII string: the value, or undefined when the text is not an int
 * literal in that base (the caller words the error). base is 0 or 2..36. Throws the digit-limit
 * ValueError, which CPython raises only after the whole text has been validated.
 */
// CPython: Objects/longobject.c PyLong_FromString, long_from_string_base
export function parseIntAscii(s: string, base: number, maxDigits: number = DEFAULT_MAX_STR_DIGITS): bigint | undefined {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s.charCodeAt(i) === 0x2b) i++;
  else if (s.charCodeAt(i) === 0x2d) {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  const c0 = s.charCodeAt(i);
  const c1 = s.charCodeAt(i + 1) | 0x20;
  if (base === 0) {
    if (c0 !== 0x30) base = 10;
    else if (c1 === 0x78) base = 16;
    else if (c1 === 0x6f) base = 8;
    else if (c1 === 0x62) base = 2;
    else {
      // "Old" C-style octal such as 0777 is invalid, unless the value is zero.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (c0 === 0x30 && ((base === 16 && c1 === 0x78) || (base === 8 && c1 === 0x6f) || (base === 2 && c1 === 0x62))) {
    i += 2;
    if (s.charCodeAt(i) === 0x5f) i++; // one underscore may follow the prefix
  }
  // Digits and single underscores between digits.
  const start = i;
  if (s.charCodeAt(i) === 0x5f) return undefined;
  let digits = 0;
  let prevUnderscore = false;
  let hasUnderscore = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) return undefined;
      prevUnderscore = true;
      hasUnderscore = true;
    } else if (digitValue(c) < base) {
      digits++;
      prevUnderscore = false;
    } else break;
  }
  if (prevUnderscore) return undefined;
  const end = i;
  if (start === end) return undefined;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return undefined;
  const isBinaryBase = (base & (base - 1)) === 0;
  if (!isBinaryBase && digits > MAX_STR_DIGITS_THRESHOLD && maxDigits > 0 && digits > maxDigits) {
    throw tooManyDigitsToInt(maxDigits, digits);
  }
  let text = s.slice(start, end);
  if (hasUnderscore) text = text.replaceAll('_', '');
  let v = digitsToBigInt(text, base);
  if (errorIfNonzero && v !== 0n) return undefined;
  if (negative) v = -v;
  return v;
}

const BIGINT_PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** A validated digit string (no sign, no underscores) in base 2..36. */
function digitsToBigInt(text: string, base: number): bigint {
  if (base === 10) {
    if (text.length <= 15) return BigInt(Number(text));
    return BigInt(text);
  }
  const prefix = BIGINT_PREFIX[base];
  if (prefix !== undefined) return BigInt(prefix + text);
  if (base === 4 || base === 32) {
    // Regroup as bits: each digit is 2 or 5 bits.
    const w = base === 4 ? 2 : 5;
    let bits = '';
    for (let i = 0; i < text.length; i++) bits += digitValue(text.charCodeAt(i)).toString(2).padStart(w, '0');
    return BigInt('0b' + bits);
  }
  // Other bases: chunks of digits whose value stays below 2^53, folded in with one multiply each.
  let chunk = 1;
  while (base ** (chunk + 1) < 2 ** 53) chunk++;
  let v = 0n;
  let i = 0;
  const first = text.length % chunk || chunk;
  v = BigInt(parseInt(text.slice(0, first), base));
  i = first;
  const mul = BigInt(base) ** BigInt(chunk);
  for (; i < text.length; i += chunk) v = v * mul + BigInt(parseInt(text.slice(i, i + chunk), base));
  return v;
}

/** %.200R: the repr cut after 200 code points. */
function truncateRepr(r: string): string {
  if (r.length <= 200) return r;
  let i = 0;
  for (let n = 0; n < 200 && i < r.length; n++) {
    const c = r.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < r.length ? 2 : 1;
  }
  return r.slice(0, i);
}

function checkBase(base: number | bigint): number {
  if ((base !== 0 && base !== 0n && base < 2) || base > 36) {
    throw new PyValueError('int() base must be >= 2 and <= 36, or 0');
  }
  return Number(base);
}

/** int(s, base) for a str s. */
// CPython: Objects/longobject.c PyLong_FromUnicodeObject (and long_new_impl's base check)
export function intFromString(s: string, base: number | bigint = 10, maxDigits: number = DEFAULT_MAX_STR_DIGITS): bigint {
  const b = checkBase(base);
  const v = parseIntAscii(transformDecimalAndSpaceToASCII(s), b, maxDigits);
  if (v === undefined) throw new PyValueError(`invalid literal for int() with base ${b}: ${truncateRepr(reprStr(s))}`);
  return v;
}

/** int(b, base) for bytes/bytearray b. */
// CPython: Objects/longobject.c _PyLong_FromBytes
export function intFromBytesLiteral(b: Uint8Array, base: number | bigint = 10, maxDigits: number = DEFAULT_MAX_STR_DIGITS): bigint {
  const bb = checkBase(base);
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  // Bytes >= 0x80 are not digits, spaces or signs, so latin-1 text parses the same.
  const v = parseIntAscii(s, bb, maxDigits);
  if (v === undefined) throw new PyValueError(`invalid literal for int() with base ${bb}: ${truncateRepr(reprBytes(b.subarray(0, 200)))}`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// int.to_bytes / int.from_bytes

function littleEndian(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  throw new PyValueError("byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length, byteorder, *, signed) */
// CPython: Objects/longobject.c int_to_bytes_impl, _PyLong_AsByteArray
export function intToBytes(a: bigint, length: number | bigint, byteorder: string, signed: boolean): Uint8Array {
  const little = littleEndian(byteorder);
  if (length < 0) throw new PyValueError('length argument must be non-negative');
  const n = Number(length);
  if (a < 0n && !signed) throw new PyOverflowError("can't convert negative int to unsigned");
  const bits = BigInt(n) * 8n;
  // With no bytes at all, -1 still "fits" signed: all its bits are sign bits (a CPython quirk).
  const fits = n === 0 ? a === 0n || (signed && a === -1n) : signed ? a >= -(1n << (bits - 1n)) && a < 1n << (bits - 1n) : a < 1n << bits;
  if (!fits) throw new PyOverflowError('int too big to convert');
  const out = new Uint8Array(n);
  let v = a < 0n ? (1n << bits) + a : a;
  for (let i = 0; i < n && v !== 0n; i++) {
    out[little ? i : n - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, *, signed) */
// CPython: Objects/longobject.c int_from_bytes_impl, _PyLong_FromByteArray
export function intFromByteArray(bytes: Uint8Array, byteorder: string, signed: boolean): bigint {
  const little = littleEndian(byteorder);
  const n = bytes.length;
  if (n === 0) return 0n;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[little ? n - 1 - i : i]!;
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let v = BigInt('0x' + hex);
  if (signed && (bytes[little ? n - 1 : 0]! & 0x80) !== 0) v -= 1n << BigInt(n * 8);
  return v;
}
