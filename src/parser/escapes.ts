// Backslash escapes of str and bytes literals, decoded as CPython 3.12 decodes them, with its
// exact error messages and SyntaxWarnings.
//
// CPython decodes a str literal in two steps (Parser/string_parser.c decode_unicode_with_escapes):
// it first rewrites the UTF-8 source into an ASCII buffer (every non-ASCII code point becomes a
// 10-byte "\UXXXXXXXX"; a backslash followed by a non-ASCII character or by nothing becomes the
// 6-byte "\u005c", a literal backslash), then runs the 'unicodeescape' codec over that buffer.
// Positions in the codec's error messages are offsets in that buffer, so this decoder walks the
// source directly but keeps a running buffer position `bpos` to report the same numbers.
import { lookupName } from '../unicode/names.ts';

/**
 * A literal the tokenizer accepted but that cannot be decoded. `msg` is CPython's SyntaxError
 * message. The parser raises it as a SyntaxError located as CPython locates it (RAISE_SYNTAX_ERROR:
 * the last token fetched when the action runs):
 * - str/bytes errors of a STRING token: that token's span, since the `string` action runs right
 *   after the token is consumed;
 * - errors in f-string FSTRING_MIDDLE pieces: CPython decodes them when the whole f-string has been
 *   parsed, so the f-string's FSTRING_END;
 * - `noColumns` (an int literal over the int_max_str_digits limit): the token's lines with
 *   col_offset -1 and end_col_offset -1 (SyntaxError offset 0, end_offset 0).
 */
export class LiteralError extends Error {
  constructor(
    readonly msg: string,
    readonly noColumns = false,
  ) {
    super(msg);
    this.name = 'LiteralError';
  }
}

/**
 * Receives a SyntaxWarning message ("invalid escape sequence '\d'") and the UTF-16 offset of the
 * escape's backslash in the text that was decoded (the token, or the FSTRING_MIDDLE piece).
 * CPython 3.12.1 reports every such warning at the token's first line; the offset is extra
 * information for callers that want more. It may throw (warnings turned into errors): CPython then
 * raises SyntaxError with the same message, located at the token.
 */
export type WarningSink = (msg: string, offset: number) => void;

const enum Esc {
  Backslash = 0x5c,
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function hexValue(c: number): number {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10;
}

/** How many UTF-16 units the source character at i spans, and how many bytes it becomes in CPython's buffer. */
function sourceStep(text: string, i: number, end: number): [number, number] {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c === Esc.Backslash && (i + 1 >= end || text.charCodeAt(i + 1) >= 0x80)) return [1, 6];
    return [1, 1];
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [2, 10];
  }
  return [1, 10];
}

function unicodeEscapeError(startinpos: number, endinpos: number, message: string): LiteralError {
  // CPython: UnicodeDecodeError.__str__; the byte at startinpos is always the escape's backslash.
  const where = endinpos === startinpos + 1
    ? `byte 0x5c in position ${startinpos}`
    : `bytes in position ${startinpos}-${endinpos - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${message}`);
}

function invalidEscapeWarning(text: string, at: number): string {
  // CPython: Parser/string_parser.c warn_invalid_escape_sequence — an escape that starts with 4-7
  // is an octal escape over 0o377 and has exactly three digits.
  const c = text.charCodeAt(at + 1);
  if (c >= 0x34 && c <= 0x37) return `invalid octal escape sequence '\\${text.slice(at + 1, at + 4)}'`;
  return `invalid escape sequence '\\${text[at + 1]}'`;
}

/**
 * Decodes text[start, end) (a str literal's body, known to contain a backslash) to its value.
 * fstringMiddle: the text is an FSTRING_MIDDLE piece, whose `\{` and `\}` the tokenizer has
 * already warned about. Warnings are reported after a successful decode, relative to `start`.
 */
// CPython: Parser/string_parser.c decode_unicode_with_escapes + Objects/unicodeobject.c
// _PyUnicode_DecodeUnicodeEscapeInternal
export function decodeStrEscapes(text: string, start: number, end: number, fstringMiddle: boolean, onWarning?: WarningSink): string {
  let out = '';
  let run = start; // start of the pending run of characters copied as they are
  let bpos = 0;
  let firstInvalid = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== Esc.Backslash) {
      if (c < 0x80) {
        i++;
        bpos++;
      } else {
        const [units, bytes] = sourceStep(text, i, end);
        i += units;
        bpos += bytes;
      }
      continue;
    }
    out += text.slice(run, i);
    const esc = i;
    const startinpos = bpos;
    if (i + 1 >= end || text.charCodeAt(i + 1) >= 0x80) {
      // Rewritten to \u005c by CPython: a plain backslash; what follows is copied as it is.
      out += '\\';
      i++;
      bpos += 6;
      run = i;
      continue;
    }
    const d = text.charCodeAt(i + 1);
    i += 2;
    bpos += 2;
    switch (d) {
      case 0x0a: // backslash-newline: line continuation
        break;
      case 0x5c:
      case 0x27:
      case 0x22:
        out += String.fromCharCode(d);
        break;
      case 0x62: out += '\b'; break;
      case 0x66: out += '\f'; break;
      case 0x74: out += '\t'; break;
      case 0x6e: out += '\n'; break;
      case 0x72: out += '\r'; break;
      case 0x76: out += '\v'; break;
      case 0x61: out += '\x07'; break;
      case 0x30: case 0x31: case 0x32: case 0x33:
      case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = d - 0x30;
        for (let k = 0; k < 2 && i < end; k++) {
          const o = text.charCodeAt(i);
          if (o < 0x30 || o > 0x37) break;
          v = v * 8 + o - 0x30;
          i++;
          bpos++;
        }
        if (v > 0o377 && firstInvalid < 0) firstInvalid = esc;
        out += String.fromCharCode(v);
        break;
      }
      case 0x78: case 0x75: case 0x55: {
        const count = d === 0x78 ? 2 : d === 0x75 ? 4 : 8;
        const message = d === 0x78 ? 'truncated \\xXX escape' : d === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let v = 0;
        for (let k = 0; k < count; k++) {
          if (i >= end || !isHex(text.charCodeAt(i))) throw unicodeEscapeError(startinpos, bpos, message);
          v = v * 16 + hexValue(text.charCodeAt(i));
          i++;
          bpos++;
        }
        if (v > 0x10ffff) throw unicodeEscapeError(startinpos, bpos, 'illegal Unicode character');
        out += String.fromCodePoint(v);
        break;
      }
      case 0x4e: {
        const malformed = 'malformed \\N character escape';
        if (i >= end || text.charCodeAt(i) !== 0x7b) throw unicodeEscapeError(startinpos, bpos, malformed);
        i++;
        bpos++;
        const nameStart = i;
        while (i < end && text.charCodeAt(i) !== 0x7d) {
          const [units, bytes] = sourceStep(text, i, end);
          i += units;
          bpos += bytes;
        }
        if (i >= end || i === nameStart) throw unicodeEscapeError(startinpos, bpos, malformed);
        const cp = lookupName(text.slice(nameStart, i));
        i++;
        bpos++;
        if (cp === undefined) throw unicodeEscapeError(startinpos, bpos, 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        break;
      }
      default:
        if (firstInvalid < 0) firstInvalid = esc;
        out += '\\' + String.fromCharCode(d);
    }
    run = i;
  }
  out += text.slice(run, end);
  if (firstInvalid >= 0 && onWarning) {
    const c = text.charCodeAt(firstInvalid + 1);
    if (!(fstringMiddle && (c === 0x7b || c === 0x7d))) onWarning(invalidEscapeWarning(text, firstInvalid), firstInvalid - start);
  }
  return out;
}

/** Decodes text[start, end) (a bytes literal's body: ASCII, with a backslash) to its bytes. */
// CPython: Objects/bytesobject.c _PyBytes_DecodeEscape (errors="strict")
export function decodeBytesEscapes(text: string, start: number, end: number, onWarning?: WarningSink): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  let firstInvalid = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== Esc.Backslash) {
      out[n++] = c;
      i++;
      continue;
    }
    const esc = i;
    if (i + 1 >= end) throw new LiteralError('(value error) Trailing \\ in string');
    const d = text.charCodeAt(i + 1);
    i += 2;
    switch (d) {
      case 0x0a: break;
      case 0x5c: case 0x27: case 0x22: out[n++] = d; break;
      case 0x62: out[n++] = 0x08; break;
      case 0x66: out[n++] = 0x0c; break;
      case 0x74: out[n++] = 0x09; break;
      case 0x6e: out[n++] = 0x0a; break;
      case 0x72: out[n++] = 0x0d; break;
      case 0x76: out[n++] = 0x0b; break;
      case 0x61: out[n++] = 0x07; break;
      case 0x30: case 0x31: case 0x32: case 0x33:
      case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = d - 0x30;
        for (let k = 0; k < 2 && i < end; k++) {
          const o = text.charCodeAt(i);
          if (o < 0x30 || o > 0x37) break;
          v = v * 8 + o - 0x30;
          i++;
        }
        if (v > 0o377 && firstInvalid < 0) firstInvalid = esc;
        out[n++] = v & 0xff; // stored in a C char: 0o777 becomes 0xff
        break;
      }
      case 0x78:
        if (i + 1 < end && isHex(text.charCodeAt(i)) && isHex(text.charCodeAt(i + 1))) {
          out[n++] = hexValue(text.charCodeAt(i)) * 16 + hexValue(text.charCodeAt(i + 1));
          i += 2;
          break;
        }
        throw new LiteralError(`(value error) invalid \\x escape at position ${esc - start}`);
      default:
        if (firstInvalid < 0) firstInvalid = esc;
        out[n++] = Esc.Backslash;
        i--; // the character after the backslash is kept as it is
    }
  }
  if (firstInvalid >= 0 && onWarning) onWarning(invalidEscapeWarning(text, firstInvalid), firstInvalid - start);
  return out.slice(0, n);
}
