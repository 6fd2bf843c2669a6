// Decimal.__format__: the format specification mini-language for decimals, with the C
// locale's separators for 'n'. CPython: Modules/_decimal/_decimal.c (dec_format) over libmpdec's
// mpd_qformat_spec, as Lib/_pydecimal.py's __format__ describes it.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { rescale } from './arith.ts';
import { dec } from './decimalobject.ts';
import { adjexp, type Dec, finite, Kind, type Round, toSci } from './number.ts';
import { ctxBody, currentContext } from './state.ts';

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?([1-9]\d*)?([,_])?(?:\.(0|[1-9]\d*))?([eEfFgGn%])?$/u;

interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  zeropad: boolean;
  width: number;
  sep: string;
  /** Group lengths, the last repeated; empty for none. */
  grouping: number[];
  point: string;
  precision: number | null;
  type: string | null;
}

function parseSpec(interp: Interpreter, s: string): Spec {
  const m = SPEC_RE.exec(s);
  if (m === null) PyErr_SetString(interp, 'ValueError', 'invalid format string');
  const zeropad = m[6] !== undefined;
  // libmpdec takes '0' as the fill and alignment, so neither may be given too; it knows no '_' separator and no '#'.
  if ((zeropad && m[2] !== undefined) || m[8] === '_' || m[5] !== undefined) PyErr_SetString(interp, 'ValueError', 'invalid format string');
  let precision = m[9] === undefined ? null : Number(m[9]);
  const type = m[10] ?? null;
  if (precision === 0 && (type === null || 'gGn'.includes(type))) precision = 1;
  const spec: Spec = {
    fill: m[1] ?? ' ', align: m[2] ?? '>', sign: m[3] ?? '-', noNeg0: m[4] !== undefined, alt: m[5] !== undefined, zeropad, width: m[7] === undefined ? 0 : Number(m[7]),
    sep: m[8] ?? '', grouping: [3], point: '.', precision, type,
  };
  if (type === 'n') {
    if (m[8] !== undefined) PyErr_SetString(interp, 'ValueError', 'invalid format string');
    spec.type = 'g';
    spec.sep = '';
    spec.grouping = [];
  }
  return spec;
}

/** The value rounded to `places` significant digits. CPython: _pydecimal's _round */
function roundSig(d: Dec, places: number, r: Round): Dec {
  if (d.kind !== Kind.FINITE || d.coef === 0n) return d;
  let ans = rescale(d, adjexp(d) + 1 - places, r);
  if (adjexp(ans) !== adjexp(d)) ans = rescale(ans, adjexp(ans) + 1 - places, r);
  return ans;
}

function formatSign(negative: boolean, spec: Spec): string {
  if (negative) return '-';
  return spec.sign === ' ' || spec.sign === '+' ? spec.sign : '';
}

function align(sign: string, body: string, spec: Spec): string {
  const n = spec.width - [...sign].length - [...body].length;
  const padding = n > 0 ? spec.fill.repeat(n) : '';
  switch (spec.align) {
    case '<': return sign + body + padding;
    case '=': return sign + padding + body;
    case '^': {
      const half = padding.length >> 1;
      return padding.slice(0, half) + sign + body + padding.slice(half);
    }
    default: return padding + sign + body;
  }
}

/** The integer digits with separators, zero-padded to minWidth. CPython: _pydecimal's _insert_thousands_sep */
function groupDigits(digits: string, spec: Spec, minWidth: number): string {
  if (spec.sep === '') {
    const l = Math.max(digits.length, minWidth, 1);
    return '0'.repeat(l - digits.length) + digits;
  }
  const groups: string[] = [];
  const size = spec.grouping[0]!;
  for (;;) {
    const l = Math.min(Math.max(digits.length, minWidth, 1), size);
    groups.push('0'.repeat(Math.max(0, l - digits.length)) + digits.slice(Math.max(0, digits.length - l)));
    digits = digits.slice(0, Math.max(0, digits.length - l));
    minWidth -= l;
    if (digits === '' && minWidth <= 0) break;
    minWidth -= spec.sep.length;
  }
  return groups.reverse().join(spec.sep);
}

/** A decimal formatted by a parsed spec, rounding with the context's mode. */
export function formatDecimal(d: Dec, spec: Spec, round: Round, capitals: number): string {
  if (d.kind !== Kind.FINITE) {
    let body = toSci({ ...d, sign: 0 }, false, capitals);
    if (spec.type === '%') body += '%';
    return align(formatSign(d.sign === 1, spec), body, spec);
  }
  const type = spec.type ?? (capitals ? 'G' : 'g');
  if (type === '%') d = finite(d.sign, d.coef, d.exp + 2);
  const p = spec.precision;
  if (p !== null) {
    if ('eE'.includes(type)) d = roundSig(d, p + 1, round);
    else if ('fF%'.includes(type)) d = rescale(d, -p, round);
    else if ('gG'.includes(type) && d.coef.toString().length > p) d = roundSig(d, p, round);
  }
  if (d.coef === 0n && d.exp > 0 && 'fF%'.includes(type)) d = rescale(d, 0, round);
  const negative = d.sign === 1 && !(d.coef === 0n && spec.noNeg0);
  const digits = d.coef.toString();
  const leftdigits = d.exp + digits.length;
  let dotplace: number;
  if ('eE'.includes(type)) dotplace = d.coef === 0n && p !== null ? 1 - p : 1;
  else if ('fF%'.includes(type)) dotplace = leftdigits;
  else dotplace = d.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
  let intpart: string;
  let fracpart: string;
  if (dotplace < 0) {
    intpart = '0';
    fracpart = '0'.repeat(-dotplace) + digits;
  } else if (dotplace > digits.length) {
    intpart = digits + '0'.repeat(dotplace - digits.length);
    fracpart = '';
  } else {
    intpart = digits.slice(0, dotplace) || '0';
    fracpart = digits.slice(dotplace);
  }
  const exp = leftdigits - dotplace;
  const sign = formatSign(negative, spec);
  if (fracpart !== '' || spec.alt) fracpart = spec.point + fracpart;
  if (exp !== 0 || 'eE'.includes(type)) {
    const echar = type === 'E' || type === 'G' ? 'E' : 'e';
    fracpart += `${echar}${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  if (type === '%') fracpart += '%';
  const minWidth = spec.zeropad ? spec.width - fracpart.length - sign.length : 0;
  return align(sign, groupDigits(intpart, spec, minWidth) + fracpart, spec);
}

// CPython: dec_format
export function dec_format(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, '__format__', args.length, 1, 2);
  const fmt = args[0]!;
  if (!fmt.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'format arg must be str');
  const spec = parseSpec(interp, unicodeText(fmt));
  const b = ctxBody(currentContext(interp));
  return PyUnicode_FromString(interp, formatDecimal(dec(self!), spec, b.ctx.round, b.capitals));
}
