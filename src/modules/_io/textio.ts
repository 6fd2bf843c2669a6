// _io.TextIOWrapper: str over a buffered binary stream — encoding with pending bytes flushed by
// size, line buffering or write_through; decoding in chunks with universal newlines; tell() and
// seek() cookies that rebuild the decoder's state. CPython: Modules/_io/textio.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_GetAttr, PyObject_LookupAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_GetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString, type PyBaseExceptionObject } from '../../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber, longValue } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue, reprText } from '../../objects/objectops.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { PyBytes_FromData, bufferOf } from '../../objects/bytesobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { toPyException } from '../../vm/ceval.ts';
import { callMethodObj, callMethodVoid, callTrue, closedFileError, concatBytes, deallocWarn, finalizeFromDealloc, ioAlloc, ioFree, ioState, optionalSize,
  parseArgs, posArgs, ssizeArg, unsupported } from './iobase.ts';
import { bufferedWriteDirect } from './bufferedio.ts';
import { fileioIsClosed } from './fileio.ts';
import { cpAdvance, cpLength, encodeText, isWellFormed, lookupTextCodec, newlinesObject, TextDecoderState, utf8Length, type TextCodec } from './textcodec.ts';

export interface TextBody {
  ok: boolean;
  detached: boolean;
  buffer: PyObject | null;
  /** The buffer's raw FileIO when buffer and raw are the builtin types (fast closed checks). */
  raw: PyObject | null;
  encoding: PyObject | null;
  codec: TextCodec;
  errors: PyObject | null;
  errorsText: string;
  readuniversal: boolean;
  readtranslate: boolean;
  readnl: string | null;
  writetranslate: boolean;
  /** What '\n' becomes on write, or null for no translation. */
  writenl: string | null;
  lineBuffering: boolean;
  writeThrough: boolean;
  chunkSize: number;
  /** Encoded writes not yet passed to the buffer, then well-formed text still to encode as UTF-8; their byte count. */
  pending: Uint8Array[];
  pendingText: string;
  pendingCount: number;
  /** Whether the buffer is writable (CPython: an encoder exists). */
  hasEncoder: boolean;
  encodingStartOfStream: boolean;
  decoder: TextDecoderState | null;
  decoded: string;
  decodedUsed: number;
  snapshot: { flags: number; input: Uint8Array } | null;
  b2cratio: number;
  seekable: boolean;
  telling: boolean;
  hasRead1: boolean;
  finalizing: boolean;
  /** The buffer is an exact BufferedWriter or BufferedRandom (writes skip the method call). */
  fastWrite: boolean;
}

export function textiowrapper_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, {
    ok: false, detached: false, buffer: null, raw: null, encoding: null, codec: 'utf-8', errors: null, errorsText: 'strict', readuniversal: false,
    readtranslate: false, readnl: null, writetranslate: false, writenl: null, lineBuffering: false, writeThrough: false, chunkSize: 8192,
    pending: [], pendingText: '', pendingCount: 0, hasEncoder: false, encodingStartOfStream: false, decoder: null, decoded: '', decodedUsed: 0, snapshot: null,
    b2cratio: 0, seekable: false, telling: false, hasRead1: false, finalizing: false, fastWrite: false,
  } satisfies TextBody);
}

function body(o: PyObject): TextBody {
  return o.body as TextBody;
}

const NAMES = ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'];

function optStr(interp: Interpreter, o: PyObject | undefined, what: string): string | null {
  if (o === undefined || o === interp.singletons.None) return null;
  if (!o.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `TextIOWrapper() argument '${what}' must be str or None, not ${o.ob_type.tp_name}`);
  }
  return unicodeText(o);
}

/** The encoding of a text stream opened without one: the locale's (UTF-8 under C.UTF-8). CPython: _Py_GetLocaleEncodingObject */
export const LOCALE_ENCODING = 'UTF-8';

function setNewline(interp: Interpreter, b: TextBody, newline: string | null): void {
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    PyErr_SetString(interp, 'ValueError', `illegal newline value: ${newline}`);
  }
  b.readuniversal = newline === null || newline === '';
  b.readtranslate = newline === null;
  b.readnl = newline;
  b.writetranslate = newline !== '';
  b.writenl = !b.readuniversal && newline !== null && newline !== '\n' ? newline : null;
}

// CPython: _io_TextIOWrapper___init___impl
export function textiowrapper_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [buffer, encObj, errObj, nlObj, lbObj, wtObj] = parseArgs(interp, 'TextIOWrapper', NAMES, 1, 6, args, kwnames);
  const b = body(self);
  b.ok = false;
  b.detached = false;
  let encoding = optStr(interp, encObj, 'encoding');
  const errors = optStr(interp, errObj, 'errors') ?? 'strict';
  const newline = optStr(interp, nlObj, 'newline');
  setNewline(interp, b, newline);
  const lineBuffering = lbObj !== undefined && PyObject_IsTrue(interp, lbObj);
  const writeThrough = wtObj !== undefined && PyObject_IsTrue(interp, wtObj);
  if (encoding === null || encoding === 'locale') encoding = LOCALE_ENCODING;
  b.codec = lookupTextCodec(interp, encoding);
  b.chunkSize = 8192;
  const io = ioState(interp);
  const readable = callTrue(interp, buffer!, 'readable');
  const writable = callTrue(interp, buffer!, 'writable');
  b.decoder = readable ? new TextDecoderState(b.codec, errors, b.readuniversal, b.readtranslate) : null;
  b.hasEncoder = writable;
  for (const o of [b.buffer, b.encoding, b.errors]) Py_XDECREF(o);
  b.buffer = Py_NewRef(buffer!);
  b.encoding = PyUnicode_FromString(interp, encoding);
  b.errors = PyUnicode_FromString(interp, errors);
  b.errorsText = errors;
  b.lineBuffering = lineBuffering;
  b.writeThrough = writeThrough;
  b.pending = [];
  b.pendingText = '';
  b.pendingCount = 0;
  b.decoded = '';
  b.decodedUsed = 0;
  b.snapshot = null;
  const bt = buffer!.ob_type;
  // The FileIO under a builtin buffer, owned, for the closed checks. CPython: self->raw
  const oldRaw = b.raw;
  b.raw = null;
  Py_XDECREF(oldRaw);
  if (bt === io.BufferedReader || bt === io.BufferedWriter || bt === io.BufferedRandom) {
    const raw = (buffer!.body as { raw: PyObject | null }).raw;
    if (raw !== null && raw.ob_type === io.FileIO) b.raw = Py_NewRef(raw);
  }
  b.fastWrite = bt === io.BufferedWriter || bt === io.BufferedRandom;
  b.seekable = b.telling = callTrue(interp, buffer!, 'seekable');
  const read1 = PyObject_LookupAttr(interp, buffer!, internedStr(interp, 'read1'));
  b.hasRead1 = read1 !== null;
  Py_XDECREF(read1);
  b.encodingStartOfStream = false;
  if (b.seekable && writable) {
    b.encodingStartOfStream = true;
    const pos = callMethodObj(interp, buffer!, 'tell', []);
    const atStart = PyLong_Check(pos) && Number(longValue(pos)) === 0;
    Py_DECREF(pos);
    if (!atStart) b.encodingStartOfStream = false;
  }
  b.ok = true;
}

/** CPython: CHECK_ATTACHED */
function attached(interp: Interpreter, o: PyObject): TextBody {
  const b = body(o);
  if (!b.ok) {
    if (b.detached) PyErr_SetString(interp, 'ValueError', 'underlying buffer has been detached');
    PyErr_SetString(interp, 'ValueError', 'I/O operation on uninitialized object');
  }
  return b;
}

/** CPython: CHECK_CLOSED */
function checkClosed(interp: Interpreter, o: PyObject): void {
  const b = body(o);
  const closed = o.ob_type.tp_dealloc === textiowrapper_dealloc && b.raw !== null ? fileioIsClosed(b.raw) : textClosed(interp, o);
  if (closed) closedFileError(interp);
}

function textClosed(interp: Interpreter, o: PyObject): boolean {
  const v = PyObject_GetAttr(interp, o, internedStr(interp, 'closed'));
  try {
    return PyObject_IsTrue(interp, v);
  } finally {
    Py_DECREF(v);
  }
}

/** Passes the pending bytes to the buffer. CPython: _textiowrapper_writeflush */
function writeflush(interp: Interpreter, o: PyObject): void {
  const b = body(o);
  if (b.pendingCount === 0 && b.pending.length === 0) return;
  if (b.pendingText.length > 0) b.pending.push(encodeText(interp, b.pendingText, 'utf-8', 'strict'));
  const parts = b.pending;
  b.pending = [];
  b.pendingText = '';
  b.pendingCount = 0;
  const data = parts.length === 1 ? parts[0]! : concatBytes(parts);
  const buf = b.buffer!;
  if (b.fastWrite && (buf.ob_dict === null || PyDict_GetItem(interp, buf.ob_dict, internedStr(interp, 'write')) === null)) {
    bufferedWriteDirect(interp, buf, data);
    return;
  }
  const bytes = PyBytes_FromData(interp, data);
  try {
    callMethodVoid(interp, b.buffer!, 'write', [bytes]);
  } finally {
    Py_DECREF(bytes);
  }
}

/** write(text): the number of characters. CPython: _io_TextIOWrapper_write_impl */
export function textWrite(interp: Interpreter, o: PyObject, text: string): void {
  const b = attached(interp, o);
  checkClosed(interp, o);
  if (!b.hasEncoder) unsupported(interp, 'not writable');
  let haslf = false;
  if ((b.writetranslate && b.writenl !== null) || b.lineBuffering) haslf = text.indexOf('\n') >= 0;
  if (haslf && b.writetranslate && b.writenl !== null) text = text.replaceAll('\n', b.writenl);
  const needflush = b.lineBuffering && (haslf || text.indexOf('\r') >= 0);
  if (b.decoder !== null && (b.decoded.length > 0 || b.snapshot !== null)) {
    b.decoded = '';
    b.decodedUsed = 0;
    b.snapshot = null;
  }
  let bytes: Uint8Array | null = null;
  let len: number;
  if (b.codec === 'utf-8' && isWellFormed(text)) {
    len = utf8Length(text);
  } else {
    let t = text;
    if (b.codec === 'utf-8-sig' && b.encodingStartOfStream) t = '\ufeff' + t;
    bytes = encodeText(interp, t, b.codec, b.errorsText);
    len = bytes.length;
  }
  b.encodingStartOfStream = false;
  if (b.pendingCount + len > b.chunkSize) writeflush(interp, o);
  if (bytes === null) {
    b.pendingText += text;
  } else {
    if (b.pendingText.length > 0) {
      b.pending.push(encodeText(interp, b.pendingText, 'utf-8', 'strict'));
      b.pendingText = '';
    }
    b.pending.push(bytes);
  }
  b.pendingCount += len;
  if (b.pendingCount >= b.chunkSize || needflush || b.writeThrough) writeflush(interp, o);
  if (needflush) callMethodVoid(interp, b.buffer!, 'flush');
  if (b.decoder !== null) {
    b.snapshot = null;
    b.decoder.reset();
  }
}

// --- reading ------------------------------------------------------------------------------------

function decodedRest(b: TextBody): string {
  return b.decodedUsed === 0 ? b.decoded : b.decoded.slice(b.decodedUsed);
}

/**
 * Takes up to n of the decoded characters (all with n < 0). `decodedUsed` counts UTF-16 code
 * units of `decoded`; n counts code points. CPython: textiowrapper_get_decoded_chars
 */
function takeDecoded(b: TextBody, n: number): string {
  const end = n < 0 ? b.decoded.length : cpAdvance(b.decoded, b.decodedUsed, n);
  const s = b.decoded.slice(b.decodedUsed, end);
  b.decodedUsed = end;
  return s;
}

function readBytesFrom(interp: Interpreter, buffer: PyObject, method: string, n: number | null): Uint8Array {
  const args = n === null ? [] : [PyLong_FromNumber(interp, n)];
  let r: PyObject;
  try {
    r = callMethodObj(interp, buffer, method, args);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
  try {
    const data = r === interp.singletons.None ? null : bufferOf(r);
    if (data === null) {
      PyErr_SetString(interp, 'TypeError', `underlying ${method}() should have returned a bytes${method === 'read1' ? '-like' : ''} object, not '${r.ob_type.tp_name}'`);
    }
    return data;
  } finally {
    Py_DECREF(r);
  }
}

/** Reads and decodes one chunk; false at end of file. CPython: textiowrapper_read_chunk */
function readChunk(interp: Interpreter, o: PyObject, sizeHint: number): boolean {
  const b = body(o);
  const dec = b.decoder;
  if (dec === null) unsupported(interp, 'not readable');
  let decBuf: Uint8Array = new Uint8Array(0);
  let decFlags = 0;
  if (b.telling) {
    decBuf = dec.buf;
    decFlags = dec.getstate()[1];
  }
  if (sizeHint > 0) sizeHint = Math.trunc(Math.max(b.b2cratio, 1) * sizeHint);
  const input = readBytesFrom(interp, b.buffer!, b.hasRead1 ? 'read1' : 'read', Math.max(b.chunkSize, sizeHint));
  let eof = input.length === 0;
  const text = dec.decode(interp, input, eof);
  b.decoded = text;
  b.decodedUsed = 0;
  const nchars = cpLength(text);
  b.b2cratio = nchars > 0 ? input.length / nchars : 0;
  if (text.length > 0) eof = false;
  if (b.telling) {
    const next = new Uint8Array(decBuf.length + input.length);
    next.set(decBuf);
    next.set(input, decBuf.length);
    b.snapshot = { flags: decFlags, input: next };
  }
  return !eof;
}

function textRead(interp: Interpreter, o: PyObject, n: number): string {
  const b = attached(interp, o);
  checkClosed(interp, o);
  if (b.decoder === null) unsupported(interp, 'not readable');
  writeflush(interp, o);
  if (n < 0) {
    const data = readBytesFrom(interp, b.buffer!, 'read', null);
    const rest = takeDecoded(b, -1);
    const text = rest + b.decoder.decode(interp, data, true);
    b.snapshot = null;
    b.decoded = '';
    b.decodedUsed = 0;
    return text;
  }
  let result = takeDecoded(b, n);
  let got = cpLength(result);
  while (got < n) {
    if (!readChunk(interp, o, n - got)) {
      b.decoded = '';
      b.decodedUsed = 0;
      break;
    }
    const more = takeDecoded(b, n - got);
    result += more;
    got += cpLength(more);
  }
  return result;
}

/**
 * Where the first line of s[start:] ends (an index into s, after the terminator), or -1 with
 * `consumed` set to how much of s can be put aside. CPython: _PyIO_find_line_ending
 */
function findLineEnd(b: TextBody, s: string, start: number, out: { consumed: number }): number {
  if (b.readtranslate) {
    const i = s.indexOf('\n', start);
    out.consumed = s.length;
    return i < 0 ? -1 : i + 1;
  }
  if (b.readuniversal) {
    // The decoder never splits a '\r\n' between two chunks.
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    out.consumed = s.length;
    return -1;
  }
  const nl = b.readnl!;
  const i = s.indexOf(nl, start);
  if (i >= 0) return i + nl.length;
  out.consumed = nl.length === 1 ? s.length : Math.max(start, s.length - (nl.length - 1));
  return -1;
}

/** CPython: _textiowrapper_readline */
function textReadline(interp: Interpreter, o: PyObject, limit: number): string {
  const b = attached(interp, o);
  checkClosed(interp, o);
  writeflush(interp, o);
  if (b.decoder === null) unsupported(interp, 'not readable');
  const chunks: string[] = [];
  let chunked = 0;
  let remaining: string | null = null;
  let line: string | null = null;
  let start = 0;
  let endpos = 0;
  let offsetToBuffer = 0;
  const out = { consumed: 0 };
  for (;;) {
    let more = true;
    while (b.decoded.length - b.decodedUsed === 0 && b.decoded.length === 0) {
      more = readChunk(interp, o, 0);
      if (!more) break;
    }
    if (!more) {
      b.decoded = '';
      b.decodedUsed = 0;
      b.snapshot = null;
      break;
    }
    if (remaining === null) {
      line = b.decoded;
      start = b.decodedUsed;
      offsetToBuffer = 0;
    } else {
      line = remaining + b.decoded;
      start = 0;
      offsetToBuffer = remaining.length;
      remaining = null;
    }
    endpos = findLineEnd(b, line, start, out);
    if (endpos >= 0) {
      if (limit >= 0 && cpLength(line.slice(start, endpos)) + chunked >= limit) endpos = cpAdvance(line, start, limit - chunked);
      break;
    }
    endpos = out.consumed;
    if (limit >= 0 && cpLength(line.slice(start, endpos)) + chunked >= limit) {
      endpos = cpAdvance(line, start, limit - chunked);
      break;
    }
    if (endpos > start) {
      chunks.push(line.slice(start, endpos));
      chunked += cpLength(line.slice(start, endpos));
    }
    if (endpos < line.length) remaining = line.slice(endpos);
    line = null;
    b.decoded = '';
    b.decodedUsed = 0;
  }
  if (line !== null) {
    b.decodedUsed = endpos - offsetToBuffer;
    chunks.push(line.slice(start, endpos));
  }
  if (remaining !== null) chunks.push(remaining);
  return chunks.join('');
}
// --- tell and seek ------------------------------------------------------------------------------

interface Cookie {
  startPos: bigint;
  decFlags: number;
  bytesToFeed: number;
  charsToSkip: number;
  needEof: number;
}

// The cookie packs five fields little-endian into one int: start_pos (8 bytes), dec_flags,
// bytes_to_feed, chars_to_skip (4 bytes each), need_eof (1 byte). CPython: textiowrapper_build_cookie
function buildCookie(c: Cookie): bigint {
  return BigInt.asUintN(64, c.startPos) | (BigInt(c.decFlags) << 64n) | (BigInt(c.bytesToFeed) << 96n) | (BigInt(c.charsToSkip) << 128n) |
    (BigInt(c.needEof) << 160n);
}

function parseCookie(v: bigint): Cookie {
  const m64 = (1n << 64n) - 1n;
  const m32 = (1n << 32n) - 1n;
  return {
    startPos: BigInt.asIntN(64, v & m64), decFlags: Number((v >> 64n) & m32), bytesToFeed: Number((v >> 96n) & m32),
    charsToSkip: Number((v >> 128n) & m32), needEof: Number((v >> 160n) & 0xffn),
  };
}

function cookieObject(interp: Interpreter, c: Cookie): PyObject {
  const v = buildCookie(c);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? PyLong_FromNumber(interp, Number(v)) : PyLong_FromBigInt(interp, v);
}

/** CPython: _textiowrapper_decoder_setstate */
function decoderSetstate(dec: TextDecoderState, c: Cookie): void {
  if (c.startPos === 0n && c.decFlags === 0) dec.reset();
  else dec.setstate(c.decFlags);
}

function bufferTell(interp: Interpreter, b: TextBody): bigint {
  const pos = callMethodObj(interp, b.buffer!, 'tell', []);
  try {
    if (!PyLong_Check(pos)) PyErr_SetString(interp, 'TypeError', `'${pos.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return BigInt(longValue(pos));
  } finally {
    Py_DECREF(pos);
  }
}

// CPython: _io_TextIOWrapper_tell_impl
function textTell(interp: Interpreter, o: PyObject): PyObject {
  const b = attached(interp, o);
  checkClosed(interp, o);
  if (!b.seekable) unsupported(interp, 'underlying stream is not seekable');
  if (!b.telling) PyErr_SetString(interp, 'OSError', 'telling position disabled by next() call');
  writeflush(interp, o);
  callMethodVoid(interp, o, 'flush');
  const pos = bufferTell(interp, b);
  const dec = b.decoder;
  if (dec === null || b.snapshot === null) return PyLong_FromBigInt(interp, pos);
  const next = b.snapshot.input;
  const cookie: Cookie = { startPos: pos - BigInt(next.length), decFlags: b.snapshot.flags, bytesToFeed: 0, charsToSkip: 0, needEof: 0 };
  if (b.decodedUsed === 0) return cookieObject(interp, cookie);
  let charsToSkip = cpLength(b.decoded.slice(0, b.decodedUsed));
  const saved = dec.save();
  try {
    // A first guess from the chunk's bytes-per-character ratio, refined backwards.
    let skipBytes = Math.trunc(b.b2cratio * charsToSkip);
    let skipBack = 1;
    while (skipBytes > 0) {
      decoderSetstate(dec, cookie);
      const n = cpLength(dec.decode(interp, next.subarray(0, skipBytes), false));
      if (n <= charsToSkip) {
        const [buffered, flags] = dec.getstate();
        if (buffered === 0) {
          cookie.decFlags = flags;
          charsToSkip -= n;
          break;
        }
        skipBytes -= buffered;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      decoderSetstate(dec, cookie);
    }
    cookie.startPos += BigInt(skipBytes);
    cookie.charsToSkip = charsToSkip;
    if (charsToSkip !== 0) {
      // Feed one byte at a time, noting the last point where the decoder holds no bytes.
      let charsDecoded = 0;
      let i = skipBytes;
      for (; i < next.length; i++) {
        charsDecoded += cpLength(dec.decode(interp, next.subarray(i, i + 1), false));
        cookie.bytesToFeed += 1;
        const [buffered, flags] = dec.getstate();
        if (buffered === 0 && charsDecoded <= charsToSkip) {
          cookie.startPos += BigInt(cookie.bytesToFeed);
          charsToSkip -= charsDecoded;
          cookie.decFlags = flags;
          cookie.bytesToFeed = 0;
          charsDecoded = 0;
        }
        if (charsDecoded >= charsToSkip) break;
      }
      if (i >= next.length) {
        charsDecoded += cpLength(dec.decode(interp, new Uint8Array(0), true));
        cookie.needEof = 1;
        if (charsDecoded < charsToSkip) PyErr_SetString(interp, 'OSError', "can't reconstruct logical file position");
      }
    }
  } finally {
    dec.restore(saved);
  }
  cookie.charsToSkip = charsToSkip;
  return cookieObject(interp, cookie);
}

// CPython: _io_TextIOWrapper_seek_impl
function textSeek(interp: Interpreter, o: PyObject, cookieObj: PyObject, whence: number): PyObject {
  const b = attached(interp, o);
  checkClosed(interp, o);
  if (!b.seekable) unsupported(interp, 'underlying stream is not seekable');
  const isZero = PyLong_Check(cookieObj) && BigInt(longValue(cookieObj)) === 0n;
  let target = cookieObj;
  let owned = false;
  if (whence === 1) {
    if (!isZero) unsupported(interp, "can't do nonzero cur-relative seeks");
    target = callMethodObj(interp, o, 'tell', []);
    owned = true;
  } else if (whence === 2) {
    if (!isZero) unsupported(interp, "can't do nonzero end-relative seeks");
    callMethodVoid(interp, o, 'flush');
    b.decoded = '';
    b.decodedUsed = 0;
    b.snapshot = null;
    b.decoder?.reset();
    const z = PyLong_FromNumber(interp, 0);
    const two = PyLong_FromNumber(interp, 2);
    try {
      const res = callMethodObj(interp, b.buffer!, 'seek', [z, two]);
      b.encodingStartOfStream = false;
      return res;
    } finally {
      Py_DECREF(two);
    }
  } else if (whence !== 0) {
    PyErr_SetString(interp, 'ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  try {
    let v: bigint;
    if (PyLong_Check(target)) v = BigInt(longValue(target));
    else if (target.ob_type === interp.types.float) v = BigInt(Math.trunc(target.ival));
    else return PyErr_SetString(interp, 'TypeError', `'<' not supported between instances of '${target.ob_type.tp_name}' and 'int'`);
    if (v < 0n) PyErr_SetString(interp, 'ValueError', `negative seek position ${reprText(interp, target)}`);
    callMethodVoid(interp, o, 'flush');
    const c = parseCookie(v);
    const posObj = PyLong_FromBigInt(interp, c.startPos);
    try {
      callMethodVoid(interp, b.buffer!, 'seek', [posObj]);
    } finally {
      Py_DECREF(posObj);
    }
    b.decoded = '';
    b.decodedUsed = 0;
    b.snapshot = null;
    if (b.decoder !== null) decoderSetstate(b.decoder, c);
    if (c.charsToSkip !== 0) {
      const input = readBytesFrom(interp, b.buffer!, 'read', c.bytesToFeed);
      b.snapshot = { flags: c.decFlags, input };
      b.decoded = b.decoder!.decode(interp, input, c.needEof !== 0);
      if (cpLength(b.decoded) < c.charsToSkip) PyErr_SetString(interp, 'OSError', "can't restore logical file position");
      b.decodedUsed = cpAdvance(b.decoded, 0, c.charsToSkip);
    } else {
      b.snapshot = { flags: c.decFlags, input: new Uint8Array(0) };
    }
    if (b.hasEncoder) b.encodingStartOfStream = c.startPos === 0n && c.decFlags === 0;
    return Py_NewRef(target);
  } finally {
    if (owned) Py_DECREF(target);
  }
}

// --- the type's methods and attributes -------------------------------------------------------

const bufferCall = (name: string): MethodDef => ({
  name, flags: METH_NOARGS, impl: (interp, self) => {
    const b = attached(interp, self!);
    return callMethodObj(interp, b.buffer!, name, []);
  },
});

/** close(): flush, then close the buffer; a flush error is the close error's context. CPython: _io_TextIOWrapper_close_impl */
function textClose(interp: Interpreter, o: PyObject): PyObject {
  const b = attached(interp, o);
  if (textClosed(interp, o)) return interp.singletons.None;
  // Closed by its finalizer: the buffer warns about the unclosed file, naming this wrapper.
  if (b.finalizing) deallocWarn(interp, b.buffer!, o);
  let err: PyObject | null = null;
  try {
    callMethodVoid(interp, o, 'flush');
  } catch (e) {
    err = toPyException(interp, e);
  }
  try {
    callMethodVoid(interp, b.buffer!, 'close');
  } catch (e) {
    const exc = toPyException(interp, e);
    if (err !== null) {
      const eb = (exc as PyBaseExceptionObject).body;
      if (eb.context === null) eb.context = err;
      else Py_DECREF(err);
    }
    throw exc;
  }
  if (err !== null) throw err;
  return interp.singletons.None;
}

export const TEXTIOWRAPPER_METHODS: MethodDef[] = [
  { name: 'detach', flags: METH_NOARGS, impl: (interp, self) => {
    const b = attached(interp, self!);
    callMethodVoid(interp, self!, 'flush');
    const buffer = b.buffer!;
    b.buffer = null;
    b.ok = false;
    b.detached = true;
    return buffer;
  } },
  { name: 'reconfigure', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kw) => {
    const b = attached(interp, self!);
    const [enc, errs, nl, lb, wt] = parseArgs(interp, 'reconfigure', ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'], 0, 0, args, kw);
    if (b.decoder !== null && (enc !== undefined || errs !== undefined || nl !== undefined) && (b.decoded.length > 0 || b.snapshot !== null && b.snapshot.input.length > 0)) {
      unsupported(interp, 'It is not possible to set the encoding or newline of stream after the first read');
    }
    callMethodVoid(interp, self!, 'flush');
    if (enc !== undefined && enc !== interp.singletons.None) {
      const name = optStr(interp, enc, 'encoding')!;
      b.codec = lookupTextCodec(interp, name === 'locale' ? LOCALE_ENCODING : name);
      Py_XDECREF(b.encoding);
      b.encoding = PyUnicode_FromString(interp, name === 'locale' ? LOCALE_ENCODING : name);
      if (errs === undefined || errs === interp.singletons.None) {
        Py_XDECREF(b.errors);
        b.errors = PyUnicode_FromString(interp, 'strict');
        b.errorsText = 'strict';
      }
    }
    if (errs !== undefined && errs !== interp.singletons.None) {
      b.errorsText = optStr(interp, errs, 'errors')!;
      Py_XDECREF(b.errors);
      b.errors = PyUnicode_FromString(interp, b.errorsText);
    }
    if (nl !== undefined) setNewline(interp, b, optStr(interp, nl, 'newline'));
    if (b.decoder !== null) b.decoder = new TextDecoderState(b.codec, b.errorsText, b.readuniversal, b.readtranslate);
    if (lb !== undefined && lb !== interp.singletons.None) b.lineBuffering = PyObject_IsTrue(interp, lb);
    if (wt !== undefined && wt !== interp.singletons.None) b.writeThrough = PyObject_IsTrue(interp, wt);
    return interp.singletons.None;
  } },
  { name: 'write', flags: METH_O, impl: (interp, self, args) => {
    const t = args[0]!;
    if (!t.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `write() argument must be str, not ${t.ob_type.tp_name}`);
    const s = unicodeText(t);
    textWrite(interp, self!, s);
    return PyLong_FromNumber(interp, [...s].length);
  } },
  { name: 'read', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const n = optionalSize(interp, posArgs(interp, 'read', args, kw, 1)[0]);
    return PyUnicode_FromString(interp, textRead(interp, self!, n));
  } },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'readline', args, kw, 1);
    const n = a[0] === undefined ? -1 : ssizeArg(interp, a[0]);
    return PyUnicode_FromString(interp, textReadline(interp, self!, n));
  } },
  { name: 'flush', flags: METH_NOARGS, impl: (interp, self) => {
    const b = attached(interp, self!);
    checkClosed(interp, self!);
    b.telling = b.seekable;
    writeflush(interp, self!);
    return callMethodObj(interp, b.buffer!, 'flush', []);
  } },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => textClose(interp, self!) },
  bufferCall('fileno'),
  bufferCall('seekable'),
  bufferCall('readable'),
  bufferCall('writable'),
  bufferCall('isatty'),
  { name: 'seek', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'seek', args, kw, 2);
    if (a.length < 1) PyErr_SetString(interp, 'TypeError', 'seek expected at least 1 argument, got 0');
    const whence = a.length > 1 ? ssizeArg(interp, a[1]!) : 0;
    return textSeek(interp, self!, a[0]!, whence);
  } },
  { name: 'tell', flags: METH_NOARGS, impl: (interp, self) => textTell(interp, self!) },
  { name: 'truncate', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'truncate', args, kw, 1);
    const b = attached(interp, self!);
    callMethodVoid(interp, self!, 'flush');
    return callMethodObj(interp, b.buffer!, 'truncate', [a[0] ?? interp.singletons.None]);
  } },
];

const getter = (f: (interp: Interpreter, b: TextBody, o: PyObject) => PyObject) => (interp: Interpreter, o: PyObject) => f(interp, attached(interp, o), o);

export const TEXTIOWRAPPER_GETSET: GetSetDef[] = [
  { name: 'encoding', get: getter((_i, b) => Py_NewRef(b.encoding!)) },
  { name: 'errors', get: getter((_i, b) => Py_NewRef(b.errors!)) },
  { name: 'buffer', get: getter((_i, b) => Py_NewRef(b.buffer!)) },
  { name: 'line_buffering', get: getter((i, b) => Py_NewRef(b.lineBuffering ? i.singletons.True : i.singletons.False)) },
  { name: 'write_through', get: getter((i, b) => Py_NewRef(b.writeThrough ? i.singletons.True : i.singletons.False)) },
  { name: 'name', get: getter((i, b) => PyObject_GetAttr(i, b.buffer!, internedStr(i, 'name'))) },
  { name: 'closed', get: getter((i, b) => PyObject_GetAttr(i, b.buffer!, internedStr(i, 'closed'))) },
  { name: 'newlines', get: getter((i, b) => (b.decoder === null || !b.decoder.universal ? i.singletons.None : newlinesObject(i, b.decoder.seennl))) },
  { name: '_CHUNK_SIZE', get: getter((i, b) => PyLong_FromNumber(i, b.chunkSize)), set: (interp, o, v) => {
    const b = attached(interp, o);
    if (v === null) PyErr_SetString(interp, 'AttributeError', 'cannot delete attribute');
    const n = ssizeArg(interp, v);
    if (n <= 0) PyErr_SetString(interp, 'ValueError', 'a strictly positive integer is required');
    b.chunkSize = n;
  } },
  { name: '_finalizing', get: (interp, o) => Py_NewRef(body(o).finalizing ? interp.singletons.True : interp.singletons.False), set: (interp, o, v) => {
    body(o).finalizing = v !== null && PyObject_IsTrue(interp, v);
  } },
];

// CPython: textiowrapper_iternext — iteration turns tell() off until the end.
export function textiowrapper_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = attached(interp, o);
  b.telling = false;
  let line: PyObject;
  if (o.ob_type === ioState(interp).TextIOWrapper) {
    line = PyUnicode_FromString(interp, textReadline(interp, o, -1));
  } else {
    line = callMethodObj(interp, o, 'readline', []);
    if (!line.ob_type.isSubtypeOf(interp.types.str)) {
      Py_DECREF(line);
      PyErr_SetString(interp, 'OSError', `readline() should have returned a str object, not '${line.ob_type.tp_name}'`);
    }
  }
  if (unicodeText(line).length === 0) {
    Py_DECREF(line);
    b.snapshot = null;
    b.telling = b.seekable;
    return null;
  }
  return line;
}

/** `<_io.TextIOWrapper name='f' mode='r' encoding='UTF-8'>`. CPython: textiowrapper_repr */
export function textiowrapper_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  if (!b.ok) PyErr_SetString(interp, 'ValueError', b.detached ? 'underlying buffer has been detached' : 'I/O operation on uninitialized object');
  let s = '<_io.TextIOWrapper';
  for (const attr of ['name', 'mode']) {
    let v: PyObject | null = null;
    try {
      v = PyObject_GetAttr(interp, o, internedStr(interp, attr));
    } catch (e) {
      const exc = toPyException(interp, e);
      if (!exc.ob_type.isSubtypeOf(interp.types.exceptions.get('Exception')!)) throw exc;
      Py_DECREF(exc);
    }
    if (v !== null) {
      try {
        s += ` ${attr}=${reprText(interp, v)}`;
      } finally {
        Py_DECREF(v);
      }
    }
  }
  return PyUnicode_FromString(interp, `${s} encoding=${reprText(interp, b.encoding!)}>`);
}

export function textiowrapper_dealloc(o: PyObject): void {
  if (!finalizeFromDealloc(o, textiowrapper_dealloc)) return;
  const b = body(o);
  b.ok = false;
  const refs = [b.buffer, b.encoding, b.errors, b.raw];
  b.buffer = b.encoding = b.errors = b.raw = null;
  for (const r of refs) Py_XDECREF(r);
  ioFree(o);
}

export function textiowrapper_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  visitFields(visit, arg, b.buffer, b.encoding, b.errors, o.ob_dict);
}

/**
 * Whether print() and the runtime may call textWrite directly: an exact TextIOWrapper (whose
 * dealloc is its own, where a subclass has subtype_dealloc) without a 'write' of its own.
 */
export function isPlainTextIOWrapper(interp: Interpreter, o: PyObject): boolean {
  if (o.ob_type.tp_dealloc !== textiowrapper_dealloc) return false;
  return o.ob_dict === null || PyDict_GetItem(interp, o.ob_dict, internedStr(interp, 'write')) === null;
}

/** flush() of an exact TextIOWrapper. */
export function textFlush(interp: Interpreter, o: PyObject): void {
  callMethodVoid(interp, o, 'flush');
}

