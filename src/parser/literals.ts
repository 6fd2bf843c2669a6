// Values of NUMBER, STRING and FSTRING_MIDDLE tokens, for the parser's actions.
//
// The functions take the token text as the tokenizer hands it over (newlines already normalized
// to \n) and either return the value or throw LiteralError, which the parser turns into a
// SyntaxError at the token (see LiteralError for where CPython places each kind). SyntaxWarnings
// go through an optional callback, never to stderr.
//
// Python str values are JS strings (UTF-16). A \ud800-style escape yields a lone surrogate, which
// JS strings can hold; but two escapes forming a valid pair ('\ud83d\ude00') become one astral
// character in JS, while Python keeps two code points. That edge case is accepted, not modelled.
import { PyComplex, type PyConstant } from '../ast/constant.ts';
import { decodeBytesEscapes, decodeStrEscapes, LiteralError, type WarningSink } from './escapes.ts';

export { LiteralError, type WarningSink } from './escapes.ts';

/** Python's default sys.get_int_max_str_digits() (_PY_LONG_DEFAULT_MAX_STR_DIGITS). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/**
 * The value of a NUMBER token: int -> bigint, float -> number, imaginary -> PyComplex(0, v).
 * maxStrDigits is the interpreter's int_max_str_digits (0: no limit); a decimal int literal with
 * more digits raises LiteralError (noColumns), as CPython 3.12 does at compile time.
 */
// CPython: Parser/pegen.c parsenumber / parsenumber_raw, _PyPegen_number_token
export function parseNumber(text: string, maxStrDigits: number = DEFAULT_MAX_STR_DIGITS): PyConstant {
  const s = text.indexOf('_') < 0 ? text : text.replaceAll('_', '');
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) return new PyComplex(0, Number(s.slice(0, -1)));
  const c0 = s.charCodeAt(0);
  if (c0 === 0x30 && s.length > 1) {
    const c1 = s.charCodeAt(1) | 0x20;
    // 0x/0o/0b: BigInt() reads these prefixes (either case) itself.
    if (c1 === 0x78 || c1 === 0x6f || c1 === 0x62) return BigInt(s);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || c === 0x65 || c === 0x45) return Number(s);
  }
  // Only a literal that overflows a C long reaches PyLong_FromString and its limit; zeros-only
  // literals such as 0000 are read by strtoul instead.
  if (maxStrDigits > 0 && s.length > maxStrDigits && c0 !== 0x30) {
    throw new LiteralError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${s.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
        'to avoid decimal conversion limits.',
      true,
    );
  }
  return BigInt(s);
}

export interface DecodedString {
  value: string | Uint8Array;
  /** The Constant node's `kind`: 'u' when the literal starts with a lower-case u, as in CPython. */
  kind: 'u' | null;
  isBytes: boolean;
  isRaw: boolean;
}

/**
 * The value of a STRING token: prefix (r, u, b in any case and order), quotes (single, double,
 * triple) and escapes. Throws LiteralError; invalid escapes warn through onWarning with the offset
 * of their backslash in tokenText.
 */
// CPython: Parser/string_parser.c _PyPegen_parse_string, Parser/action_helpers.c _PyPegen_constant_from_string
export function decodeStringToken(tokenText: string, onWarning?: WarningSink): DecodedString {
  let isBytes = false;
  let isRaw = false;
  let p = 0;
  for (;;) {
    const c = tokenText.charCodeAt(p) | 0x20;
    if (c === 0x62) isBytes = true;
    else if (c === 0x72) isRaw = true;
    else if (c !== 0x75) break;
    p++;
  }
  const quote = tokenText.charCodeAt(p);
  if (quote !== 0x27 && quote !== 0x22) throw new Error(`decodeStringToken: not a STRING token: ${tokenText}`);
  const kind = tokenText.charCodeAt(0) === 0x75 ? 'u' : null;
  let start = p + 1;
  let end = tokenText.length - 1;
  if (end - start >= 4 && tokenText.charCodeAt(start) === quote && tokenText.charCodeAt(start + 1) === quote) {
    start += 2;
    end -= 2;
  }
  const backslash = isRaw ? -1 : tokenText.indexOf('\\', start);
  const hasEscapes = backslash >= 0 && backslash < end;
  if (isBytes) {
    const out = new Uint8Array(end - start);
    for (let i = start; i < end; i++) {
      const c = tokenText.charCodeAt(i);
      if (c >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters');
      out[i - start] = c;
    }
    const value = hasEscapes ? decodeBytesEscapes(tokenText, start, end, offsetBy(onWarning, start)) : out;
    return { value, kind, isBytes, isRaw };
  }
  const value = hasEscapes ? decodeStrEscapes(tokenText, start, end, false, offsetBy(onWarning, start)) : tokenText.slice(start, end);
  return { value, kind, isBytes, isRaw };
}

/**
 * The value of an FSTRING_MIDDLE token of a PEP 701 f-string. In 3.12 the tokenizer already hands
 * over a doubled brace as one brace ("a{{b" arrives as the pieces "a{" and "b"); isRaw is the
 * f-string's r prefix.
 */
// CPython: Parser/action_helpers.c _PyPegen_decode_fstring_part
export function decodeFStringMiddle(text: string, isRaw: boolean, onWarning?: WarningSink): string {
  const len = text === '{{' || text === '}}' ? 1 : text.length;
  if (isRaw || text.indexOf('\\') < 0) return len === text.length ? text : text.slice(0, len);
  return decodeStrEscapes(text, 0, len, true, onWarning);
}

function offsetBy(sink: WarningSink | undefined, delta: number): WarningSink | undefined {
  return sink && ((msg, offset) => sink(msg, offset + delta));
}
