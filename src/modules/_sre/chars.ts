// The character tests and case mappings of the SRE engine. CPython: Modules/_sre/sre.c
// (sre_lower_ascii, sre_lower_locale, sre_lower_unicode, sre_upper_*, sre_category).
// Locale-dependent ones follow the C locale, the one Glasspy runs in.
import { isUnicodeSpace } from '../../objects/numeric/ascii_transform.ts';
import { unicodeIsAlnum, unicodeIsDecimal } from '../../objects/unicode_methods.ts';

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
export const isLinebreak = (c: number): boolean => c === 0x0a;
export const isWord = (c: number): boolean => c < 128 && (isAsciiAlnum(c) || c === 0x5f);
/** SRE_LOC_IS_WORD: isalnum() in the C locale, which is ASCII's. */
export const isLocWord = isWord;

export function isUniDigit(c: number): boolean {
  if (c < 128) return isDigit(c);
  return unicodeIsDecimal(String.fromCodePoint(c));
}

export function isUniSpace(c: number): boolean {
  return isUnicodeSpace(c);
}

// CPython: Py_UNICODE_ISLINEBREAK
export function isUniLinebreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const wordCache = new Map<number, boolean>();

export function isUniWord(c: number): boolean {
  if (c < 128) return isWord(c);
  let w = wordCache.get(c);
  if (w === undefined) {
    w = c < 0xd800 || c > 0xdfff ? unicodeIsAlnum(String.fromCodePoint(c)) : false;
    wordCache.set(c, w);
  }
  return w;
}

export const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
export const upperAscii = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 32 : c);
export const lowerLocale = (c: number): number => (c < 256 ? lowerAscii(c) : c);
export const upperLocale = (c: number): number => (c < 256 ? upperAscii(c) : c);

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/**
 * The one-code-point case mapping: the first code point of the full mapping (what CPython's
 * _PyUnicode_ToLowercase/ToUppercase return for characters with an extended case).
 */
function simpleMap(c: number, cache: Map<number, number>, full: (s: string) => string): number {
  let r = cache.get(c);
  if (r === undefined) {
    r = c >= 0xd800 && c <= 0xdfff ? c : full(String.fromCodePoint(c)).codePointAt(0)!;
    cache.set(c, r);
  }
  return r;
}

// CPython: sre_lower_unicode (_PyUnicode_ToLowercase)
export function lowerUnicode(c: number): number {
  if (c < 128) return lowerAscii(c);
  return simpleMap(c, lowerCache, (s) => s.toLowerCase());
}

// CPython: sre_upper_unicode (_PyUnicode_ToUppercase)
export function upperUnicode(c: number): number {
  if (c < 128) return upperAscii(c);
  return simpleMap(c, upperCache, (s) => s.toUpperCase());
}

// CPython: char_loc_ignore
export function charLocIgnore(pattern: number, c: number): boolean {
  return c === pattern || lowerLocale(c) === pattern || upperLocale(c) === pattern;
}

// CPython: sre_category
export function category(code: number, c: number): boolean {
  switch (code) {
    case 0: return isDigit(c);
    case 1: return !isDigit(c);
    case 2: return isSpace(c);
    case 3: return !isSpace(c);
    case 4: return isWord(c);
    case 5: return !isWord(c);
    case 6: return isLinebreak(c);
    case 7: return !isLinebreak(c);
    case 8: return isLocWord(c);
    case 9: return !isLocWord(c);
    case 10: return isUniDigit(c);
    case 11: return !isUniDigit(c);
    case 12: return isUniSpace(c);
    case 13: return !isUniSpace(c);
    case 14: return isUniWord(c);
    case 15: return !isUniWord(c);
    case 16: return isUniLinebreak(c);
    case 17: return !isUniLinebreak(c);
  }
  return false;
}
