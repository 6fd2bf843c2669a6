// Python 3.12 repr() of the constant values an AST can hold, as ast.dump prints them.
// The str/bytes/float/complex formatters are exported for the object layer to reuse.
import { PyBytes, PyComplex, PyEllipsis, type PyConstant } from './constant.ts';
import { isPrintable } from '../unicode/printable.ts';

export function reprConstant(v: PyConstant): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === PyEllipsis) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return reprFloat(v);
  if (typeof v === 'string') return reprStr(v);
  if (v instanceof PyComplex) return reprComplex(v.real, v.imag);
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  const never: never = v;
  return String(never);
}

const HEX = '0123456789abcdef';

function hex(n: number, width: number): string {
  let s = '';
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >> (i * 4)) & 0xf];
  return s;
}

/**
 * repr() of a str. The JS string is read as UTF-16: a surrogate pair is one astral code point, a
 * lone surrogate is a code point of its own (printed as \udxxx). A Python str holding a high and a
 * low surrogate side by side is indistinguishable here from the astral character they encode.
 */
// CPython: Objects/unicodeobject.c unicode_repr
export function reprStr(s: string): string {
  let squote = false;
  let dquote = false;
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27) squote = true;
    else if (c === 0x22) dquote = true;
    else if (c < 0x20 || c >= 0x7f || c === 0x5c) plain = false;
  }
  const quote = squote && !dquote ? '"' : "'";
  if (plain && !(squote && dquote)) return quote + s + quote;
  const q = quote.charCodeAt(0);
  let out = quote;
  let run = 0; // start of the pending run of characters copied as they are
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== q && c !== 0x5c) continue;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    if (c >= 0x7f && c !== 0x7f && isPrintable(c)) {
      i += width - 1;
      continue;
    }
    out += s.slice(run, i);
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
    i += width - 1;
    run = i + 1;
  }
  return out + s.slice(run) + quote;
}

// CPython: Objects/bytesobject.c PyBytes_Repr (smartquotes)
export function reprBytes(b: Uint8Array): string {
  let squote = false;
  let dquote = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) squote = true;
    else if (b[i] === 0x22) dquote = true;
  }
  const q = squote && !dquote ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(q);
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}

/**
 * A double in Python's shortest round-tripping form ('r' format). JS's toExponential() with no
 * argument yields the same shortest digit string, so only the layout is converted: positional
 * notation while the decimal point position decpt is in (-4, 16], exponential otherwise.
 * NaN prints without a sign, as CPython does for both float and complex.
 */
// CPython: Python/pystrtod.c PyOS_double_to_string / format_float_short, mode 'r'
export function formatFloatR(x: number, addDot0: boolean, alwaysSign: boolean): string {
  if (x !== x) return alwaysSign ? '+nan' : 'nan';
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const sign = neg ? '-' : alwaysSign ? '+' : '';
  if (x === Infinity || x === -Infinity) return sign + 'inf';
  const e = Math.abs(x).toExponential();
  const ePos = e.indexOf('e');
  const digits = e.charCodeAt(1) === 0x2e ? e[0] + e.slice(2, ePos) : e.slice(0, ePos);
  const exp = Number(e.slice(ePos + 1));
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const a = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
}

// CPython: Objects/floatobject.c float_repr
export function reprFloat(x: number): string {
  return formatFloatR(x, true, false);
}

// CPython: Objects/complexobject.c complex_repr — a +0.0 real part is left out, with the parentheses.
export function reprComplex(real: number, imag: number): string {
  if (real === 0 && 1 / real > 0) return formatFloatR(imag, false, false) + 'j';
  return '(' + formatFloatR(real, false, false) + formatFloatR(imag, false, true) + 'j)';
}
