// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their fields (encoding,
// object, start, end, reason), constructors, members and str(). CPython: Objects/exceptions.c
// (UnicodeEncodeError_init, UnicodeDecodeError_init, UnicodeTranslateError_init, the *_str
// functions, UnicodeError_members).
import type { Interpreter } from '../runtime/interpreter.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import type { GetSetDef } from './typeobject.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { bufferOf, PyBytes_FromData } from './bytesobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { strOf } from './objectops.ts';
import { unicodeCodePoints, unicodeLength } from './unicodeobject.ts';
// A cycle with exceptions.ts: only used inside functions.
import { BaseException_init, excField, noKeywordsDict, PyErr_SetString, setExcField, type ExceptionInit } from './exceptions.ts';

export const UNICODE_ERROR_FIELDS: readonly string[] = ['encoding', 'object', 'start', 'end', 'reason'];

function newRef(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/** Argument `i` (1-based) must be a str: PyArg_ParseTuple's "U". */
function needStr(interp: Interpreter, o: PyObject, i: number): PyObject {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `argument ${i} must be str, not ${o.ob_type.tp_name}`);
  return o;
}

/** A Py_ssize_t argument ("n"). */
function needIndex(interp: Interpreter, o: PyObject): PyObject {
  const index = o.ob_type.tp_as_number?.nb_index;
  if (PyLong_Check(o)) return newRef(o);
  if (index === undefined || index === null) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return index(o);
}

function unicodeErrorInit(kind: 'encode' | 'decode' | 'translate'): ExceptionInit {
  return (interp, self, args, kwds) => {
    BaseException_init(interp, self, args, null);
    noKeywordsDict(interp, self.ob_type.tp_name, kwds);
    const a = (args as PyTupleObject).body;
    const want = kind === 'translate' ? 4 : 5;
    if (a.length !== want) PyErr_SetString(interp, 'TypeError', `function takes exactly ${want} arguments (${a.length} given)`);
    const off = kind === 'translate' ? -1 : 0;
    const encoding = kind === 'translate' ? null : needStr(interp, a[0]!, 1);
    let object: PyObject;
    if (kind === 'decode') {
      const data = bufferOf(a[1]!);
      if (data === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${a[1]!.ob_type.tp_name}'`);
      object = a[1]!.ob_type === interp.types.bytes ? newRef(a[1]!) : PyBytes_FromData(interp, data.slice());
    } else object = newRef(needStr(interp, a[1 + off]!, 2 + off));
    try {
      const start = needIndex(interp, a[2 + off]!);
      let end: PyObject;
      try {
        end = needIndex(interp, a[3 + off]!);
      } catch (e) {
        Py_DECREF(start);
        throw e;
      }
      const reason = needStr(interp, a[4 + off]!, 5 + off);
      if (encoding !== null) setExcField(self, 'encoding', newRef(encoding));
      setExcField(self, 'object', object);
      setExcField(self, 'start', start);
      setExcField(self, 'end', end);
      setExcField(self, 'reason', newRef(reason));
    } catch (e) {
      Py_DECREF(object);
      throw e;
    }
  };
}

export const UnicodeEncodeError_init = unicodeErrorInit('encode');
export const UnicodeDecodeError_init = unicodeErrorInit('decode');
export const UnicodeTranslateError_init = unicodeErrorInit('translate');

/** A field holding a Py_ssize_t (start, end): 0 until set. */
export function excIndexField(exc: PyObject, name: 'start' | 'end'): number {
  const v = excField(exc, name);
  return v === null ? 0 : Number(longValue(v));
}

function escapeChar(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** str() of a UnicodeError subclass instance; null when it is not one of the three. CPython: UnicodeEncodeError_str and friends */
export function unicodeErrorStr(interp: Interpreter, exc: PyObject): string | null {
  const isType = (name: string) => exc.ob_type.isSubtypeOf(interp.types.exceptions.get(name)!);
  if (!isType('UnicodeEncodeError') && !isType('UnicodeDecodeError') && !isType('UnicodeTranslateError')) return null;
  const object = excField(exc, 'object');
  // Without fields (made by __new__ alone, or raised by Glasspy with only a message) the
  // message is what BaseException shows; CPython's own such errors always have their fields.
  if (object === null) return null;
  const reason = strOf(interp, excField(exc, 'reason') ?? interp.singletons.None);
  const start = excIndexField(exc, 'start');
  const end = excIndexField(exc, 'end');
  if (isType('UnicodeDecodeError')) {
    const encoding = strOf(interp, excField(exc, 'encoding') ?? interp.singletons.None);
    const data = bufferOf(object);
    if (data !== null && start >= 0 && start < data.length && end === start + 1) {
      return `'${encoding}' codec can't decode byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const isStr = object.ob_type.isSubtypeOf(interp.types.str);
  const single = isStr && start >= 0 && start < unicodeLength(object) && end === start + 1;
  const what = single ? `character '${escapeChar(unicodeCodePoints(object)[start]!)}' in position ${start}` : `characters in position ${start}-${end - 1}`;
  if (isType('UnicodeTranslateError')) return `can't translate ${what}: ${reason}`;
  const encoding = strOf(interp, excField(exc, 'encoding') ?? interp.singletons.None);
  return `'${encoding}' codec can't encode ${what}: ${reason}`;
}

function objectMember(name: string): GetSetDef {
  return {
    name,
    get: (interp, o) => newRef(excField(o, name) ?? interp.singletons.None),
    set: (_interp, o, value) => setExcField(o, name, value === null ? null : newRef(value)),
  };
}

function ssizeMember(name: 'start' | 'end'): GetSetDef {
  return {
    name,
    get: (interp, o) => PyLong_FromNumber(interp, excIndexField(o, name)),
    set: (interp, o, value) => {
      if (value === null) PyErr_SetString(interp, 'TypeError', "can't delete numeric/char attribute");
      if (!PyLong_Check(value)) PyErr_SetString(interp, 'TypeError', 'an integer is required');
      setExcField(o, name, newRef(value));
    },
  };
}

// CPython: UnicodeError_members
export const UNICODE_ERROR_MEMBERS: readonly GetSetDef[] = [
  objectMember('encoding'), objectMember('object'), ssizeMember('start'), ssizeMember('end'), objectMember('reason'),
];
