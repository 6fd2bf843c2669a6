// UTF-16, UTF-32 and UTF-7, with byte order marks and the streaming decoders' `final`.
// CPython: Objects/unicodeobject.c (PyUnicode_EncodeUTF16, PyUnicode_DecodeUTF16Stateful,
// PyUnicode_EncodeUTF32, PyUnicode_DecodeUTF32Stateful, _PyUnicode_EncodeUTF7,
// PyUnicode_DecodeUTF7Stateful).
import { callErrorHandler, raiseCodecError, type CodecInput } from './codec_errors.ts';
import type { Decoded } from './codecs.ts';

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** The codec name of a byte order: -1 little endian, 1 big endian, 0 native with a BOM. */
function orderName(base: string, byteorder: number): string {
  return byteorder === 0 ? base : byteorder < 0 ? `${base}-le` : `${base}-be`;
}

function pushUnit(out: number[], v: number, size: 2 | 4, be: boolean): void {
  if (size === 2) {
    if (be) out.push(v >> 8, v & 0xff);
    else out.push(v & 0xff, v >> 8);
  } else if (be) out.push(v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  else out.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24);
}

/** UTF-16 (size 2) and UTF-32 (size 4). CPython: PyUnicode_EncodeUTF16 / PyUnicode_EncodeUTF32 */
function encodeUnits(src: CodecInput, byteorder: number, size: 2 | 4): number[] {
  const be = byteorder > 0;
  const out: number[] = [];
  if (byteorder === 0) pushUnit(out, 0xfeff, size, false);
  const cps = src.items;
  for (let i = 0; i < cps.length;) {
    const c = cps[i]!;
    if (!isSurrogate(c)) {
      if (size === 2 && c >= 0x10000) {
        pushUnit(out, 0xd800 | ((c - 0x10000) >> 10), 2, be);
        pushUnit(out, 0xdc00 | ((c - 0x10000) & 0x3ff), 2, be);
      } else pushUnit(out, c, size, be);
      i++;
      continue;
    }
    const r = callErrorHandler(src, i, i + 1, 'surrogates not allowed');
    if (r.bytes) {
      if (r.items.length % size !== 0) raiseCodecError(src, i, i + 1, 'surrogates not allowed');
      out.push(...r.items);
    } else {
      for (const d of r.items) {
        if (d >= 0x80) raiseCodecError(src, i, i + 1, 'surrogates not allowed');
        pushUnit(out, d, size, be);
      }
    }
    i = r.newpos;
  }
  return out;
}

export function encodeUtf16(src: CodecInput, byteorder: number): number[] {
  return encodeUnits({ ...src, encoding: orderName('utf-16', byteorder) }, byteorder, 2);
}

export function encodeUtf32(src: CodecInput, byteorder: number): number[] {
  return encodeUnits({ ...src, encoding: orderName('utf-32', byteorder) }, byteorder, 4);
}

/** Code points decoded, bytes used and the byte order found (for utf_16_ex_decode). */
export interface DecodedOrder extends Decoded {
  readonly byteorder: number;
}

/** The byte order after a BOM at the start (when none was given), and the BOM's length. */
function readBom(data: ArrayLike<number>, byteorder: number, size: 2 | 4): [number, number] {
  if (byteorder !== 0 || data.length < size) return [byteorder, 0];
  const le = size === 2 ? data[0] === 0xff && data[1] === 0xfe : data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0;
  const be = size === 2 ? data[0] === 0xfe && data[1] === 0xff : data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff;
  return le ? [-1, size] : be ? [1, size] : [0, 0];
}

/** CPython: PyUnicode_DecodeUTF16Stateful */
export function decodeUtf16(src0: CodecInput, byteorder: number, final: boolean): DecodedOrder {
  const data = src0.items;
  const [bo, skip] = readBom(data, byteorder, 2);
  const be = bo > 0;
  const src = { ...src0, encoding: be ? 'utf-16-be' : 'utf-16-le' };
  const unit = (k: number) => (be ? (data[k]! << 8) | data[k + 1]! : data[k]! | (data[k + 1]! << 8));
  const out: number[] = [];
  let q = skip;
  while (q < data.length) {
    let start: number;
    let end: number;
    let reason: string;
    if (data.length - q < 2) {
      if (!final) break;
      [start, end, reason] = [q, data.length, 'truncated data'];
    } else {
      const u = unit(q);
      if (!isSurrogate(u)) {
        out.push(u);
        q += 2;
        continue;
      }
      if (u >= 0xdc00) [start, end, reason] = [q, q + 2, 'illegal encoding'];
      else if (data.length - q < 4) {
        if (!final) break;
        [start, end, reason] = [q, data.length, 'unexpected end of data'];
      } else {
        const u2 = unit(q + 2);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
          out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
          q += 4;
          continue;
        }
        [start, end, reason] = [q, q + 2, 'illegal UTF-16 surrogate'];
      }
    }
    const r = callErrorHandler(src, start, end, reason);
    out.push(...r.items);
    q = r.newpos;
  }
  return { cps: out, consumed: q, byteorder: bo };
}

/** CPython: PyUnicode_DecodeUTF32Stateful */
export function decodeUtf32(src0: CodecInput, byteorder: number, final: boolean): DecodedOrder {
  const data = src0.items;
  const [bo, skip] = readBom(data, byteorder, 4);
  const be = bo > 0;
  const src = { ...src0, encoding: be ? 'utf-32-be' : 'utf-32-le' };
  const out: number[] = [];
  let q = skip;
  while (q < data.length) {
    let start = q;
    let end = q + 4;
    let reason: string;
    if (data.length - q < 4) {
      if (!final) break;
      end = data.length;
      reason = 'truncated data';
    } else {
      const c = be ? ((data[q]! << 24) | (data[q + 1]! << 16) | (data[q + 2]! << 8) | data[q + 3]!) >>> 0
        : ((data[q + 3]! << 24) | (data[q + 2]! << 16) | (data[q + 1]! << 8) | data[q]!) >>> 0;
      if (c < 0x110000 && !isSurrogate(c)) {
        out.push(c);
        q += 4;
        continue;
      }
      start = q;
      reason = c >= 0x110000 ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
    }
    const r = callErrorHandler(src, start, end, reason);
    out.push(...r.items);
    q = r.newpos;
  }
  return { cps: out, consumed: q, byteorder: bo };
}

// UTF-7. Categories of the ASCII characters: 0 set D, 1 set O, 2 white space, 3 special.
const UTF7_CATEGORY = [
  3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function isBase64(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function fromBase64(c: number): number {
  return B64.indexOf(String.fromCharCode(c));
}

function encodeDirect(c: number): boolean {
  return c > 0 && c < 128 && UTF7_CATEGORY[c] !== 3;
}

/** CPython: _PyUnicode_EncodeUTF7 (set O and white space directly) */
export function encodeUtf7(cps: ArrayLike<number>): number[] {
  const out: number[] = [];
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  const emit = () => {
    while (bits >= 6) {
      out.push(B64.charCodeAt((buffer >> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buffer &= (1 << bits) - 1;
  };
  for (let i = 0; i < cps.length; i++) {
    let c = cps[i]!;
    if (inShift && encodeDirect(c)) {
      if (bits > 0) out.push(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
      buffer = 0;
      bits = 0;
      inShift = false;
      if (isBase64(c) || c === 0x2d) out.push(0x2d);
      out.push(c);
      continue;
    }
    if (!inShift) {
      if (c === 0x2b) {
        out.push(0x2b, 0x2d);
        continue;
      }
      if (encodeDirect(c)) {
        out.push(c);
        continue;
      }
      out.push(0x2b);
      inShift = true;
    }
    if (c >= 0x10000) {
      bits += 16;
      buffer = (buffer << 16) | (0xd800 | ((c - 0x10000) >> 10));
      emit();
      c = 0xdc00 | ((c - 0x10000) & 0x3ff);
    }
    bits += 16;
    buffer = (buffer << 16) | c;
    emit();
  }
  if (bits > 0) out.push(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return out;
}

/** CPython: PyUnicode_DecodeUTF7Stateful */
export function decodeUtf7(src0: CodecInput, final: boolean): Decoded {
  const src = { ...src0, encoding: 'utf7' };
  const data = src.items;
  const out: number[] = [];
  let inShift = false;
  let shiftOutStart = 0;
  let startinpos = 0;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  let s = 0;
  const fail = (reason: string) => {
    const r = callErrorHandler(src, startinpos, s, reason);
    out.push(...r.items);
    s = r.newpos;
  };
  for (;;) {
    while (s < data.length) {
      const ch = data[s]!;
      if (inShift) {
        if (isBase64(ch)) {
          buffer = (buffer * 64 + fromBase64(ch)) % 2 ** 32;
          bits += 6;
          s++;
          if (bits >= 16) {
            const outCh = Math.floor(buffer / 2 ** (bits - 16)) & 0xffff;
            bits -= 16;
            buffer &= (1 << bits) - 1;
            if (surrogate !== 0) {
              if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                out.push(0x10000 + ((surrogate - 0xd800) << 10) + (outCh - 0xdc00));
                surrogate = 0;
                continue;
              }
              out.push(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xd800 && outCh <= 0xdbff) surrogate = outCh;
            else out.push(outCh);
          }
        } else {
          inShift = false;
          if (bits > 0 && (bits >= 6 || buffer !== 0)) {
            s++;
            fail(bits >= 6 ? 'partial character in shift sequence' : 'non-zero padding bits in shift sequence');
            continue;
          }
          if (surrogate !== 0 && ch <= 127 && ch !== 0x2b) out.push(surrogate);
          surrogate = 0;
          if (ch === 0x2d) s++;
        }
      } else if (ch === 0x2b) {
        startinpos = s;
        s++;
        if (s < data.length && data[s] === 0x2d) {
          s++;
          out.push(0x2b);
        } else if (s < data.length && !isBase64(data[s]!)) {
          s++;
          fail('ill-formed sequence');
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length;
          bits = 0;
          buffer = 0;
        }
      } else if (ch <= 127) {
        s++;
        out.push(ch);
      } else {
        startinpos = s;
        s++;
        fail('unexpected special character');
      }
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate !== 0 || bits >= 6 || (bits > 0 && buffer !== 0)) {
        const r = callErrorHandler(src, startinpos, data.length, 'unterminated shift sequence');
        out.push(...r.items);
        s = r.newpos;
        if (s < data.length) continue;
      }
    }
    break;
  }
  if (!final && inShift) {
    // The shift sequence may go on in the next chunk: back off to its '+'.
    return { cps: out.slice(0, shiftOutStart), consumed: startinpos };
  }
  return { cps: out, consumed: s };
}
