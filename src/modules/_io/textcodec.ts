// The text layer's codecs: the encoding names TextIOWrapper accepts, encoding a write, and an
// incremental decoder with the universal-newlines layer on top and getstate/setstate as tell()
// and seek() use them. CPython: Lib/encodings/utf_8.py, utf_8_sig.py (their incremental
// decoders), Modules/_io/textio.c (IncrementalNewlineDecoder).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { decodeBytes, encodeStr, lookupCodec } from '../../objects/codecs.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';

export type TextCodec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1';

/** The codec of an encoding name, or LookupError. CPython: _PyCodec_LookupTextEncoding */
export function lookupTextCodec(interp: Interpreter, encoding: string): TextCodec {
  const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  if (norm === 'utf_8_sig' || norm === 'utf8_sig') return 'utf-8-sig';
  if (/^(hex|base64|rot_13|rot13|zlib|bz2|uu|quopri|hex_codec|base64_codec)$/.test(norm)) {
    PyErr_SetString(interp, 'LookupError', `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`);
  }
  return lookupCodec(interp, encoding);
}

const encoder = new TextEncoder();

/** No lone surrogates (String.prototype.isWellFormed, Node 20+). */
export function isWellFormed(s: string): boolean {
  return (s as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/** The bytes of `text` in the codec. CPython: the encoder's encode (with textio's fast paths) */
export function encodeText(interp: Interpreter, text: string, codec: TextCodec, errors: string): Uint8Array {
  if ((codec === 'utf-8' || codec === 'utf-8-sig') && isWellFormed(text)) return encoder.encode(text);
  return encodeStr(interp, text, codec === 'utf-8-sig' ? 'utf-8' : codec, errors);
}

/** The UTF-8 length of a well-formed JS string. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) i++;
    else n += 2;
  }
  return n;
}

export const SEEN_CR = 1;
export const SEEN_LF = 2;
export const SEEN_CRLF = 4;

/** The newlines attribute for the kinds seen. CPython: incrementalnewlinedecoder_newlines_get */
export function newlinesObject(interp: Interpreter, seen: number): PyObject {
  const kinds: string[] = [];
  if (seen & SEEN_CR) kinds.push('\r');
  if (seen & SEEN_LF) kinds.push('\n');
  if (seen & SEEN_CRLF) kinds.push('\r\n');
  if (kinds.length === 0) return interp.singletons.None;
  if (kinds.length === 1) return PyUnicode_FromString(interp, kinds[0]!);
  return tupleFromItemsSteal(interp, kinds.map((k) => PyUnicode_FromString(interp, k)));
}

/**
 * Translates '\r\n' and '\r' to '\n' when `translate`, recording the kinds seen in `seen`.
 * Returns [text, seen]. CPython: the scan of _PyIncrementalNewlineDecoder_decode
 */
export function scanNewlines(text: string, translate: boolean, seen: number): [string, number] {
  if (text.indexOf('\r') < 0) {
    if (text.indexOf('\n') >= 0) seen |= SEEN_LF;
    return [text, seen];
  }
  let out = translate ? '' : text;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) seen |= SEEN_LF;
    else if (c === 13) {
      const crlf = text.charCodeAt(i + 1) === 10;
      seen |= crlf ? SEEN_CRLF : SEEN_CR;
      if (translate) {
        out += text.slice(start, i) + '\n';
        start = crlf ? i + 2 : i + 1;
      }
      if (crlf) i++;
    }
  }
  if (translate) out += text.slice(start);
  return [out, seen];
}

/** How many bytes at the end of `data` start a UTF-8 sequence that more input could complete. */
function incompleteUtf8Tail(data: Uint8Array): number {
  const n = data.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = data[n - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
    if (need <= k) return 0;
    if (k >= 2) {
      const b1 = data[n - k + 1]!;
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (b1 < lo || b1 > hi) return 0;
    }
    return k;
  }
  return 0;
}

const BOM = [0xef, 0xbb, 0xbf];

/** The state of the universal-newlines layer. */
export interface NewlineState {
  pendingcr: boolean;
  seennl: number;
  readonly translate: boolean;
}

/**
 * The newline layer over decoded text: a '\r' held back until the next call shows whether a
 * '\n' follows, the kinds of newline recorded, and '\r\n' and '\r' made '\n' when translating.
 * CPython: _PyIncrementalNewlineDecoder_decode
 */
export function newlineDecode(st: NewlineState, decoded: string, final: boolean): string {
  let out = decoded;
  if (st.pendingcr && (final || out.length > 0)) {
    out = '\r' + out;
    st.pendingcr = false;
  }
  if (!final && out.length > 0 && out.charCodeAt(out.length - 1) === 13) {
    out = out.slice(0, -1);
    st.pendingcr = true;
  }
  if (out.length === 0) return out;
  const [text, seen] = scanNewlines(out, st.translate, st.seennl);
  st.seennl = seen;
  return text;
}

/**
 * The decoder of a text stream: the codec's incremental decoder, then (for universal newlines)
 * the newline layer that holds back a trailing '\r'. State as CPython's getstate gives it:
 * the undecoded bytes and flags (the codec's flag << 1 | pending '\r').
 */
export class TextDecoderState {
  buf: Uint8Array = new Uint8Array(0);
  /** utf-8-sig: whether the BOM is still to be looked for (its decoder's state flag). */
  first = true;
  pendingcr = false;
  seennl = 0;
  constructor(readonly codec: TextCodec, public errors: string, readonly universal: boolean, readonly translate: boolean) {}

  /** The codec's decode(input, final). */
  private decodeCodec(interp: Interpreter, input: Uint8Array, final: boolean): string {
    let data = input;
    if (this.buf.length > 0) {
      data = new Uint8Array(this.buf.length + input.length);
      data.set(this.buf);
      data.set(input, this.buf.length);
    }
    if (this.codec === 'utf-8-sig' && this.first) {
      if (data.length < 3 && !final && BOM.slice(0, data.length).every((b, i) => data[i] === b)) {
        this.buf = data.slice();
        return '';
      }
      this.first = false;
      if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    }
    if (this.codec === 'ascii' || this.codec === 'latin-1') {
      this.buf = new Uint8Array(0);
      return decodeBytes(interp, data, this.codec, this.errors);
    }
    const tail = final ? 0 : incompleteUtf8Tail(data);
    this.buf = tail === 0 ? new Uint8Array(0) : data.slice(data.length - tail);
    const head = tail === 0 ? data : data.subarray(0, data.length - tail);
    return decodeBytes(interp, head, 'utf-8', this.errors);
  }

  /** CPython: _PyIncrementalNewlineDecoder_decode (or the codec alone without universal newlines) */
  decode(interp: Interpreter, input: Uint8Array, final: boolean): string {
    const out = this.decodeCodec(interp, input, final);
    return this.universal ? newlineDecode(this, out, final) : out;
  }

  /** [buffered byte count, flags]. */
  getstate(): [number, number] {
    const codecFlag = this.codec === 'utf-8-sig' && this.first ? 1 : 0;
    return [this.buf.length, this.universal ? (codecFlag << 1) | (this.pendingcr ? 1 : 0) : codecFlag];
  }

  /** setstate((b'', flags)). */
  setstate(flags: number): void {
    this.buf = new Uint8Array(0);
    let f = flags;
    if (this.universal) {
      this.pendingcr = (f & 1) !== 0;
      f >>= 1;
    }
    if (this.codec === 'utf-8-sig') this.first = (f & 1) !== 0;
  }

  /** A full copy of the state, to restore after tell()'s trial decoding. */
  save(): [Uint8Array, boolean, boolean] {
    return [this.buf, this.first, this.pendingcr];
  }

  restore(s: [Uint8Array, boolean, boolean]): void {
    [this.buf, this.first, this.pendingcr] = s;
  }

  reset(): void {
    this.buf = new Uint8Array(0);
    this.first = true;
    this.pendingcr = false;
    this.seennl = 0;
  }
}

const SURROGATE = /[\ud800-\udfff]/;

/** The number of code points of a JS string (a surrogate pair is one). */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code unit index `n` code points after `start` in s (clamped to its length). */
export function cpAdvance(s: string, start: number, n: number): number {
  let i = start;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
    n--;
  }
  return i;
}
