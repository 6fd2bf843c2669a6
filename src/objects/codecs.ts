// The builtin codecs str.encode and bytes.decode use: UTF-8, ASCII and Latin-1 with the standard
// error handlers. CPython: Objects/unicodeobject.c (PyUnicode_AsEncodedString's and
// PyUnicode_Decode's fast paths, unicode_encode_ucs1, unicode_decode_utf8, ascii_decode),
// Python/codecs.c (the error handlers), Objects/exceptions.c (UnicodeEncodeError_str,
// UnicodeDecodeError_str).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', ansi_x3_4_1968: 'ascii', iso646_us: 'ascii', cp367: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', l1: 'latin-1', latin: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', iso_ir_100: 'latin-1', iso_8859_1_1987: 'latin-1',
};

/** The codec of an encoding name, or LookupError. CPython: _Py_normalize_encoding + the encodings search */
export function lookupCodec(interp: Interpreter, encoding: string): Codec {
  const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const c = ALIASES[norm];
  if (c === undefined) {
    if (/^(utf_?(16|32|7)(_?[bl]e)?|u(16|32)|cp\d+|iso8859_\d+|iso_8859_\d+|latin_?[2-9]|mac_\w+|koi8_\w+|big5\w*|gb\w+|euc_\w+|shift_jis\w*|idna|punycode|raw_unicode_escape|unicode_escape|charmap|hex|base64|rot_13)$/.test(norm)) {
      PyErr_SetString(interp, 'SystemError', `Glasspy does not implement the ${encoding} codec yet`);
    }
    PyErr_SetString(interp, 'LookupError', `unknown encoding: ${encoding}`);
  }
  return c;
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(interp: Interpreter, errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) PyErr_SetString(interp, 'LookupError', `unknown error handler name '${errors}'`);
}

function hexEscape(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** The code points of a JS string (lone surrogates as themselves). */
function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** str.encode(encoding, errors). CPython: PyUnicode_AsEncodedString */
export function encodeStr(interp: Interpreter, text: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(interp, encoding);
  const cps = codePointsOf(text);
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const reason = codec === 'ascii' ? 'ordinal not in range(128)' : codec === 'latin-1' ? 'ordinal not in range(256)' : 'surrogates not allowed';
  const bad = (c: number) => (codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (!bad(c)) {
      if (codec === 'utf-8') pushUtf8(out, c);
      else out.push(c);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    checkHandler(interp, errors);
    if (errors === 'strict') {
      const what = end === i + 1 ? `character '${hexEscape(c)}' in position ${i}` : `characters in position ${i}-${end - 1}`;
      PyErr_SetString(interp, 'UnicodeEncodeError', `'${codec}' codec can't encode ${what}: ${reason}`);
    }
    for (let k = i; k < end; k++) {
      const d = cps[k]!;
      switch (errors) {
        case 'ignore': break;
        case 'replace': out.push(0x3f); break;
        case 'backslashreplace': for (const ch of hexEscape(d)) out.push(ch.charCodeAt(0)); break;
        case 'xmlcharrefreplace': for (const ch of `&#${d};`) out.push(ch.charCodeAt(0)); break;
        case 'surrogatepass':
          if (codec === 'utf-8') pushUtf8(out, d);
          else raiseEncode(interp, codec, d, k, reason);
          break;
        case 'surrogateescape':
          if (d >= 0xdc80 && d <= 0xdcff) out.push(d - 0xdc00);
          else raiseEncode(interp, codec, d, k, reason);
          break;
        default:
          return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement the error handler '${errors}' yet`);
      }
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

function raiseEncode(interp: Interpreter, codec: string, c: number, i: number, reason: string): never {
  return PyErr_SetString(interp, 'UnicodeEncodeError', `'${codec}' codec can't encode character '${hexEscape(c)}' in position ${i}: ${reason}`);
}

function pushUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/**
 * The length of the invalid sequence at data[i] and its reason, or the code point and length of a
 * valid one. CPython: the UTF-8 decoder's state machine (Objects/stringlib/codecs.h utf8_decode)
 */
function utf8At(data: Uint8Array, i: number): { cp: number; len: number } | { bad: number; reason: string } {
  const b0 = data[i]!;
  if (b0 < 0x80) return { cp: b0, len: 1 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return { bad: 1, reason: 'invalid start byte' };
  let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return { bad: k, reason: 'unexpected end of data' };
    const b = data[i + k]!;
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (b < min || b > max) return { bad: k, reason: 'invalid continuation byte' };
    cp = (cp << 6) | (b & 0x3f);
  }
  return { cp, len: need + 1 };
}

/** bytes.decode(encoding, errors) as a JS string. CPython: PyUnicode_Decode */
export function decodeBytes(interp: Interpreter, data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(interp, encoding);
  let out = '';
  for (let i = 0; i < data.length;) {
    let badLen: number;
    let reason: string;
    if (codec === 'latin-1') {
      out += String.fromCharCode(data[i]!);
      i++;
      continue;
    }
    if (codec === 'ascii') {
      if (data[i]! < 0x80) {
        out += String.fromCharCode(data[i]!);
        i++;
        continue;
      }
      badLen = 1;
      reason = 'ordinal not in range(128)';
    } else {
      const r = utf8At(data, i);
      if (!('cp' in r) && errors === 'surrogatepass' && data[i] === 0xed && i + 2 < data.length && (data[i + 1]! & 0xe0) === 0xa0 && (data[i + 2]! & 0xc0) === 0x80) {
        // An encoded surrogate (ED A0..BF xx), which surrogatepass lets through.
        out += String.fromCharCode(0xd000 | ((data[i + 1]! & 0x3f) << 6) | (data[i + 2]! & 0x3f));
        i += 3;
        continue;
      }
      if ('cp' in r) {
        out += String.fromCodePoint(r.cp);
        i += r.len;
        continue;
      }
      badLen = r.bad;
      reason = r.reason;
    }
    checkHandler(interp, errors);
    if (errors === 'strict') {
      const what = badLen === 1 ? `byte 0x${data[i]!.toString(16).padStart(2, '0')} in position ${i}` : `bytes in position ${i}-${i + badLen - 1}`;
      PyErr_SetString(interp, 'UnicodeDecodeError', `'${codec}' codec can't decode ${what}: ${reason}`);
    }
    switch (errors) {
      case 'ignore': break;
      case 'replace': out += '\ufffd'; break;
      case 'backslashreplace': for (let k = 0; k < badLen; k++) out += '\\x' + data[i + k]!.toString(16).padStart(2, '0'); break;
      case 'surrogateescape':
        for (let k = 0; k < badLen; k++) {
          const b = data[i + k]!;
          if (b < 0x80) PyErr_SetString(interp, 'UnicodeDecodeError', `'${codec}' codec can't decode byte 0x${b.toString(16).padStart(2, '0')} in position ${i + k}: ${reason}`);
          out += String.fromCharCode(0xdc00 + b);
        }
        break;
      default:
        return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement decoding with the error handler '${errors}' yet`);
    }
    i += badLen;
  }
  return out;
}
