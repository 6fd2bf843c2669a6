// The binascii module: hex, base64 and uu coding and the CRC-32 and CRC-CCITT checksums, with
// binascii.Error and binascii.Incomplete. CPython: Modules/binascii.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional, noKeywords, oneArg } from '../../objects/args.ts';
import { hexText } from '../../objects/bytes_methods.ts';
import { bufferOf, latin1Data, needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { moduleState, newExceptionType } from '../modsupport.ts';
import { crc32, crcHqx } from './checksums.ts';

interface BinasciiState {
  Error: PyTypeObject;
  Incomplete: PyTypeObject;
}

const binasciiState = moduleState((interp: Interpreter): BinasciiState => ({
  Error: newExceptionType(interp, 'binascii.Error', interp.types.exceptions.get('ValueError')!),
  Incomplete: newExceptionType(interp, 'binascii.Incomplete'),
}));

const error = (interp: Interpreter, msg: string): never => PyErr_SetString(interp, binasciiState(interp).Error, msg);

/** Bytes-like data or an ASCII str. CPython: ascii_buffer_converter */
export function asciiBuffer(interp: Interpreter, o: PyObject): Uint8Array {
  if (o.ob_type.isSubtypeOf(interp.types.str)) {
    const s = unicodeText(o);
    if (/[^\x00-\x7f]/.test(s)) PyErr_SetString(interp, 'ValueError', 'string argument should contain only ASCII characters');
    return latin1Data(s);
  }
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `argument should be bytes, buffer or ASCII string, not '${o.ob_type.tp_name}'`);
  return b;
}

/** An unsigned int argument, wrapped modulo 2**32. CPython: _PyLong_UnsignedInt_Converter (bitwise) */
export function uintMaskArg(interp: Interpreter, o: PyObject): number {
  return Number(BigInt.asUintN(32, BigInt(indexValueOf(interp, o))));
}

function bytesResult(interp: Interpreter, data: Uint8Array): PyObject {
  return PyBytes_FromData(interp, data);
}

// ---- hex ----

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// CPython: binascii_a2b_hex_impl
function a2bHex(interp: Interpreter, data: Uint8Array): PyObject {
  if (data.length % 2 !== 0) error(interp, 'Odd-length string');
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]!);
    const lo = hexValue(data[2 * i + 1]!);
    if (hi < 0 || lo < 0) error(interp, 'Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return bytesResult(interp, out);
}

// CPython: binascii_b2a_hex_impl
function b2aHex(name: string): BuiltinImpl {
  return (interp, _s, args, kw) => {
    const [data, sep, per] = unpackKeywords(interp, name, ['data', 'sep', 'bytes_per_sep'], 0, 1, 3, args, kw);
    return bytesResult(interp, latin1Data(hexText(interp, needBuffer(interp, data!), sep, per)));
  };
}

// ---- base64 ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_DECODE = (() => {
  const t = new Uint8Array(256).fill(255);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();
const PAD = 61;

// CPython: binascii_b2a_base64_impl
function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 3) * 4 + (newline ? 1 : 0));
  let k = 0;
  let i = 0;
  for (; i + 3 <= data.length; i += 3) {
    const v = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    out[k++] = B64.charCodeAt(v >> 18);
    out[k++] = B64.charCodeAt((v >> 12) & 63);
    out[k++] = B64.charCodeAt((v >> 6) & 63);
    out[k++] = B64.charCodeAt(v & 63);
  }
  const rest = data.length - i;
  if (rest > 0) {
    const v = (data[i]! << 16) | (rest === 2 ? data[i + 1]! << 8 : 0);
    out[k++] = B64.charCodeAt(v >> 18);
    out[k++] = B64.charCodeAt((v >> 12) & 63);
    out[k++] = rest === 2 ? B64.charCodeAt((v >> 6) & 63) : PAD;
    out[k++] = PAD;
  }
  if (newline) out[k++] = 10;
  return out;
}

// CPython: binascii_a2b_base64_impl
function a2bBase64(interp: Interpreter, data: Uint8Array, strict: boolean): Uint8Array {
  if (strict && data.length > 0 && data[0] === PAD) error(interp, 'Leading padding not allowed');
  const out = new Uint8Array(Math.floor((data.length + 3) / 4) * 3);
  let k = 0;
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (ch === PAD) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) error(interp, 'Excess data after padding');
        return out.subarray(0, k);
      }
      continue;
    }
    const v = B64_DECODE[ch]!;
    if (v >= 64) {
      if (strict) error(interp, 'Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) error(interp, 'Discontinuous padding not allowed');
    pads = 0;
    switch (quadPos) {
      case 0: quadPos = 1; left = v; break;
      case 1: quadPos = 2; out[k++] = (left << 2) | (v >> 4); left = v & 0x0f; break;
      case 2: quadPos = 3; out[k++] = ((left << 4) | (v >> 2)) & 0xff; left = v & 0x03; break;
      default: quadPos = 0; out[k++] = ((left << 6) | v) & 0xff; left = 0;
    }
  }
  if (quadPos === 1) {
    error(interp, `Invalid base64-encoded string: number of data characters (${Math.floor(k / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quadPos !== 0) error(interp, 'Incorrect padding');
  return out.subarray(0, k);
}

// ---- uu ----

// CPython: binascii_b2a_uu_impl
function b2aUu(interp: Interpreter, data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) error(interp, 'At most 45 bytes at once');
  const out: number[] = [backtick && data.length === 0 ? 96 : 32 + (data.length & 0o77)];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < data.length || bits !== 0; i++) {
    acc = ((acc << 8) | (i < data.length ? data[i]! : 0)) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      const c = (acc >> bits) & 0x3f;
      out.push(backtick && c === 0 ? 96 : c + 32);
    }
  }
  out.push(10);
  return Uint8Array.from(out);
}

// CPython: binascii_a2b_uu_impl
function a2bUu(interp: Interpreter, data: Uint8Array): Uint8Array {
  let p = 0;
  let n = data.length;
  let binLen = ((n > 0 ? data[p++]! : 0) - 32) & 0o77;
  n--;
  const out = new Uint8Array(binLen);
  let k = 0;
  let acc = 0;
  let bits = 0;
  for (; binLen > 0; n--, p++) {
    let c = n > 0 ? data[p]! : 0;
    if (c === 10 || c === 13 || n <= 0) c = 0;
    else {
      if (c < 32 || c > 96) error(interp, 'Illegal char');
      c = (c - 32) & 0o77;
    }
    acc = (acc << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
      binLen--;
    }
  }
  for (; n > 0; n--) {
    const c = data[p++]!;
    if (c !== 32 && c !== 96 && c !== 10 && c !== 13) error(interp, 'Trailing garbage');
  }
  return out;
}

/** A METH_O function's one argument; messages name it `binascii.name()`. */
function methO(interp: Interpreter, name: string, args: readonly PyObject[], kw: PyObject | null): PyObject {
  return oneArg(interp, `binascii.${name}`, args, kw);
}

/** A METH_FASTCALL function's positional arguments. CPython: _PyArg_CheckPositional */
function positional(interp: Interpreter, name: string, args: readonly PyObject[], kw: PyObject | null, min: number, max: number): readonly PyObject[] {
  noKeywords(interp, `binascii.${name}`, kw);
  checkPositional(interp, name, args.length, min, max);
  return args;
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['a2b_uu', (interp, _s, args, kw) => bytesResult(interp, a2bUu(interp, asciiBuffer(interp, methO(interp, 'a2b_uu', args, kw))))],
  ['b2a_uu', (interp, _s, args, kw) => {
    const [data, backtick] = unpackKeywords(interp, 'b2a_uu', ['', 'backtick'], 1, 1, 1, args, kw);
    return bytesResult(interp, b2aUu(interp, needBuffer(interp, data!), backtick !== undefined && PyObject_IsTrue(interp, backtick)));
  }],
  ['a2b_base64', (interp, _s, args, kw) => {
    const [data, strict] = unpackKeywords(interp, 'a2b_base64', ['', 'strict_mode'], 1, 1, 1, args, kw);
    return bytesResult(interp, a2bBase64(interp, asciiBuffer(interp, data!), strict !== undefined && PyObject_IsTrue(interp, strict)).slice());
  }],
  ['b2a_base64', (interp, _s, args, kw) => {
    const [data, newline] = unpackKeywords(interp, 'b2a_base64', ['', 'newline'], 1, 1, 1, args, kw);
    return bytesResult(interp, b2aBase64(needBuffer(interp, data!), newline === undefined || PyObject_IsTrue(interp, newline)));
  }],
  ['crc_hqx', (interp, _s, args, kw) => {
    const [data, crc] = positional(interp, 'crc_hqx', args, kw, 2, 2);
    return PyLong_FromNumber(interp, crcHqx(needBuffer(interp, data!), uintMaskArg(interp, crc!) & 0xffff));
  }],
  ['crc32', (interp, _s, args, kw) => {
    const [data, crc] = positional(interp, 'crc32', args, kw, 1, 2);
    return PyLong_FromNumber(interp, crc32(needBuffer(interp, data!), crc === undefined ? 0 : uintMaskArg(interp, crc)));
  }],
  ['b2a_hex', b2aHex('b2a_hex')],
  ['hexlify', b2aHex('hexlify')],
  ['a2b_hex', (interp, _s, args, kw) => a2bHex(interp, asciiBuffer(interp, methO(interp, 'a2b_hex', args, kw)))],
  ['unhexlify', (interp, _s, args, kw) => a2bHex(interp, asciiBuffer(interp, methO(interp, 'unhexlify', args, kw)))],
];

/** The binascii module object. CPython: binascii_exec */
export function createBinasciiModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'binascii'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Conversion between binary data and ASCII'));
  const s = binasciiState(interp);
  moduleAdd(interp, m, 'Error', Py_NewRef(s.Error));
  moduleAdd(interp, m, 'Incomplete', Py_NewRef(s.Incomplete));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
