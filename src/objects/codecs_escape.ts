// The escape codecs (unicode_escape, raw_unicode_escape, and bytes' escape_encode /
// escape_decode) and the charmap codec. CPython: Objects/unicodeobject.c
// (_PyUnicode_DecodeUnicodeEscapeInternal, PyUnicode_AsUnicodeEscapeString,
// _PyUnicode_DecodeRawUnicodeEscapeStateful, PyUnicode_AsRawUnicodeEscapeString,
// PyUnicode_DecodeCharmap, _PyUnicode_EncodeCharmap, PyUnicode_BuildEncodingMap),
// Objects/bytesobject.c (_PyBytes_DecodeEscape, PyBytes_Repr's escapes).
import type { Interpreter } from '../runtime/interpreter.ts';
import { lookupName } from '../unicode/names.ts';
import { callErrorHandler, raiseCodecError, type CodecInput } from './codec_errors.ts';
import type { Decoded } from './codecs.ts';
import { encodeUcs1 } from './codecs.ts';
import { PyErr_SetString } from './exceptions.ts';
import { bufferOf } from './bytesobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, type PyObject } from './object.ts';
import { PyObject_GetItem } from './abstract.ts';
import { unicodeCodePoints } from './unicodeobject.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

/** CPython: PyUnicode_AsUnicodeEscapeString */
export function encodeUnicodeEscape(cps: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c >= 0x10000) out.push(...ascii('\\U' + hex(c, 8)));
    else if (c >= 0x100) out.push(...ascii('\\u' + hex(c, 4)));
    else if (c === 0x5c) out.push(0x5c, 0x5c);
    else if (c === 0x09) out.push(0x5c, 0x74);
    else if (c === 0x0a) out.push(0x5c, 0x6e);
    else if (c === 0x0d) out.push(0x5c, 0x72);
    else if (c < 0x20 || c >= 0x7f) out.push(...ascii('\\x' + hex(c, 2)));
    else out.push(c);
  }
  return out;
}

/** CPython: PyUnicode_AsRawUnicodeEscapeString */
export function encodeRawUnicodeEscape(cps: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c >= 0x10000) out.push(...ascii('\\U' + hex(c, 8)));
    else if (c >= 0x100) out.push(...ascii('\\u' + hex(c, 4)));
    else out.push(c);
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

const SIMPLE_ESCAPES: Record<number, number> = {
  0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 0x08, 0x66: 0x0c, 0x74: 0x09, 0x6e: 0x0a, 0x72: 0x0d, 0x76: 0x0b, 0x61: 0x07,
};

/**
 * unicode_escape (raw false) and raw_unicode_escape (raw true) decoding. An escape cut off at
 * the end of a chunk that is not final is left for the next. CPython:
 * _PyUnicode_DecodeUnicodeEscapeInternal / _PyUnicode_DecodeRawUnicodeEscapeStateful
 */
export function decodeEscapes(src0: CodecInput, raw: boolean, final: boolean): Decoded & { firstInvalid: number } {
  const src = { ...src0, encoding: raw ? 'rawunicodeescape' : 'unicodeescape' };
  const data = src.items;
  const end = data.length;
  const out: number[] = [];
  let firstInvalid = -1;
  let s = 0;
  while (s < end) {
    const c0 = data[s++]!;
    if (c0 !== 0x5c) {
      out.push(c0);
      continue;
    }
    const startinpos = s - 1;
    let message: string;
    let incomplete = false;
    escape: {
      if (s >= end) {
        if (raw && final) {
          out.push(0x5c);
          continue;
        }
        message = '\\ at end of string';
        incomplete = true;
        break escape;
      }
      const c = data[s++]!;
      let count = 0;
      if (raw) {
        if (c !== 0x75 && c !== 0x55) {
          out.push(0x5c, c);
          continue;
        }
      } else if (c === 0x0a) continue;
      else if (SIMPLE_ESCAPES[c] !== undefined) {
        out.push(SIMPLE_ESCAPES[c]!);
        continue;
      } else if (c >= 0x30 && c <= 0x37) {
        let ch = c - 0x30;
        if (s < end && data[s]! >= 0x30 && data[s]! <= 0x37) {
          ch = (ch << 3) + data[s++]! - 0x30;
          if (s < end && data[s]! >= 0x30 && data[s]! <= 0x37) ch = (ch << 3) + data[s++]! - 0x30;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
        out.push(ch);
        continue;
      } else if (c === 0x4e) {
        message = 'malformed \\N character escape';
        if (s >= end) {
          incomplete = true;
          break escape;
        }
        if (data[s] === 0x7b) {
          const nameStart = ++s;
          while (s < end && data[s] !== 0x7d) s++;
          if (s >= end) {
            incomplete = true;
            break escape;
          }
          if (s > nameStart) {
            const name = String.fromCharCode(...Array.prototype.slice.call(data, nameStart, s) as number[]);
            s++;
            const cp = lookupName(name);
            if (cp !== undefined) {
              out.push(cp);
              continue;
            }
            message = 'unknown Unicode character name';
          }
        }
        break escape;
      } else if (c !== 0x78 && c !== 0x75 && c !== 0x55) {
        if (firstInvalid < 0) firstInvalid = s - 1;
        out.push(0x5c, c);
        continue;
      }
      count = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      message = c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let ch = 0;
      for (; count > 0; s++, count--) {
        if (s >= end) {
          incomplete = true;
          break escape;
        }
        const d = hexDigit(data[s]!);
        if (d < 0) break escape;
        ch = ch * 16 + d;
      }
      if (ch > 0x10ffff) {
        message = raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character';
        break escape;
      }
      out.push(ch);
      continue;
    }
    if (incomplete && !final) return { cps: out, consumed: startinpos, firstInvalid };
    const r = callErrorHandler(src, startinpos, s, message);
    out.push(...r.items);
    s = r.newpos;
  }
  return { cps: out, consumed: s, firstInvalid };
}

/** The DeprecationWarning for the first escape a decoder kept as it was. CPython: the warnings of PyBytes_DecodeEscape / _PyUnicode_DecodeUnicodeEscapeStateful */
export function warnInvalidEscape(interp: Interpreter, data: ArrayLike<number>, at: number): void {
  if (at < 0) return;
  const c = data[at]!;
  const msg = c >= 0x34 && c <= 0x37 ? `invalid octal escape sequence '\\${String.fromCharCode(...(Array.prototype.slice.call(data, at, at + 3) as number[]))}'`
    : `invalid escape sequence '\\${String.fromCharCode(c)}'`;
  PyErr_WarnEx(interp, 'DeprecationWarning', msg, 1);
}

/** bytes' escapes as repr() writes them, without quotes. CPython: escape_encode (PyBytes_Repr with smartquotes off) */
export function escapeEncodeBytes(data: Uint8Array): number[] {
  const out: number[] = [];
  for (const c of data) {
    if (c === 0x27 || c === 0x5c) out.push(0x5c, c);
    else if (c === 0x09) out.push(0x5c, 0x74);
    else if (c === 0x0a) out.push(0x5c, 0x6e);
    else if (c === 0x0d) out.push(0x5c, 0x72);
    else if (c < 0x20 || c >= 0x7f) out.push(...ascii('\\x' + hex(c, 2)));
    else out.push(c);
  }
  return out;
}

/** CPython: _PyBytes_DecodeEscape (errors: strict, replace or ignore); the index of the first escape kept as it was, or -1. */
export function escapeDecodeBytes(interp: Interpreter, data: Uint8Array, errors: string | null): [number[], number] {
  const out: number[] = [];
  let firstInvalid = -1;
  const end = data.length;
  let s = 0;
  while (s < end) {
    const c0 = data[s++]!;
    if (c0 !== 0x5c) {
      out.push(c0);
      continue;
    }
    if (s === end) PyErr_SetString(interp, 'ValueError', 'Trailing \\ in string');
    const c = data[s++]!;
    if (c === 0x0a) continue;
    if (SIMPLE_ESCAPES[c] !== undefined) {
      out.push(SIMPLE_ESCAPES[c]!);
      continue;
    }
    if (c >= 0x30 && c <= 0x37) {
      let ch = c - 0x30;
      if (s < end && data[s]! >= 0x30 && data[s]! <= 0x37) {
        ch = (ch << 3) + data[s++]! - 0x30;
        if (s < end && data[s]! >= 0x30 && data[s]! <= 0x37) ch = (ch << 3) + data[s++]! - 0x30;
      }
      if (ch > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
      out.push(ch & 0xff);
      continue;
    }
    if (c !== 0x78) {
      if (firstInvalid < 0) firstInvalid = s - 1;
      out.push(0x5c);
      s--;
      continue;
    }
    if (s + 1 < end && hexDigit(data[s]!) >= 0 && hexDigit(data[s + 1]!) >= 0) {
      out.push(hexDigit(data[s]!) * 16 + hexDigit(data[s + 1]!));
      s += 2;
      continue;
    }
    if (errors === null || errors === 'strict') PyErr_SetString(interp, 'ValueError', `invalid \\x escape at position ${s - 2}`);
    if (errors === 'replace') out.push(0x3f);
    else if (errors !== 'ignore') PyErr_SetString(interp, 'ValueError', `decoding error; unknown error handling code: ${errors}`);
    if (s < end && hexDigit(data[s]!) >= 0) s++;
  }
  return [out, firstInvalid];
}

// The charmap codec.

/** CPython: EncodingMap (PyUnicode_BuildEncodingMap's three-level table, here a Map). */
export type EncodingMap = Map<number, number>;

/** mapping[key] (a new reference), or null when the mapping has no such key (LookupError). */
function mappingItem(interp: Interpreter, mapping: PyObject, key: number): PyObject | null {
  const k = PyLong_FromNumber(interp, key);
  try {
    return PyObject_GetItem(interp, mapping, k);
  } catch (e) {
    if ((e as PyObject).ob_type?.isSubtypeOf(interp.types.exceptions.get('LookupError')!) === true) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(k);
  }
}

/** The decoding of `mapping[b]`: code points, or null for an undefined byte. CPython: charmap_decode_mapping's lookups */
function mapByte(interp: Interpreter, mapping: PyObject, b: number): number[] | null {
  const v = mappingItem(interp, mapping, b);
  if (v === null) return null;
  try {
    if (v === interp.singletons.None) return null;
    if (PyLong_Check(v)) {
      const n = longValue(v);
      if (n < 0 || n > 0x10ffff) PyErr_SetString(interp, 'TypeError', 'character mapping must be in range(0x110000)');
      return n === 0xfffe ? null : [Number(n)];
    }
    if (v.ob_type.isSubtypeOf(interp.types.str)) {
      const cps = Array.from(unicodeCodePoints(v));
      return cps.length === 1 && cps[0] === 0xfffe ? null : cps;
    }
    return PyErr_SetString(interp, 'TypeError', 'character mapping must return integer, None or str');
  } finally {
    Py_DECREF(v);
  }
}

/** CPython: PyUnicode_DecodeCharmap (mapping null: Latin-1) */
export function decodeCharmap(src0: CodecInput, mapping: PyObject | null): number[] {
  const interp = src0.interp;
  const src = { ...src0, encoding: 'charmap' };
  const data = src.items;
  if (mapping === null) return Array.from(data);
  const table = mapping.ob_type.isSubtypeOf(interp.types.str) ? unicodeCodePoints(mapping) : null;
  const out: number[] = [];
  for (let i = 0; i < data.length;) {
    const b = data[i]!;
    const m = table !== null ? (b < table.length && table[b] !== 0xfffe ? [table[b]!] : null) : mapByte(interp, mapping, b);
    if (m !== null) {
      out.push(...m);
      i++;
      continue;
    }
    const r = callErrorHandler(src, i, i + 1, 'character maps to <undefined>');
    out.push(...r.items);
    i = r.newpos;
  }
  return out;
}

/** The byte a mapping gives a code point, or null for undefined. CPython: charmapencode_lookup */
function encodeLookup(interp: Interpreter, mapping: PyObject, c: number): number[] | null {
  if (mapping.body instanceof Map && mapping.ob_type.tp_name === 'EncodingMap') {
    const b = (mapping.body as EncodingMap).get(c);
    return b === undefined ? null : [b];
  }
  const v = mappingItem(interp, mapping, c);
  if (v === null) return null;
  try {
    if (v === interp.singletons.None) return null;
    if (PyLong_Check(v)) {
      const n = longValue(v);
      if (n < 0 || n > 255) PyErr_SetString(interp, 'TypeError', 'character mapping must be in range(256)');
      return [Number(n)];
    }
    const b = v.ob_type.isSubtypeOf(interp.types.bytes) ? bufferOf(v) : null;
    if (b !== null) return Array.from(b);
    return PyErr_SetString(interp, 'TypeError', `character mapping must return integer, bytes or None, not ${v.ob_type.tp_name}`);
  } finally {
    Py_DECREF(v);
  }
}

/** CPython: _PyUnicode_EncodeCharmap (mapping null: Latin-1) */
export function encodeCharmap(src0: CodecInput, mapping: PyObject | null): number[] {
  if (mapping === null) return encodeUcs1({ ...src0, encoding: 'latin-1' }, 256);
  const interp = src0.interp;
  const src = { ...src0, encoding: 'charmap' };
  const cps = src.items;
  const out: number[] = [];
  for (let i = 0; i < cps.length;) {
    const m = encodeLookup(interp, mapping, cps[i]!);
    if (m !== null) {
      out.push(...m);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && encodeLookup(interp, mapping, cps[end]!) === null) end++;
    const r = callErrorHandler(src, i, end, 'character maps to <undefined>');
    if (r.bytes) out.push(...r.items);
    else {
      for (const d of r.items) {
        const e = encodeLookup(interp, mapping, d);
        if (e === null) raiseCodecError(src, i, end, 'character maps to <undefined>');
        out.push(...e);
      }
    }
    i = r.newpos;
  }
  return out;
}

/** An EncodingMap for a 256-character table starting with NUL, else null (a dict is used). CPython: PyUnicode_BuildEncodingMap */
export function buildEncodingMap(table: ArrayLike<number>): EncodingMap | null {
  if (table.length !== 256 || table[0] !== 0) return null;
  for (let i = 0; i < 256; i++) if (table[i]! > 0xffff) return null;
  const m: EncodingMap = new Map();
  for (let i = 0; i < 256; i++) if (table[i] !== 0xfffe) m.set(table[i]!, i);
  return m;
}

/** The bytes of the table CPython would build for the map: a header and its level-2 and level-3 blocks. CPython: encoding_map_size */
export function encodingMapSize(m: EncodingMap): number {
  const l2 = new Set<number>();
  const l3 = new Set<number>();
  for (const c of m.keys()) {
    l2.add(c >> 11);
    l3.add(c >> 7);
  }
  return 56 + 16 * l2.size + 128 * l3.size;
}
