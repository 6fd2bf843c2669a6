// The format-spec mini-language: format(value, spec) for int, float, complex and str.
//
// [[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision][type], parsed and applied as
// CPython 3.12's Python/formatter_unicode.c does, errors included. Lengths and padding count code
// points (an astral character is one, as in Python), and the 'n' type uses the C locale (no
// grouping, '.' as the decimal point), which is what a Python program sees until it calls
// locale.setlocale().
import { DEFAULT_MAX_STR_DIGITS } from '../../parser/literals.ts';
import { unicodeDecimal } from './ascii_transform.ts';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, type DoubleFormatCode } from './dtoa.ts';
import { PyMemoryError, PyOverflowError, PyValueError } from './errors.ts';
import { intToFloat } from './int.ts';
import { intToDecimalString } from './int_str.ts';

/** Grouping of a spec: none, ',' or '_' every 3 digits, '_' every 4 (b/o/x/X). */
export type Grouping = '' | ',' | '_' | '_4';

/** A parsed format spec (CPython's InternalFormatSpec). */
export interface FormatSpec {
  /** The fill character (one code point). */
  fill: string;
  align: '<' | '>' | '=' | '^';
  sign: '' | '+' | '-' | ' ';
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  grouping: Grouping;
  /** -1 when not given. */
  precision: number;
  /** The presentation type (one code point), or '' when omitted. */
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/** Code point at s[i] and its UTF-16 width. */
function codePointAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

function cpWidth(c: number): number {
  return c > 0xffff ? 2 : 1;
}

function isAlign(c: number | undefined): boolean {
  return c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;
}

/** Display form of a presentation type in error messages: 'x' or '\x80'. */
function typeRepr(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/** get_integer: decimal digits (any Unicode Nd digit) at s[pos..end). */
function getInteger(s: string, pos: number, end: number): { value: number; next: number; count: number } {
  let acc = 0;
  let big: bigint | undefined;
  let count = 0;
  while (pos < end) {
    const c = codePointAt(s, pos);
    const d = unicodeDecimal(c);
    if (d < 0) break;
    if (big === undefined) {
      acc = acc * 10 + d;
      if (acc > 2 ** 50) big = BigInt(acc);
    } else {
      // Overflow check before it happens, as CPython does for Py_ssize_t.
      if (big > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) throw new PyValueError('Too many decimal digits in format string');
      big = big * 10n + BigInt(d);
    }
    pos += cpWidth(c);
    count++;
  }
  return { value: big === undefined ? acc : Number(big), next: pos, count };
}

const SPEC_CACHE = new Map<string, FormatSpec>();

/**
 * parse_internal_render_format_spec. typeName is the object's type name for error messages;
 * defaultType '' means none (float, complex), defaultAlign is '>' for numbers and '<' for str.
 */
// CPython: Python/formatter_unicode.c parse_internal_render_format_spec
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  const key = defaultType + defaultAlign + spec;
  const cached = SPEC_CACHE.get(key);
  if (cached !== undefined) return cached;
  const f = parseUncached(spec, typeName, defaultType, defaultAlign);
  if (SPEC_CACHE.size > 256) SPEC_CACHE.clear();
  SPEC_CACHE.set(key, f);
  return f;
}

function parseUncached(spec: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  const end = spec.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let fillSpecified = false;
  let alignSpecified = false;
  if (end > 0) {
    const c0 = codePointAt(spec, 0);
    const w0 = cpWidth(c0);
    if (end - pos > w0 && isAlign(spec.charCodeAt(w0))) {
      f.align = spec[w0] as FormatSpec['align'];
      f.fill = String.fromCodePoint(c0);
      fillSpecified = alignSpecified = true;
      pos = w0 + 1;
    } else if (isAlign(c0)) {
      f.align = spec[0] as FormatSpec['align'];
      alignSpecified = true;
      pos = 1;
    }
  }
  let c = spec.charCodeAt(pos);
  if (pos < end && (c === 0x20 || c === 0x2b || c === 0x2d)) {
    f.sign = spec[pos] as FormatSpec['sign'];
    c = spec.charCodeAt(++pos);
  }
  if (pos < end && c === 0x7a) {
    f.noNeg0 = true;
    c = spec.charCodeAt(++pos);
  }
  if (pos < end && c === 0x23) {
    f.alternate = true;
    c = spec.charCodeAt(++pos);
  }
  if (!fillSpecified && pos < end && c === 0x30) {
    // '0' before the width: zero fill, and '=' alignment unless one was given (numbers only).
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let r = getInteger(spec, pos, end);
  if (r.count > 0) f.width = r.value;
  pos = r.next;
  if (pos < end && spec.charCodeAt(pos) === 0x2c) {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && spec.charCodeAt(pos) === 0x5f) {
    if (f.grouping !== '') throw new PyValueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && spec.charCodeAt(pos) === 0x2c && f.grouping === '_') {
    throw new PyValueError("Cannot specify both ',' and '_'.");
  }
  if (pos < end && spec.charCodeAt(pos) === 0x2e) {
    pos++;
    r = getInteger(spec, pos, end);
    if (r.count === 0) throw new PyValueError('Format specifier missing precision');
    f.precision = r.value;
    pos = r.next;
  }
  if (pos < end) {
    const t = codePointAt(spec, pos);
    if (end - pos > cpWidth(t)) {
      throw new PyValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
    f.type = String.fromCodePoint(t);
  }
  if (f.grouping !== '') {
    const t = f.type;
    const allowed = t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' || t === '%' || t === 'F' || t === '';
    // PEP 515: '_' groups bin/oct/hex digits by four; ',' is not allowed there.
    const binary = t === 'b' || t === 'o' || t === 'x' || t === 'X';
    if (binary && f.grouping === '_') f.grouping = '_4';
    else if (!allowed) throw new PyValueError(`Cannot specify '${f.grouping[0]}' with '${typeRepr(t)}'.`);
  }
  return f;
}

function unknownType(type: string, typeName: string): PyValueError {
  return new PyValueError(`Unknown format code '${typeRepr(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------------------------
// Layout helpers

function repeatFill(fill: string, n: number): string {
  if (n <= 0) return '';
  if (n > 0x10000000) throw new PyMemoryError();
  return fill.repeat(n);
}

/** Number of code points in s. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first n code points of s. */
function sliceCodePoints(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}

/** calc_padding + fill_padding around content of nchars code points. */
function pad(content: string, nchars: number, width: number, align: string, fill: string): string {
  if (width <= nchars) return content;
  const total = width;
  const left = align === '>' ? total - nchars : align === '^' ? Math.floor((total - nchars) / 2) : 0;
  return repeatFill(fill, left) + content + repeatFill(fill, total - nchars - left);
}

/**
 * _PyUnicode_InsertThousandsGrouping: the digits grouped from the right by `group` (0: never),
 * with zeros added on the left until at least minWidth characters (separators included).
 */
// CPython: Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping
export function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  if (minWidth < 0) minWidth = 0;
  const n = digits.length;
  if (group === 0) return repeatFill('0', Math.max(n, minWidth, 1) - n) + digits;
  if (minWidth <= n && n > 0) {
    // No zero padding: plain groups from the right.
    const first = n % group || group;
    let out = digits.slice(0, first);
    for (let i = first; i < n; i += group) out += sep + digits.slice(i, i + group);
    return out;
  }
  let remaining = n;
  let pos = remaining;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  const emit = (len: number): void => {
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    if (useSep) parts.push(sep);
    parts.push(digits.slice(pos - nChars, pos));
    pos -= nChars;
    if (nZeros) parts.push(repeatFill('0', nZeros));
    remaining -= nChars;
  };
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      emit(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) emit(Math.max(remaining, minWidth, 1));
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) out += parts[i];
  return out;
}

interface Locale {
  decimal: string;
  sep: string;
  group: number;
}

const NO_LOCALE: Locale = { decimal: '.', sep: '', group: 0 };
// The C locale, for 'n': decimal point '.', no thousands separator, no grouping.
const C_LOCALE: Locale = NO_LOCALE;
const COMMA_LOCALE: Locale = { decimal: '.', sep: ',', group: 3 };
const UNDERSCORE_LOCALE: Locale = { decimal: '.', sep: '_', group: 3 };
const UNDER_FOUR_LOCALE: Locale = { decimal: '.', sep: '_', group: 4 };

// CPython: Python/formatter_unicode.c get_locale_info
function localeFor(f: FormatSpec): Locale {
  if (f.type === 'n') return C_LOCALE;
  switch (f.grouping) {
    case ',':
      return COMMA_LOCALE;
    case '_':
      return UNDERSCORE_LOCALE;
    case '_4':
      return UNDER_FOUR_LOCALE;
    default:
      return NO_LOCALE;
  }
}

/**
 * calc_number_widths + fill_number: lays out
 *   [lpad][sign][prefix][spad][grouped digits][decimal][remainder][rpad]
 * digits are the integer-part digits, remainder what follows the decimal point (or the exponent,
 * or everything for inf/nan/'c'), hasDecimal whether a '.' separates them.
 */
// CPython: Python/formatter_unicode.c calc_number_widths, fill_number
function layoutNumber(
  signChar: string,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  remainderLen: number,
  locale: Locale,
  f: { sign: string; fill: string; align: string; width: number },
  toUpper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const nDecimal = hasDecimal ? locale.decimal.length : 0;
  const nonDigit = sign.length + prefix.length + nDecimal + remainderLen;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, locale.group, locale.sep);
  if (toUpper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (nPadding > 0) {
    if (f.align === '<') rpad = nPadding;
    else if (f.align === '^') {
      lpad = nPadding >> 1;
      rpad = nPadding - lpad;
    } else if (f.align === '=') spad = nPadding;
    else lpad = nPadding;
  }
  return (
    repeatFill(f.fill, lpad) +
    sign +
    prefix +
    repeatFill(f.fill, spad) +
    grouped +
    (hasDecimal ? locale.decimal : '') +
    remainder +
    repeatFill(f.fill, rpad)
  );
}

// ---------------------------------------------------------------------------------------------
// str

/** format(s, spec) for a str s. */
// CPython: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter, format_string_internal
export function formatStr(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownType(f.type, typeName);
  if (f.sign !== '') {
    throw new PyValueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw new PyValueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new PyValueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new PyValueError("'=' alignment not allowed in string format specifier");
  if (f.width < 0 && f.precision < 0) return value;
  let len = value.length;
  if (len > 0 && (f.width > len >> 1 || f.precision >= 0)) len = codePointLength(value);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return value;
  let s = value;
  if (f.precision >= 0 && len >= f.precision) {
    s = sliceCodePoints(value, f.precision);
    len = f.precision;
  }
  return pad(s, len, f.width, f.align, f.fill);
}

// ---------------------------------------------------------------------------------------------
// int

const LONG_MAX = 9223372036854775807n;

/**
 * format(i, spec) for an int (bigint, or a safe-integer number). An empty spec gives str(i), as
 * for an exact int (the object model calls str() itself for subclasses such as bool).
 * maxStrDigits is sys.get_int_max_str_digits() for decimal output.
 */
// CPython: Python/formatter_unicode.c format_int_or_long, format_long_internal
export function formatInt(value: bigint | number, spec: string, typeName = 'int', maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): string {
  if (spec === '') return typeof value === 'number' ? String(value) : intToDecimalString(value, maxStrDigits);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntInternal(value, f, maxStrDigits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(typeof value === 'number' ? value : intToFloat(value), f);
    default:
      throw unknownType(f.type, typeName);
  }
}

function formatIntInternal(value: bigint | number, f: FormatSpec, maxStrDigits: number): string {
  if (f.precision !== -1) throw new PyValueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw new PyValueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new PyValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new PyValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    const big = typeof value === 'bigint' ? value : BigInt(value);
    if (big > LONG_MAX || big < -LONG_MAX - 1n) throw new PyOverflowError('Python int too large to convert to C long');
    if (big < 0n || big > 0x10ffffn) throw new PyOverflowError('%c arg not in range(0x110000)');
    // The character is all "remainder": never grouped or zero-filled.
    return layoutNumber('', '', '', false, String.fromCodePoint(Number(big)), 1, localeFor(f), f, false);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const negative = value < 0;
  const abs = negative ? -value : value;
  let digits: string;
  if (base === 10) {
    digits = typeof abs === 'number' ? String(abs) : intToDecimalString(abs as bigint, maxStrDigits);
  } else {
    digits = abs.toString(base);
  }
  const prefix = f.alternate && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  if (f.sign === '' && f.width === -1 && f.type !== 'X' && f.type !== 'n' && f.grouping === '') {
    return (negative ? '-' : '') + prefix + digits;
  }
  return layoutNumber(negative ? '-' : '', prefix, digits, false, '', 0, localeFor(f), f, f.type === 'X');
}

// ---------------------------------------------------------------------------------------------
// float

/** format(x, spec) for a float. An empty spec gives repr(x). */
// CPython: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter, format_float_internal
export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return doubleToString(value, 'r', 0, DTSF_ADD_DOT_0);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(value, f);
    default:
      throw unknownType(f.type, typeName);
  }
}

/** Splits PyOS_double_to_string output after an optional '-': integer digits, '.', the rest. */
function splitNumber(s: string, start: number): { digits: string; hasDecimal: boolean; remainder: string } {
  let i = start;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  const hasDecimal = i < s.length && s.charCodeAt(i) === 0x2e;
  return { digits: s.slice(start, i), hasDecimal, remainder: s.slice(hasDecimal ? i + 1 : i) };
}

/** PyOS_double_to_string arguments for a float or complex part, from the spec. */
function floatConversion(f: FormatSpec, defaultPrecision: number, addDot0: boolean): { code: DoubleFormatCode; precision: number; flags: number } {
  if (f.precision > INT_MAX) throw new PyValueError('precision too big');
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = f.type;
  if (type === '') {
    if (addDot0) flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') type = 'f';
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  return { code: type as DoubleFormatCode, precision, flags };
}

function formatFloatInternal(value: number, f: FormatSpec): string {
  const { code, precision, flags } = floatConversion(f, 6, true);
  let buf = doubleToStringChecked(f.type === '%' ? value * 100 : value, code, precision, flags);
  if (f.type === '%') buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return buf;
  const neg = buf.charCodeAt(0) === 0x2d;
  const p = splitNumber(buf, neg ? 1 : 0);
  return layoutNumber(neg ? '-' : '', '', p.digits, p.hasDecimal, p.remainder, p.remainder.length, localeFor(f), f, false);
}

function doubleToStringChecked(x: number, code: DoubleFormatCode, precision: number, flags: number): string {
  try {
    return doubleToString(x, code, precision, flags);
  } catch (e) {
    if (e instanceof RangeError) throw new PyMemoryError();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// complex

/** format(z, spec) for a complex. An empty spec gives str(z). */
// CPython: Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter, format_complex_internal
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = spec === '' ? undefined : parseFormatSpec(spec, typeName, '', '>');
  if (f === undefined) return formatComplexInternal(re, im, parseFormatSpec('', typeName, '', '>'));
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      return formatComplexInternal(re, im, f);
    default:
      throw unknownType(f.type, typeName);
  }
}

function formatComplexInternal(re: number, im: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw new PyValueError('precision too big');
  if (f.fill === '0') throw new PyValueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new PyValueError("'=' alignment flag is not allowed in complex format specifier");
  let skipRe = false;
  let addParens = false;
  if (f.type === '') {
    // Like str(z): no real part when it is +0.0, parentheses otherwise.
    if (re === 0 && 1 / re > 0) skipRe = true;
    else addParens = true;
  }
  const { code, precision, flags } = floatConversion(f, 6, false);
  const reBuf = doubleToStringChecked(re, code, precision, flags);
  const imBuf = doubleToStringChecked(im, code, precision, flags);
  const locale = localeFor(f);
  // The parts are laid out without padding; the whole is padded at the end.
  const inner = { sign: f.sign, fill: '', align: '<', width: -1 };
  let reStr = '';
  if (!skipRe) {
    const neg = reBuf.charCodeAt(0) === 0x2d;
    const p = splitNumber(reBuf, neg ? 1 : 0);
    reStr = layoutNumber(neg ? '-' : '', '', p.digits, p.hasDecimal, p.remainder, p.remainder.length, locale, inner, false);
    inner.sign = '+';
  }
  const neg = imBuf.charCodeAt(0) === 0x2d;
  const p = splitNumber(imBuf, neg ? 1 : 0);
  const imStr = layoutNumber(neg ? '-' : '', '', p.digits, p.hasDecimal, p.remainder, p.remainder.length, locale, inner, false);
  const body = (addParens ? '(' : '') + reStr + imStr + 'j' + (addParens ? ')' : '');
  return pad(body, body.length, f.width, f.align, f.fill);
}
