// The _codecs module: the codec registry and error handler registry, and the codec functions
// the encodings package's modules are made of. Each coder returns (result, length consumed).
// CPython: Modules/_codecsmodule.c.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noKeywords, oneArg } from '../../objects/args.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { cIntArg } from '../../objects/args.ts';
import { bufferOf, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { lookupErrorHandler, registerErrorHandler } from '../../objects/codec_errors.ts';
import { codecEncodeDecode, codecLookup, codecRegister, codecUnregister } from '../../objects/codecregistry.ts';
import { decodeAscii, decodeInput, decodeUtf8, encodeInput, encodeUcs1, encodeUtf8, utf8OfStr, type Decoded } from '../../objects/codecs.ts';
import { buildEncodingMap, encodingMapSize, type EncodingMap, decodeCharmap, decodeEscapes, encodeCharmap, encodeRawUnicodeEscape, encodeUnicodeEscape, escapeDecodeBytes,
  escapeEncodeBytes, warnInvalidEscape } from '../../objects/codecs_escape.ts';
import { decodeUtf16, decodeUtf32, decodeUtf7, encodeUtf16, encodeUtf32, encodeUtf7 } from '../../objects/codecs_utf.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { PyUnicode_FromCodePoints, unicodeCodePoints, unicodeLength, unicodeText } from '../../objects/unicodeobject.ts';
import { freeObject } from '../../objects/alloc.ts';
import { allocInstance, createModuleType, moduleState } from '../modsupport.ts';
import { METH_NOARGS } from '../../objects/typeobject.ts';

const state = moduleState((interp) => ({
  encodingMap: createModuleType(interp, {
    name: 'EncodingMap', basicsize: 24, subclassable: false, dealloc: freeObject,
    // CPython: encoding_map_size — the bytes of its three-level table.
    methods: [{ name: 'size', flags: METH_NOARGS, impl: (i, self) => PyLong_FromNumber(i, encodingMapSize(self!.body as EncodingMap)) }],
  }),
}));

/** Argument Clinic's checks for positional-only parameters: the count, and no keywords. */
function positional(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null, min: number, max: number): void {
  noKeywords(interp, `_codecs.${name}`, kwnames);
  checkPositional(interp, name, args.length, min, max);
}

function strArg(interp: Interpreter, fname: string, i: number, o: PyObject): PyObject {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${fname}() argument ${i} must be str, not ${o.ob_type.tp_name}`);
  return o;
}

/** The errors argument: None or absent means strict. */
function errorsArg(interp: Interpreter, fname: string, o: PyObject | undefined): string {
  if (o === undefined || o === interp.singletons.None) return 'strict';
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${fname}() argument 2 must be str or None, not ${o.ob_type.tp_name}`);
  return unicodeText(o);
}

function bufferArg(interp: Interpreter, o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

/** Py_buffer(accept={str, buffer}): a str is taken as its UTF-8 bytes. */
function strOrBufferArg(interp: Interpreter, o: PyObject): Uint8Array {
  if (o.ob_type.isSubtypeOf(interp.types.str)) return utf8OfStr(interp, o);
  return bufferArg(interp, o);
}

function boolArg(interp: Interpreter, o: PyObject | undefined, dflt: boolean): boolean {
  return o === undefined ? dflt : PyObject_IsTrue(interp, o);
}

function bytesResult(interp: Interpreter, bytes: number[], consumed: number): PyObject {
  return tupleFromItemsSteal(interp, [PyBytes_FromData(interp, Uint8Array.from(bytes)), PyLong_FromNumber(interp, consumed)]);
}

function strResult(interp: Interpreter, d: Decoded, extra?: number): PyObject {
  const items = [PyUnicode_FromCodePoints(interp, d.cps), PyLong_FromNumber(interp, d.consumed)];
  if (extra !== undefined) items.push(PyLong_FromNumber(interp, extra));
  return tupleFromItemsSteal(interp, items);
}

/** A str -> bytes coder (str, errors=None[, byteorder]). */
function encoder(name: string, encoding: string, run: (src: ReturnType<typeof encodeInput>, extra: number) => number[], withOrder = false): [string, BuiltinImpl] {
  return [name, (interp, _s, args, kw) => {
    positional(interp, name, args, kw, 1, withOrder ? 3 : 2);
    const str = strArg(interp, name, 1, args[0]!);
    const errors = errorsArg(interp, name, args[1]);
    const order = withOrder && args[2] !== undefined ? cIntArg(interp, args[2]) : 0;
    return bytesResult(interp, run(encodeInput(interp, encoding, errors, unicodeCodePoints(str), str), order), unicodeLength(str));
  }];
}

/** A bytes -> str coder (data, errors=None[, final=False]). */
function decoder(name: string, encoding: string, run: (src: ReturnType<typeof decodeInput>, final: boolean) => Decoded, withFinal = true, finalDefault = false,
  acceptStr = false): [string, BuiltinImpl] {
  return [name, (interp, _s, args, kw) => {
    positional(interp, name, args, kw, 1, withFinal ? 3 : 2);
    const data = acceptStr ? strOrBufferArg(interp, args[0]!) : bufferArg(interp, args[0]!);
    const errors = errorsArg(interp, name, args[1]);
    const final = withFinal ? boolArg(interp, args[2], finalDefault) : true;
    return strResult(interp, run(decodeInput(interp, encoding, errors, data, args[0]!.ob_type === interp.types.bytes ? args[0]! : null), final));
  }];
}

/** utf_16_ex_decode / utf_32_ex_decode: (data, errors=None, byteorder=0, final=False) -> (str, consumed, byteorder). */
function exDecoder(name: string, run: typeof decodeUtf16): [string, BuiltinImpl] {
  return [name, (interp, _s, args, kw) => {
    positional(interp, name, args, kw, 1, 4);
    const data = bufferArg(interp, args[0]!);
    const errors = errorsArg(interp, name, args[1]);
    const order = args[2] === undefined ? 0 : cIntArg(interp, args[2]);
    const final = boolArg(interp, args[3], false);
    const d = run(decodeInput(interp, '', errors, data, null), order, final);
    return strResult(interp, d, d.byteorder);
  }];
}

const whole = (cps: number[], n: number): Decoded => ({ cps, consumed: n });

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: _codecs_register
  ['register', (interp, _s, args, kw) => {
    codecRegister(interp, oneArg(interp, 'register', args, kw));
    return interp.singletons.None;
  }],
  // CPython: _codecs_unregister
  ['unregister', (interp, _s, args, kw) => {
    codecUnregister(interp, oneArg(interp, 'unregister', args, kw));
    return interp.singletons.None;
  }],
  // CPython: _codecs_lookup
  ['lookup', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'lookup', args, kw);
    if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `lookup() argument must be str, not ${o.ob_type.tp_name}`);
    return codecLookup(interp, unicodeText(o));
  }],
  ...(['encode', 'decode'] as const).map((name): [string, BuiltinImpl] => [name, (interp, _s, args, kw) => {
    const [obj, enc, err] = unpackKeywords(interp, name, ['obj', 'encoding', 'errors'], 0, 1, 3, args, kw);
    for (const [what, v] of [['encoding', enc], ['errors', err]] as const) {
      if (v !== undefined && !v.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${name}() argument '${what}' must be str, not ${v.ob_type.tp_name}`);
    }
    return codecEncodeDecode(interp, obj!, enc === undefined ? 'utf-8' : unicodeText(enc), err === undefined ? null : unicodeText(err), name === 'decode');
  }]),
  // CPython: _codecs_lookup_error
  ['lookup_error', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'lookup_error', args, kw);
    if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `lookup_error() argument must be str, not ${o.ob_type.tp_name}`);
    return Py_NewRef(lookupErrorHandler(interp, unicodeText(o)));
  }],
  // CPython: _codecs_register_error
  ['register_error', (interp, _s, args, kw) => {
    positional(interp, 'register_error', args, kw, 2, 2);
    const name = strArg(interp, 'register_error', 1, args[0]!);
    registerErrorHandler(interp, unicodeText(name), args[1]!);
    return interp.singletons.None;
  }],
  encoder('utf_8_encode', 'utf-8', encodeUtf8),
  decoder('utf_8_decode', 'utf-8', decodeUtf8),
  encoder('utf_7_encode', 'utf-7', (src) => encodeUtf7(src.items)),
  decoder('utf_7_decode', 'utf-7', decodeUtf7),
  encoder('utf_16_encode', 'utf-16', encodeUtf16, true),
  encoder('utf_16_le_encode', 'utf-16-le', (src) => encodeUtf16(src, -1)),
  encoder('utf_16_be_encode', 'utf-16-be', (src) => encodeUtf16(src, 1)),
  decoder('utf_16_decode', 'utf-16', (src, f) => decodeUtf16(src, 0, f)),
  decoder('utf_16_le_decode', 'utf-16-le', (src, f) => decodeUtf16(src, -1, f)),
  decoder('utf_16_be_decode', 'utf-16-be', (src, f) => decodeUtf16(src, 1, f)),
  exDecoder('utf_16_ex_decode', decodeUtf16),
  encoder('utf_32_encode', 'utf-32', encodeUtf32, true),
  encoder('utf_32_le_encode', 'utf-32-le', (src) => encodeUtf32(src, -1)),
  encoder('utf_32_be_encode', 'utf-32-be', (src) => encodeUtf32(src, 1)),
  decoder('utf_32_decode', 'utf-32', (src, f) => decodeUtf32(src, 0, f)),
  decoder('utf_32_le_decode', 'utf-32-le', (src, f) => decodeUtf32(src, -1, f)),
  decoder('utf_32_be_decode', 'utf-32-be', (src, f) => decodeUtf32(src, 1, f)),
  exDecoder('utf_32_ex_decode', decodeUtf32),
  encoder('latin_1_encode', 'latin-1', (src) => encodeUcs1(src, 256)),
  decoder('latin_1_decode', 'latin-1', (src) => whole(Array.from(src.items), src.items.length), false),
  encoder('ascii_encode', 'ascii', (src) => encodeUcs1(src, 128)),
  decoder('ascii_decode', 'ascii', (src) => whole(decodeAscii(src), src.items.length), false),
  encoder('unicode_escape_encode', 'unicodeescape', (src) => encodeUnicodeEscape(src.items)),
  decoder('unicode_escape_decode', 'unicodeescape', (src, f) => {
    const d = decodeEscapes(src, false, f);
    warnInvalidEscape(src.interp, src.items, d.firstInvalid);
    return d;
  }, true, true, true),
  encoder('raw_unicode_escape_encode', 'rawunicodeescape', (src) => encodeRawUnicodeEscape(src.items)),
  decoder('raw_unicode_escape_decode', 'rawunicodeescape', (src, f) => decodeEscapes(src, true, f), true, true, true),
  // CPython: _codecs_escape_encode_impl
  ['escape_encode', (interp, _s, args, kw) => {
    positional(interp, 'escape_encode', args, kw, 1, 2);
    const data = args[0]!;
    if (!data.ob_type.isSubtypeOf(interp.types.bytes)) PyErr_SetString(interp, 'TypeError', `escape_encode() argument 1 must be bytes, not ${data.ob_type.tp_name}`);
    errorsArg(interp, 'escape_encode', args[1]);
    const b = bufferOf(data)!;
    return bytesResult(interp, escapeEncodeBytes(b), b.length);
  }],
  // CPython: _codecs_escape_decode_impl
  ['escape_decode', (interp, _s, args, kw) => {
    positional(interp, 'escape_decode', args, kw, 1, 2);
    const data = strOrBufferArg(interp, args[0]!);
    const errors = args[1] === undefined || args[1] === interp.singletons.None ? null : errorsArg(interp, 'escape_decode', args[1]);
    const [out, invalid] = escapeDecodeBytes(interp, data, errors);
    warnInvalidEscape(interp, data, invalid);
    return bytesResult(interp, out, data.length);
  }],
  // CPython: _codecs_charmap_encode_impl
  ['charmap_encode', (interp, _s, args, kw) => {
    positional(interp, 'charmap_encode', args, kw, 1, 3);
    const str = strArg(interp, 'charmap_encode', 1, args[0]!);
    const errors = errorsArg(interp, 'charmap_encode', args[1]);
    const mapping = args[2] === undefined || args[2] === interp.singletons.None ? null : args[2];
    return bytesResult(interp, encodeCharmap(encodeInput(interp, 'charmap', errors, unicodeCodePoints(str), str), mapping), unicodeLength(str));
  }],
  // CPython: _codecs_charmap_decode_impl
  ['charmap_decode', (interp, _s, args, kw) => {
    positional(interp, 'charmap_decode', args, kw, 1, 3);
    const data = bufferArg(interp, args[0]!);
    const errors = errorsArg(interp, 'charmap_decode', args[1]);
    const mapping = args[2] === undefined || args[2] === interp.singletons.None ? null : args[2];
    return strResult(interp, whole(decodeCharmap(decodeInput(interp, 'charmap', errors, data, null), mapping), data.length));
  }],
  // CPython: _codecs_charmap_build_impl
  ['charmap_build', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'charmap_build', args, kw);
    if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `charmap_build() argument must be str, not ${o.ob_type.tp_name}`);
    const table = unicodeCodePoints(o);
    const m = buildEncodingMap(table);
    if (m !== null) return allocInstance(interp, state(interp).encodingMap, 24, 0, m);
    const d = PyDict_New(interp);
    for (let i = 0; i < table.length; i++) {
      const k = PyLong_FromNumber(interp, table[i]!);
      const v = PyLong_FromNumber(interp, i);
      PyDict_SetItem(interp, d, k, v);
      Py_DECREF(k);
      Py_DECREF(v);
    }
    return d;
  }],
  // CPython: _codecs_readbuffer_encode_impl
  ['readbuffer_encode', (interp, _s, args, kw) => {
    positional(interp, 'readbuffer_encode', args, kw, 1, 2);
    const data = strOrBufferArg(interp, args[0]!);
    errorsArg(interp, 'readbuffer_encode', args[1]);
    return bytesResult(interp, Array.from(data), data.length);
  }],
];

export function createCodecsModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_codecs'), true);
  moduleAdd(interp, m, '__doc__', interp.singletons.None);
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
