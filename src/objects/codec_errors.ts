// The codec error handlers and the way codecs call them. CPython: Python/codecs.c (the error
// registry, PyCodec_StrictErrors ... PyCodec_SurrogateEscapeErrors),
// Objects/unicodeobject.c (unicode_encode_call_errorhandler, unicode_decode_call_errorhandler_writer).
//
// A codec reports a problem as a range of its input and a reason; the handler named by `errors`
// gives a replacement (code points, or for encoders possibly bytes) and where to resume. The
// standard handlers run natively without building the exception unless they raise it; others
// are looked up in the interpreter's registry and called with a Unicode*Error.
import type { Interpreter } from '../runtime/interpreter.ts';
import { charName } from '../unicode/names.ts';
import { bufferOf, PyBytes_FromData } from './bytesobject.ts';
import { PyObject_CallOneArg } from './call.ts';
import { excField, excType, newException, PyErr_SetObject, PyErr_SetString, setExcField } from './exceptions.ts';
import { excIndexField, UNICODE_ERROR_FIELDS } from './exceptions_unicode.ts';
import { PyCFunction_New } from './methodobject.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyUnicode_FromCodePoints, PyUnicode_FromString, unicodeCodePoints, unicodeText } from './unicodeobject.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

export type ErrorKind = 'encode' | 'decode' | 'translate';

/** What a codec was working on when it met a problem. */
export interface CodecInput {
  readonly interp: Interpreter;
  readonly kind: ErrorKind;
  /** The codec's name as its messages give it, e.g. 'utf-8'. */
  readonly encoding: string;
  readonly errors: string;
  /** The text (encode, translate) or the bytes (decode). */
  readonly items: ArrayLike<number>;
  /** The Python object of `items` (borrowed), made when an exception needs it. */
  obj: PyObject | null;
}

/** A handler's answer: code points (or bytes, from encoders' handlers) and where to go on. */
export interface Replacement {
  readonly bytes: boolean;
  readonly items: number[];
  readonly newpos: number;
}

export const STANDARD_HANDLERS = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass'] as const;

function inputObject(src: CodecInput): PyObject {
  if (src.obj === null) {
    src.obj = src.kind === 'decode' ? PyBytes_FromData(src.interp, Uint8Array.from(src.items)) : PyUnicode_FromCodePoints(src.interp, src.items);
  } else Py_INCREF(src.obj);
  return src.obj;
}

/** The Unicode*Error for src's [start, end). CPython: make_encode_exception and friends */
export function codecException(src: CodecInput, start: number, end: number, reason: string): PyObject {
  const interp = src.interp;
  const type = excType(interp, src.kind === 'encode' ? 'UnicodeEncodeError' : src.kind === 'decode' ? 'UnicodeDecodeError' : 'UnicodeTranslateError');
  const values = [src.kind === 'translate' ? null : PyUnicode_FromString(interp, src.encoding), inputObject(src),
    PyLong_FromNumber(interp, start), PyLong_FromNumber(interp, end), PyUnicode_FromString(interp, reason)];
  const args = values.filter((v): v is PyObject => v !== null);
  for (const v of args) Py_INCREF(v);
  const exc = newException(interp, type, args);
  UNICODE_ERROR_FIELDS.forEach((name, i) => setExcField(exc, name, values[i]!));
  return exc;
}

/** Raises the Unicode*Error for src's [start, end). CPython: raise_encode_exception */
export function raiseCodecError(src: CodecInput, start: number, end: number, reason: string): never {
  return PyErr_SetObject(src.interp, codecException(src, start, end, reason));
}

function hexEscape(c: number): number[] {
  const s = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  return Array.from(s, (ch) => ch.charCodeAt(0));
}

function asciiOf(s: string): number[] {
  return Array.from(s, (ch) => ch.charCodeAt(0));
}

/** The UTF flavour of an encoding name for surrogatepass: [byte length, 'le' | 'be'] or null. CPython: get_standard_encoding */
function standardEncoding(encoding: string): [number, boolean] | null {
  const e = encoding.toLowerCase();
  if (e === 'cp65001') return [3, false];
  const m = /^utf[-_]?(8|16|32)(?:[-_]?(le|be))?$/.exec(e);
  if (m === null) return null;
  const n = Number(m[1]);
  return [n === 8 ? 3 : n / 8, m[2] === 'be'];
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * A standard handler's replacement for items[start, end), or null when the handler raises the
 * exception. CPython: PyCodec_IgnoreErrors ... PyCodec_SurrogateEscapeErrors
 */
function standardHandler(interp: Interpreter, name: string, kind: ErrorKind, encoding: string, items: ArrayLike<number>, start: number, end: number,
  excTypeName: string): Replacement | null {
  const notHandled = (): never => PyErr_SetString(interp, 'TypeError', `don't know how to handle ${excTypeName} in error callback`);
  const slice = Array.prototype.slice.call(items, start, end) as number[];
  switch (name) {
    case 'strict': return null;
    case 'ignore': return { bytes: false, items: [], newpos: end };
    case 'replace':
      if (kind === 'decode') return { bytes: false, items: [0xfffd], newpos: end };
      return { bytes: false, items: slice.map(() => (kind === 'encode' ? 0x3f : 0xfffd)), newpos: end };
    case 'xmlcharrefreplace':
      if (kind !== 'encode') notHandled();
      return { bytes: false, items: slice.flatMap((c) => asciiOf(`&#${c};`)), newpos: end };
    case 'backslashreplace':
      return { bytes: false, items: slice.flatMap((c) => (kind === 'decode' ? asciiOf('\\x' + c.toString(16).padStart(2, '0')) : hexEscape(c))), newpos: end };
    case 'namereplace':
      if (kind !== 'encode') notHandled();
      return {
        bytes: false, newpos: end, items: slice.flatMap((c) => {
          const n = charName(c);
          return n === undefined ? hexEscape(c) : asciiOf(`\\N{${n}}`);
        }),
      };
    case 'surrogateescape':
      if (kind === 'encode') {
        if (!slice.every((c) => c >= 0xdc80 && c <= 0xdcff)) return null;
        return { bytes: true, items: slice.map((c) => c - 0xdc00), newpos: end };
      }
      if (kind !== 'decode') notHandled();
      {
        const out: number[] = [];
        for (let i = 0; i < 4 && start + i < end; i++) {
          const b = items[start + i]!;
          if (b < 128) break;
          out.push(0xdc00 + b);
        }
        return out.length === 0 ? null : { bytes: false, items: out, newpos: start + out.length };
      }
    case 'surrogatepass': {
      if (kind === 'translate') notHandled();
      const std = standardEncoding(encoding);
      if (std === null) return null;
      const [len, be] = std;
      if (kind === 'encode') {
        const out: number[] = [];
        for (const c of slice) {
          if (!isSurrogate(c)) return null;
          if (len === 3) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
          else {
            const bytes = len === 2 ? [c & 0xff, c >> 8] : [c & 0xff, (c >> 8) & 0xff, 0, 0];
            out.push(...(be ? bytes.reverse() : bytes));
          }
        }
        return { bytes: true, items: out, newpos: end };
      }
      const at = (k: number) => (start + k < items.length ? items[start + k]! : 0);
      let c = 0;
      if (len === 3) {
        if ((at(0) & 0xf0) === 0xe0 && (at(1) & 0xc0) === 0x80 && (at(2) & 0xc0) === 0x80) c = ((at(0) & 0x0f) << 12) + ((at(1) & 0x3f) << 6) + (at(2) & 0x3f);
      } else {
        for (let k = 0; k < len; k++) c = c * 256 + at(be ? k : len - 1 - k);
      }
      if (items.length - start < len || !isSurrogate(c)) return null;
      return { bytes: false, items: [c], newpos: start + len };
    }
  }
  return PyErr_SetString(interp, 'SystemError', `no standard error handler ${name}`);
}

// The registry of error handlers by name. CPython: interp->codecs.error_registry
const registries = new PerInterpreter<Map<string, PyObject>>();

/** The registry, made with the standard handlers (strict_errors, ...) on first use. CPython: _PyCodec_InitRegistry */
function errorRegistry(interp: Interpreter): Map<string, PyObject> {
  let r = registries.get(interp);
  if (r === undefined) {
    r = new Map();
    registries.set(interp, r);
    for (const name of STANDARD_HANDLERS) {
      r.set(name, PyCFunction_New(interp, `${name}_errors`, (interp2, _self, args) => {
        if (args.length !== 1) PyErr_SetString(interp2, 'TypeError', `${name}_errors() takes exactly one argument (${args.length} given)`);
        return standardHandlerCall(interp2, name, args[0]!);
      }, null));
    }
  }
  return r;
}

/** The handler registered under `name` (borrowed), or LookupError. CPython: PyCodec_LookupError */
export function lookupErrorHandler(interp: Interpreter, name: string): PyObject {
  const h = errorRegistry(interp).get(name);
  if (h === undefined) PyErr_SetString(interp, 'LookupError', `unknown error handler name '${name}'`);
  return h;
}

/** CPython: PyCodec_RegisterError */
export function registerErrorHandler(interp: Interpreter, name: string, handler: PyObject): void {
  if (handler.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'handler must be callable');
  const reg = errorRegistry(interp);
  const old = reg.get(name);
  Py_INCREF(handler);
  reg.set(name, handler);
  if (old !== undefined) Py_DECREF(old);
}

/** Drops the registered handlers (interpreter finalization). */
export function clearErrorHandlers(interp: Interpreter): void {
  const r = registries.get(interp);
  if (r === undefined) return;
  registries.delete(interp);
  for (const h of r.values()) Py_DECREF(h);
}

const STANDARD = new Set<string>(STANDARD_HANDLERS);

/**
 * The replacement for src's [start, end) by the handler `src.errors`: a standard one natively,
 * another through the registry. CPython: unicode_encode_call_errorhandler /
 * unicode_decode_call_errorhandler_writer
 */
export function callErrorHandler(src: CodecInput, start: number, end: number, reason: string): Replacement {
  const interp = src.interp;
  if (STANDARD.has(src.errors)) {
    const excName = src.kind === 'encode' ? 'UnicodeEncodeError' : src.kind === 'decode' ? 'UnicodeDecodeError' : 'UnicodeTranslateError';
    const r = standardHandler(interp, src.errors, src.kind, src.encoding, src.items, start, end, excName);
    if (r === null) raiseCodecError(src, start, end, reason);
    return r;
  }
  const handler = lookupErrorHandler(interp, src.errors);
  const exc = codecException(src, start, end, reason);
  let res: PyObject;
  try {
    res = PyObject_CallOneArg(interp, handler, exc);
  } finally {
    Py_DECREF(exc);
  }
  try {
    return parseHandlerResult(src, res);
  } finally {
    Py_DECREF(res);
  }
}

function parseHandlerResult(src: CodecInput, res: PyObject): Replacement {
  const interp = src.interp;
  const t = interp.types;
  const msg = src.kind === 'decode' ? 'decoding error handler must return (str, int) tuple'
    : src.kind === 'encode' ? 'encoding error handler must return (str/bytes, int) tuple' : 'translating error handler must return (str, int) tuple';
  if (res.ob_type !== t.tuple && !res.ob_type.isSubtypeOf(t.tuple)) PyErr_SetString(interp, 'TypeError', msg);
  const items = (res as PyTupleObject).body;
  if (items.length !== 2) PyErr_SetString(interp, 'TypeError', msg);
  const [rep, pos] = items as [PyObject, PyObject];
  const isStr = rep.ob_type.isSubtypeOf(t.str);
  const isBytes = src.kind === 'encode' && rep.ob_type.isSubtypeOf(t.bytes);
  if ((!isStr && !isBytes) || !PyLong_Check(pos)) PyErr_SetString(interp, 'TypeError', msg);
  const len = src.items.length;
  const v = longValue(pos);
  let newpos = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
  if (newpos < 0) newpos += len;
  if (newpos < 0 || newpos > len) PyErr_SetString(interp, 'IndexError', `position ${v} from error handler out of bounds`);
  return { bytes: isBytes, items: isBytes ? Array.from(bufferOf(rep)!) : Array.from(unicodeCodePoints(rep)), newpos };
}

/** The standard handler `name` as the registry holds it: a function of the exception. CPython: the *_errors wrappers in Python/codecs.c */
export function standardHandlerCall(interp: Interpreter, name: string, exc: PyObject): PyObject {
  const t = exc.ob_type;
  const ex = interp.types.exceptions;
  if (name === 'strict') {
    if (!t.isSubtypeOf(ex.get('BaseException')!)) PyErr_SetString(interp, 'TypeError', 'codec must pass exception instance');
    Py_INCREF(exc);
    return PyErr_SetObject(interp, exc);
  }
  const kind: ErrorKind | null = t.isSubtypeOf(ex.get('UnicodeEncodeError')!) ? 'encode' : t.isSubtypeOf(ex.get('UnicodeDecodeError')!) ? 'decode'
    : t.isSubtypeOf(ex.get('UnicodeTranslateError')!) ? 'translate' : null;
  if (kind === null) PyErr_SetString(interp, 'TypeError', `don't know how to handle ${t.tp_name} in error callback`);
  const object = excField(exc, 'object');
  let items: ArrayLike<number>;
  if (kind === 'decode') {
    const b = object === null ? null : bufferOf(object);
    if (b === null) PyErr_SetString(interp, 'TypeError', 'object attribute must be bytes');
    items = b;
  } else {
    if (object === null || !object.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'object attribute must be unicode');
    items = unicodeCodePoints(object);
  }
  const encoding = kind === 'translate' ? '' : strField(interp, exc, 'encoding');
  const size = items.length;
  // CPython: PyUnicodeEncodeError_GetStart / GetEnd clamp into the object.
  let start = excIndexField(exc, 'start');
  let end = excIndexField(exc, 'end');
  if (start < 0) start = 0;
  if (start >= size) start = size === 0 ? 0 : size - 1;
  if (end < 1) end = 1;
  if (end > size) end = size;
  const r = standardHandler(interp, name, kind, encoding, items, start, end, t.tp_name);
  if (r === null) {
    Py_INCREF(exc);
    return PyErr_SetObject(interp, exc);
  }
  const rep = r.bytes ? PyBytes_FromData(interp, Uint8Array.from(r.items)) : PyUnicode_FromCodePoints(interp, r.items);
  const pos = PyLong_FromNumber(interp, r.newpos);
  return tupleFromItemsSteal(interp, [rep, pos]);
}

function strField(interp: Interpreter, exc: PyObject, name: string): string {
  const v = excField(exc, name);
  if (v === null || !v.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${name} attribute must be unicode`);
  return unicodeText(v);
}
