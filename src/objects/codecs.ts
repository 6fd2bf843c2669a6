// The codecs built into str: UTF-8, ASCII and Latin-1, with the error handlers of
// codec_errors.ts, and what str.encode / bytes.decode / str(b, encoding) do: these natively,
// UTF-16/32 too, anything else through the codec registry (the encodings package).
// CPython: Objects/unicodeobject.c (PyUnicode_AsEncodedString, PyUnicode_Decode,
// unicode_encode_ucs1, unicode_decode_utf8, ascii_decode), Objects/stringlib/codecs.h.
import type { Interpreter } from '../runtime/interpreter.ts';
import { callErrorHandler, raiseCodecError, type CodecInput } from './codec_errors.ts';
import { PyErr_SetString } from './exceptions.ts';
import type { PyObject } from './object.ts';
import { PyBytes_FromData } from './bytesobject.ts';
import { codePointsText, PyUnicode_FromCodePoints, unicodeCodePoints } from './unicodeobject.ts';
import { decodeUtf16, decodeUtf32, encodeUtf16, encodeUtf32 } from './codecs_utf.ts';
import { decodeWithRegistry, encodeWithRegistry } from './codecregistry.ts';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** Code points decoded and the number of bytes used. */
export interface Decoded {
  readonly cps: number[];
  readonly consumed: number;
}

/** An encoding name as CPython compares it: lower case, runs of other characters than letters, digits and '.' as one '_'. CPython: _Py_normalize_encoding */
export function normalizeEncoding(encoding: string): string {
  return encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', ansi_x3_4_1968: 'ascii', iso646_us: 'ascii', cp367: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', l1: 'latin-1', latin: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', iso_ir_100: 'latin-1', iso_8859_1_1987: 'latin-1',
};

/** The native codec of an encoding name, for the layers that use only these (text files, file names), or LookupError. */
export function lookupCodec(interp: Interpreter, encoding: string): Codec {
  const c = ALIASES[normalizeEncoding(encoding)];
  if (c === undefined) {
    if (/^(utf_?(16|32|7)(_?[bl]e)?|u(16|32)|cp\d+|iso8859_\d+|iso_8859_\d+|latin_?[2-9]|mac_\w+|koi8_\w+|big5\w*|gb\w+|euc_\w+|shift_jis\w*)$/.test(normalizeEncoding(encoding))) {
      PyErr_SetString(interp, 'SystemError', `Glasspy does not implement the ${encoding} codec for text files yet`);
    }
    PyErr_SetString(interp, 'LookupError', `unknown encoding: ${encoding}`);
  }
  return c;
}

/** The code points of a JS string (lone surrogates as themselves). */
export function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

export function encodeInput(interp: Interpreter, encoding: string, errors: string, cps: ArrayLike<number>, obj: PyObject | null): CodecInput {
  return { interp, kind: 'encode', encoding, errors, items: cps, obj };
}

export function decodeInput(interp: Interpreter, encoding: string, errors: string, data: Uint8Array, obj: PyObject | null): CodecInput {
  return { interp, kind: 'decode', encoding, errors, items: data, obj };
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * surrogateescape's fast path in the UTF-8 and single-byte encoders: the escaped bytes of
 * cps[start, end) up to the first code point it cannot take, whose index it returns (then the
 * error handler proper, which raises, is called from there).
 */
function escapePrefix(cps: ArrayLike<number>, start: number, end: number, out: number[]): number {
  let k = start;
  for (; k < end; k++) {
    const c = cps[k]!;
    if (c < 0xdc80 || c > 0xdcff) break;
    out.push(c - 0xdc00);
  }
  return k;
}

/**
 * The unencodable run cps[i, end) handled: surrogateescape's fast path first, then the error
 * handler, whose str replacement must be below `limit` (else the error is raised). Returns where
 * to go on.
 */
function encodeRun(src: CodecInput, i: number, end: number, reason: string, limit: number, out: number[]): number {
  let start = i;
  if (src.errors === 'surrogateescape') {
    start = escapePrefix(src.items, i, end, out);
    if (start === end) return end;
  }
  const r = callErrorHandler(src, start, end, reason);
  for (const d of r.items) {
    if (!r.bytes && d >= limit) raiseCodecError(src, start, end, reason);
    out.push(d);
  }
  return r.newpos;
}

/** ASCII (limit 128) and Latin-1 (256). CPython: unicode_encode_ucs1 */
export function encodeUcs1(src: CodecInput, limit: number): number[] {
  const cps = src.items;
  const out: number[] = [];
  for (let i = 0; i < cps.length;) {
    const c = cps[i]!;
    if (c < limit) {
      out.push(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && cps[end]! >= limit) end++;
    i = encodeRun(src, i, end, `ordinal not in range(${limit})`, limit, out);
  }
  return out;
}

export function pushUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/** CPython: unicode_encode_utf8 (stringlib utf8_encoder) */
export function encodeUtf8(src: CodecInput): number[] {
  const cps = src.items;
  const out: number[] = [];
  for (let i = 0; i < cps.length;) {
    const c = cps[i]!;
    if (!isSurrogate(c)) {
      pushUtf8(out, c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end]!)) end++;
    i = encodeRun(src, i, end, 'surrogates not allowed', 0x80, out);
  }
  return out;
}

/**
 * The code point and length of the UTF-8 sequence at data[i], or the length of the invalid
 * prefix there and why. CPython: the UTF-8 decoder's state machine (stringlib utf8_decode)
 */
function utf8At(data: ArrayLike<number>, i: number): { cp: number; len: number } | { bad: number; reason: string; atEnd: boolean } {
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
  } else return { bad: 1, reason: 'invalid start byte', atEnd: false };
  let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return { bad: k, reason: 'unexpected end of data', atEnd: true };
    const b = data[i + k]!;
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (b < min || b > max) return { bad: k, reason: 'invalid continuation byte', atEnd: false };
    cp = (cp << 6) | (b & 0x3f);
  }
  return { cp, len: need + 1 };
}

/** CPython: unicode_decode_utf8 (PyUnicode_DecodeUTF8Stateful) */
export function decodeUtf8(src: CodecInput, final: boolean): Decoded {
  const data = src.items;
  const out: number[] = [];
  let i = 0;
  while (i < data.length) {
    const r = utf8At(data, i);
    if ('cp' in r) {
      out.push(r.cp);
      i += r.len;
      continue;
    }
    if (r.atEnd && !final) break;
    const rep = callErrorHandler(src, i, r.atEnd ? data.length : i + r.bad, r.reason);
    out.push(...rep.items);
    i = rep.newpos;
  }
  return { cps: out, consumed: i };
}

/** CPython: ascii_decode / PyUnicode_DecodeASCII */
export function decodeAscii(src: CodecInput): number[] {
  const data = src.items;
  const out: number[] = [];
  for (let i = 0; i < data.length;) {
    const b = data[i]!;
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    const rep = callErrorHandler(src, i, i + 1, 'ordinal not in range(128)');
    out.push(...rep.items);
    i = rep.newpos;
  }
  return out;
}

/** The native codec str.encode / bytes.decode use for a normalized name, or null. CPython: the fast paths of PyUnicode_AsEncodedString / PyUnicode_Decode */
function fastCodec(norm: string): 'utf-8' | 'latin-1' | 'ascii' | 'utf-16' | 'utf-32' | null {
  switch (norm) {
    case 'utf_8': case 'utf8': return 'utf-8';
    case 'latin1': case 'latin_1': case 'iso_8859_1': case 'iso8859_1': return 'latin-1';
    case 'ascii': case 'us_ascii': return 'ascii';
    case 'utf_16': case 'utf16': return 'utf-16';
    case 'utf_32': case 'utf32': return 'utf-32';
  }
  return null;
}

/** The bytes of code points in a native codec. */
function encodeFast(src: CodecInput, codec: string): number[] {
  switch (codec) {
    case 'utf-8': return encodeUtf8(src);
    case 'latin-1': return encodeUcs1(src, 256);
    case 'ascii': return encodeUcs1(src, 128);
    case 'utf-16': return encodeUtf16(src, 0);
    default: return encodeUtf32(src, 0);
  }
}

function decodeFast(src: CodecInput, codec: string): number[] {
  switch (codec) {
    case 'utf-8': return decodeUtf8(src, true).cps;
    case 'latin-1': return Array.from(src.items);
    case 'ascii': return decodeAscii(src);
    case 'utf-16': return decodeUtf16(src, 0, true).cps;
    default: return decodeUtf32(src, 0, true).cps;
  }
}

/** str.encode(encoding, errors) of the str `str`; `errors` null when not given. CPython: PyUnicode_AsEncodedString */
export function PyUnicode_AsEncodedString(interp: Interpreter, str: PyObject, encoding: string, errors: string | null): PyObject {
  const codec = fastCodec(normalizeEncoding(encoding));
  if (codec === null) return encodeWithRegistry(interp, str, encoding, errors);
  return PyBytes_FromData(interp, Uint8Array.from(encodeFast(encodeInput(interp, codec, errors ?? 'strict', unicodeCodePoints(str), str), codec)));
}

/** bytes.decode(encoding, errors) of `data` (the bytes-like object `obj`). CPython: PyUnicode_Decode */
export function PyUnicode_Decode(interp: Interpreter, data: Uint8Array, obj: PyObject | null, encoding: string, errors: string | null): PyObject {
  const codec = fastCodec(normalizeEncoding(encoding));
  if (codec === null) return decodeWithRegistry(interp, data, encoding, errors);
  return PyUnicode_FromCodePoints(interp, decodeFast(decodeInput(interp, codec, errors ?? 'strict', data, obj), codec));
}

/** The UTF-8 bytes of a str (surrogates refused), as C code asking for a str's UTF-8 gets them. CPython: PyUnicode_AsUTF8AndSize */
export function utf8OfStr(interp: Interpreter, str: PyObject): Uint8Array {
  return Uint8Array.from(encodeUtf8(encodeInput(interp, 'utf-8', 'strict', unicodeCodePoints(str), str)));
}

/** A JS string's bytes in a native codec (for text files and file names). */
export function encodeStr(interp: Interpreter, text: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(interp, encoding);
  return Uint8Array.from(encodeFast(encodeInput(interp, codec, errors, codePointsOf(text), null), codec));
}

/** Bytes decoded by a native codec, as a JS string (for text files and file names). */
export function decodeBytes(interp: Interpreter, data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(interp, encoding);
  return codePointsText(decodeFast(decodeInput(interp, codec, errors, data, null), codec));
}
