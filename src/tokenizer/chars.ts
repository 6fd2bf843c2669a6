// Character classes and operator tables of CPython's tokenizer, on UTF-16 char codes.
import { T } from './token.ts';
import { XID_CONTINUE_DELTAS, XID_START_DELTAS } from './xid.gen.ts';
import { expandDeltas } from '../unicode/ranges.ts';

export const EOF = -1;

/** CPython: is_potential_identifier_start (every non-ASCII char qualifies; verify_identifier decides later). */
export function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

/** CPython: is_potential_identifier_char. */
export function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export function isAlnumAscii(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const ONE_CHAR = new Int8Array(128).fill(T.OP);
for (const [ch, t] of [
  ['!', T.EXCLAMATION], ['%', T.PERCENT], ['&', T.AMPER], ['(', T.LPAR], [')', T.RPAR], ['*', T.STAR],
  ['+', T.PLUS], [',', T.COMMA], ['-', T.MINUS], ['.', T.DOT], ['/', T.SLASH], [':', T.COLON], [';', T.SEMI],
  ['<', T.LESS], ['=', T.EQUAL], ['>', T.GREATER], ['@', T.AT], ['[', T.LSQB], [']', T.RSQB],
  ['^', T.CIRCUMFLEX], ['{', T.LBRACE], ['|', T.VBAR], ['}', T.RBRACE], ['~', T.TILDE],
] as const) {
  ONE_CHAR[ch.charCodeAt(0)] = t;
}

/** CPython: _PyToken_OneChar (OP for characters that are no operator, e.g. '$' or '?'). */
export function oneChar(c: number): T {
  return c >= 0 && c < 128 ? (ONE_CHAR[c] as T) : T.OP;
}

/** CPython: _PyToken_TwoChars ('<>' is NOTEQUAL: the parser rejects it unless barry_as_FLUFL). */
export function twoChars(c1: number, c2: number): T {
  switch (c1) {
    case 33: return c2 === 61 ? T.NOTEQUAL : T.OP; // !=
    case 37: return c2 === 61 ? T.PERCENTEQUAL : T.OP;
    case 38: return c2 === 61 ? T.AMPEREQUAL : T.OP;
    case 42: return c2 === 42 ? T.DOUBLESTAR : c2 === 61 ? T.STAREQUAL : T.OP;
    case 43: return c2 === 61 ? T.PLUSEQUAL : T.OP;
    case 45: return c2 === 61 ? T.MINEQUAL : c2 === 62 ? T.RARROW : T.OP;
    case 47: return c2 === 47 ? T.DOUBLESLASH : c2 === 61 ? T.SLASHEQUAL : T.OP;
    case 58: return c2 === 61 ? T.COLONEQUAL : T.OP;
    case 60: return c2 === 60 ? T.LEFTSHIFT : c2 === 61 ? T.LESSEQUAL : c2 === 62 ? T.NOTEQUAL : T.OP;
    case 61: return c2 === 61 ? T.EQEQUAL : T.OP;
    case 62: return c2 === 61 ? T.GREATEREQUAL : c2 === 62 ? T.RIGHTSHIFT : T.OP;
    case 64: return c2 === 61 ? T.ATEQUAL : T.OP;
    case 94: return c2 === 61 ? T.CIRCUMFLEXEQUAL : T.OP;
    case 124: return c2 === 61 ? T.VBAREQUAL : T.OP;
    default: return T.OP;
  }
}

/** CPython: _PyToken_ThreeChars. */
export function threeChars(c1: number, c2: number, c3: number): T {
  if (c3 === 61) {
    if (c1 === 42 && c2 === 42) return T.DOUBLESTAREQUAL;
    if (c1 === 47 && c2 === 47) return T.DOUBLESLASHEQUAL;
    if (c1 === 60 && c2 === 60) return T.LEFTSHIFTEQUAL;
    if (c1 === 62 && c2 === 62) return T.RIGHTSHIFTEQUAL;
  } else if (c1 === 46 && c2 === 46 && c3 === 46) {
    return T.ELLIPSIS;
  }
  return T.OP;
}

/** CPython: Py_UNICODE_ISPRINTABLE, from Python 3.12's Unicode 15.0.0 data. */
export { isPrintable } from '../unicode/printable.ts';

const XID_START = expandDeltas(XID_START_DELTAS);
const XID_CONTINUE = expandDeltas(XID_CONTINUE_DELTAS);

function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid * 2]! <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && cp < r[hi * 2 + 1]!;
}

/**
 * CPython: _PyUnicode_ScanIdentifier (Unicode 15.0.0). Index (in code points) of the first
 * character of `s` that cannot be part of an identifier, or -1 when all are valid.
 */
export function scanIdentifier(s: string): number {
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const ok = i === 0 ? cp === 95 || inRanges(XID_START, cp) : inRanges(XID_CONTINUE, cp);
    if (!ok) return i;
    i++;
  }
  return -1;
}

/**
 * UTF-8 length of the UTF-16 code unit `c`. A surrogate pair is 3 + 1; a lone low surrogate is
 * an undecodable source byte kept by surrogateescape (see decode.ts), which is 1 byte in the file.
 */
export function utf8Units(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return 3;
  if (c >= 0xdc00 && c <= 0xdfff) return 1;
  return 3;
}

/** Formats a code point as CPython's "U+%04X". */
export function uPlus(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}
