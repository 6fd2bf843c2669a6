// Unicode decimal digits and white space, as int(), float() and complex() read them.
//
// CPython first rewrites a non-ASCII str with _PyUnicode_TransformDecimalAndSpaceToASCII: every
// Unicode white-space character becomes ' ', every decimal digit (category Nd, Unicode 15.0.0)
// becomes its ASCII digit, and the string is cut after the first other non-ASCII character,
// which is replaced by '?'. ASCII characters pass through unchanged.

// The code points whose decimal value is 0 (unicodedata.decimal(c) == 0); every Nd digit is one
// of these plus its value. tests/unit/numeric-int.test.ts checks the table against the reference.
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
  0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
  0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50,
  0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
  0x1fbf0,
];

/** Py_UNICODE_TODECIMAL: the decimal value of code point c, or -1. */
export function unicodeDecimal(c: number): number {
  if (c < 0x80) return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
  // Binary search for the last zero <= c.
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIGIT_ZEROS[mid]! <= c) lo = mid;
    else hi = mid - 1;
  }
  const d = c - DIGIT_ZEROS[lo]!;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Py_UNICODE_ISSPACE: str.isspace() for one code point. */
export function isUnicodeSpace(c: number): boolean {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Py_ISSPACE: C-locale isspace() on a byte (no 0x1c-0x1f, unlike str.isspace()). */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII. Astral characters are read from surrogate pairs;
 * a lone surrogate is just an invalid character.
 */
// CPython: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII
export function transformDecimalAndSpaceToASCII(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) < 0x80) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c < 127) {
      out += s[i];
      i++;
      continue;
    }
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        w = 2;
      }
    }
    if (isUnicodeSpace(c)) out += ' ';
    else {
      const dv = unicodeDecimal(c);
      if (dv < 0) return out + '?';
      out += String.fromCharCode(0x30 + dv);
    }
    i += w;
  }
  return out;
}
