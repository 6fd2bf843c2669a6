// The codec registry: search functions, the cache of what they found, and encoding or decoding
// through a codec found there. The encodings package registers its search function when it is
// imported, which happens on the registry's first use. CPython: Python/codecs.c
// (PyCodec_Register, _PyCodec_Lookup, PyCodec_Encode, PyCodec_Decode, _PyCodec_EncodeText,
// _PyCodec_DecodeText, _PyCodec_LookupTextEncoding).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_LookupAttr } from './attributes.ts';
import { PyBytes_FromData } from './bytesobject.ts';
import { PyObject_CallOneArg, PyObject_Vectorcall } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyObject_IsTrue } from './objectops.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { normalizeEncoding } from './codecs.ts';
import { clearErrorHandlers } from './codec_errors.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

interface Registry {
  readonly search: PyObject[];
  readonly cache: Map<string, PyObject>;
}

const registries = new PerInterpreter<Registry>();

/** The registry, importing encodings (which registers its search function) on first use. CPython: _PyCodecRegistry_Init */
function registry(interp: Interpreter): Registry {
  let r = registries.get(interp);
  if (r === undefined) {
    r = { search: [], cache: new Map() };
    registries.set(interp, r);
    try {
      // CPython: PyImport_ImportModule, through builtins.__import__
      const name = PyUnicode_FromString(interp, 'encodings');
      try {
        if (interp.importFunc !== null) Py_DECREF(PyObject_CallOneArg(interp, interp.importFunc, name));
      } finally {
        Py_DECREF(name);
      }
    } catch (e) {
      // Without the standard library only the codecs registered by the program are found.
      if ((e as PyObject).ob_type === undefined || !(e as PyObject).ob_type.isSubtypeOf(interp.types.exceptions.get('ImportError')!)) throw e;
      Py_DECREF(e as PyObject);
    }
  }
  return r;
}

/** Drops the search functions and the cache (interpreter finalization). */
export function clearCodecRegistry(interp: Interpreter): void {
  const r = registries.get(interp);
  registries.delete(interp);
  if (r !== undefined) {
    for (const f of r.search.splice(0)) Py_DECREF(f);
    for (const v of r.cache.values()) Py_DECREF(v);
    r.cache.clear();
  }
  clearErrorHandlers(interp);
}

// CPython: PyCodec_Register
export function codecRegister(interp: Interpreter, func: PyObject): void {
  if (func.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'argument must be callable');
  const r = registry(interp);
  Py_INCREF(func);
  r.search.push(func);
}

// CPython: PyCodec_Unregister (the cache is emptied too)
export function codecUnregister(interp: Interpreter, func: PyObject): void {
  const r = registry(interp);
  const i = r.search.indexOf(func);
  if (i < 0) return;
  r.search.splice(i, 1);
  for (const v of r.cache.values()) Py_DECREF(v);
  r.cache.clear();
  Py_DECREF(func);
}

/** The CodecInfo of an encoding (a new reference), or LookupError. CPython: _PyCodec_Lookup */
export function codecLookup(interp: Interpreter, encoding: string): PyObject {
  const r = registry(interp);
  const norm = normalizeEncoding(encoding);
  const cached = r.cache.get(norm);
  if (cached !== undefined) {
    Py_INCREF(cached);
    return cached;
  }
  if (r.search.length === 0) PyErr_SetString(interp, 'LookupError', "no codec search functions registered: can't find encoding");
  const name = PyUnicode_FromString(interp, norm);
  try {
    for (const func of [...r.search]) {
      const res = PyObject_CallOneArg(interp, func, name);
      if (res === interp.singletons.None) {
        Py_DECREF(res);
        continue;
      }
      if (!res.ob_type.isSubtypeOf(interp.types.tuple) || (res as PyTupleObject).body.length !== 4) {
        Py_DECREF(res);
        PyErr_SetString(interp, 'TypeError', 'codec search functions must return 4-tuples');
      }
      const old = r.cache.get(norm);
      Py_INCREF(res);
      r.cache.set(norm, res);
      if (old !== undefined) Py_DECREF(old);
      return res;
    }
  } finally {
    Py_DECREF(name);
  }
  return PyErr_SetString(interp, 'LookupError', `unknown encoding: ${encoding}`);
}

/** Item i of a CodecInfo (borrowed). */
function codecItem(info: PyObject, i: number): PyObject {
  return (info as PyTupleObject).body[i]!;
}

/** The codec of a text encoding: a CodecInfo whose _is_text_encoding is false is refused. CPython: _PyCodec_LookupTextEncoding */
function lookupTextEncoding(interp: Interpreter, encoding: string, alternate: string): PyObject {
  const info = codecLookup(interp, encoding);
  if (info.ob_type !== interp.types.tuple) {
    const flag = PyObject_LookupAttr(interp, info, internedStr(interp, '_is_text_encoding'));
    if (flag !== null) {
      const text = PyObject_IsTrue(interp, flag);
      Py_DECREF(flag);
      if (!text) {
        Py_DECREF(info);
        PyErr_SetString(interp, 'LookupError', `'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`);
      }
    }
  }
  return info;
}

/** coder(obj[, errors]) and the first item of the (object, length) tuple it returns. CPython: _PyCodec_EncodeInternal / _PyCodec_DecodeInternal */
function callCoder(interp: Interpreter, coder: PyObject, obj: PyObject, errors: string | null, decode: boolean): PyObject {
  const args = [obj];
  const err = errors === null ? null : PyUnicode_FromString(interp, errors);
  if (err !== null) args.push(err);
  let res: PyObject;
  try {
    res = PyObject_Vectorcall(interp, coder, args, null);
  } finally {
    if (err !== null) Py_DECREF(err);
  }
  if (!res.ob_type.isSubtypeOf(interp.types.tuple) || (res as PyTupleObject).body.length !== 2) {
    Py_DECREF(res);
    PyErr_SetString(interp, 'TypeError', decode ? 'decoder must return a tuple (object,integer)' : 'encoder must return a tuple (object, integer)');
  }
  const v = codecItem(res, 0);
  Py_INCREF(v);
  Py_DECREF(res);
  return v;
}

/** codecs.encode / codecs.decode. CPython: PyCodec_Encode / PyCodec_Decode */
export function codecEncodeDecode(interp: Interpreter, obj: PyObject, encoding: string, errors: string | null, decode: boolean): PyObject {
  const info = codecLookup(interp, encoding);
  try {
    return callCoder(interp, codecItem(info, decode ? 1 : 0), obj, errors, decode);
  } finally {
    Py_DECREF(info);
  }
}

/** str.encode through the registry; the result must be bytes. CPython: _PyCodec_EncodeText + the check in PyUnicode_AsEncodedString */
export function encodeWithRegistry(interp: Interpreter, str: PyObject, encoding: string, errors: string | null): PyObject {
  const info = lookupTextEncoding(interp, encoding, 'codecs.encode()');
  let v: PyObject;
  try {
    v = callCoder(interp, codecItem(info, 0), str, errors, false);
  } finally {
    Py_DECREF(info);
  }
  if (v.ob_type.isSubtypeOf(interp.types.bytes)) return v;
  if (v.ob_type.isSubtypeOf(interp.types.bytearray)) {
    const b = PyBytes_FromData(interp, (v.body as Uint8Array).slice());
    Py_DECREF(v);
    return b;
  }
  const t = v.ob_type.tp_name;
  Py_DECREF(v);
  return PyErr_SetString(interp, 'TypeError', `'${encoding}' encoder returned '${t}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
}

/** bytes.decode through the registry (the decoder gets a bytes object); the result must be a str. CPython: _PyCodec_DecodeText + PyUnicode_Decode */
export function decodeWithRegistry(interp: Interpreter, data: Uint8Array, encoding: string, errors: string | null): PyObject {
  const info = lookupTextEncoding(interp, encoding, 'codecs.decode()');
  const buf = PyBytes_FromData(interp, data);
  let v: PyObject;
  try {
    v = callCoder(interp, codecItem(info, 1), buf, errors, true);
  } finally {
    Py_DECREF(buf);
    Py_DECREF(info);
  }
  if (v.ob_type.isSubtypeOf(interp.types.str)) return v;
  const t = v.ob_type.tp_name;
  Py_DECREF(v);
  return PyErr_SetString(interp, 'TypeError', `'${encoding}' decoder returned '${t}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
}
