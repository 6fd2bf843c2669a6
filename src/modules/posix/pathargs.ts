// Path arguments as posixmodule.c's path_converter takes them: str, bytes, or an os.PathLike
// (its __fspath__ result), with CPython's messages; results given back in the argument's kind.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { lookupSpecial } from '../../objects/abstract.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyObject_CallNoArgs } from '../../objects/call.ts';
import { decodeBytes, encodeStr } from '../../objects/codecs.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';

export interface PathArg {
  /** The path as the host takes it. */
  readonly text: string;
  /** Whether it was given as bytes (results are then bytes). */
  readonly bytes: boolean;
  /** The object given, for error messages (borrowed). */
  readonly obj: PyObject;
}

/** os.fspath(): str and bytes as they are, else __fspath__(). CPython: PyOS_FSPath */
export function PyOS_FSPath(interp: Interpreter, o: PyObject): PyObject {
  if (o.ob_type.isSubtypeOf(interp.types.str) || o.ob_type.isSubtypeOf(interp.types.bytes)) return Py_NewRef(o);
  const meth = lookupSpecial(interp, o, '__fspath__');
  if (meth === null || meth === interp.singletons.None) {
    if (meth !== null) Py_DECREF(meth);
    PyErr_SetString(interp, 'TypeError', `expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
  }
  let r: PyObject;
  try {
    r = PyObject_CallNoArgs(interp, meth);
  } finally {
    Py_DECREF(meth);
  }
  if (!r.ob_type.isSubtypeOf(interp.types.str) && !r.ob_type.isSubtypeOf(interp.types.bytes)) {
    const t = r.ob_type.tp_name;
    Py_DECREF(r);
    PyErr_SetString(interp, 'TypeError', `expected ${o.ob_type.tp_name}.__fspath__() to return str or bytes, not ${t}`);
  }
  return r;
}

/** The file system encoding's view of bytes (UTF-8, surrogateescape). */
export function fsDecode(interp: Interpreter, data: Uint8Array): string {
  return decodeBytes(interp, data, 'utf-8', 'surrogateescape');
}

export function fsEncode(interp: Interpreter, text: string): Uint8Array {
  return encodeStr(interp, text, 'utf-8', 'surrogateescape');
}

/** A path argument of `fname`'s parameter `param`. CPython: path_converter */
export function pathArg(interp: Interpreter, fname: string, param: string, o: PyObject, allowNone = false, allowFd = false): PathArg {
  const isStr = o.ob_type.isSubtypeOf(interp.types.str);
  const isBytes = o.ob_type.isSubtypeOf(interp.types.bytes);
  const fspath = isStr || isBytes ? null : lookupSpecial(interp, o, '__fspath__');
  if (fspath !== null) Py_DECREF(fspath);
  else if (!isStr && !isBytes) {
    const kinds = ['string', 'bytes', 'os.PathLike', ...(allowFd ? ['integer'] : []), ...(allowNone ? ['None'] : [])];
    const allowed = `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
    PyErr_SetString(interp, 'TypeError', `${fname}: ${param} should be ${allowed}, not ${o.ob_type.tp_name}`);
  }
  const p = PyOS_FSPath(interp, o);
  try {
    const bytes = p.ob_type.isSubtypeOf(interp.types.bytes);
    const text = bytes ? fsDecode(interp, p.body as Uint8Array) : unicodeText(p);
    if (text.includes('\0')) PyErr_SetString(interp, 'ValueError', 'embedded null byte');
    return { text, bytes, obj: o };
  } finally {
    Py_DECREF(p);
  }
}

/** A name or path result in the kind of the argument (bytes in, bytes out). */
export function pathResult(interp: Interpreter, text: string, bytes: boolean): PyObject {
  return bytes ? PyBytes_FromData(interp, fsEncode(interp, text)) : PyUnicode_FromString(interp, text);
}
