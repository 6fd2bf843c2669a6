// Calling the immutable builtin types str, int and float, and creating instances of their
// subclasses (and of complex's and bytes') through tp_new. CPython: unicode_new_impl,
// long_new_impl, float_new_impl, and the *_subtype_new functions, which build the value with
// the base type and copy it into an instance of the subclass.
import { bindArgs } from './args_kw.ts';
import { bufferOf, bytes_vectorcall, intOfBuffer, latin1Text } from './bytesobject.ts';
import { PyUnicode_Decode } from './codecs.ts';
import { complex_vectorcall } from './complexobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { floatResult, PyFloat_FromDouble } from './floatobject.ts';
import { _PyNumber_Index, exactLong, indexValueOf, lookupSpecial, PyNumber_Index, subclassResultDeprecated } from './abstract.ts';
import { PyObject_Vectorcall } from './call.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { checkPositional, noKeywords } from './args.ts';
import { floatFromString, floatToInt, parseFloatAscii } from './numeric/float.ts';
import { transformDecimalAndSpaceToASCII } from './numeric/ascii_transform.ts';
import { reprBytes } from '../ast/repr.ts';
import { intToFloat } from './numeric/int.ts';
import { intFromString } from './numeric/int_str.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyObject_Str } from './objectops.ts';
import { PyType_GenericAlloc } from './objecttype.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyTypeObject } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

// CPython: unicode_new_impl — str(object='') or str(bytes_or_buffer, encoding, errors)
function unicode_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [obj, encoding, errors] = bindArgs(interp, 'str', ['object', 'encoding', 'errors'], 0, args, kwnames);
  if (encoding !== undefined && !encoding.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `str() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
  }
  if (errors !== undefined && !errors.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `str() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
  }
  if (obj === undefined) return interp.singletons.emptyStr;
  if (encoding === undefined && errors === undefined) return PyObject_Str(interp, obj);
  return strDecode(interp, obj, encoding, errors);
}

/** str(obj, encoding, errors): decoding a bytes-like object. CPython: PyUnicode_FromEncodedObject */
function strDecode(interp: Interpreter, obj: PyObject, encoding: PyObject | undefined, errors: PyObject | undefined): PyObject {
  if (obj.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'decoding str is not supported');
  const b = bufferOf(obj);
  if (b === null) PyErr_SetString(interp, 'TypeError', `decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
  const enc = encoding === undefined ? 'utf-8' : unicodeText(encoding);
  return PyUnicode_Decode(interp, b, obj, enc, errors === undefined ? null : unicodeText(errors));
}

// CPython: long_new_impl
function long_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [x, base] = bindArgs(interp, 'int', ['', 'base'], 1, args, kwnames);
  if (x === undefined) {
    if (base !== undefined) PyErr_SetString(interp, 'TypeError', 'int() missing string argument');
    return PyLong_FromNumber(interp, 0);
  }
  if (base === undefined) return PyNumber_Long(interp, x);
  const t = interp.types;
  const b = indexValueOf(interp, base);
  if (x.ob_type.isSubtypeOf(t.str)) return PyLong_FromBigInt(interp, intFromString(unicodeText(x), b, interp.intMaxStrDigits));
  // Only bytes and bytearray: other buffers need the base-less form.
  if (x.ob_type.isSubtypeOf(t.bytes) || x.ob_type.isSubtypeOf(t.bytearray)) return intOfBuffer(interp, x, b)!;
  return PyErr_SetString(interp, 'TypeError', "int() can't convert non-string with explicit base");
}

/**
 * int(x) without a base: __int__, __index__, then the deprecated __trunc__, then text and
 * buffers. CPython: PyNumber_Long
 */
export function PyNumber_Long(interp: Interpreter, x: PyObject): PyObject {
  const t = interp.types;
  if (x.ob_type === t.int) {
    Py_INCREF(x);
    return x;
  }
  const nb = x.ob_type.tp_as_number;
  if (nb?.nb_int !== undefined) return exactResult(interp, nb.nb_int(x), '__int__');
  if (nb?.nb_index !== undefined) return PyNumber_Index(interp, x);
  const trunc = lookupSpecial(interp, x, '__trunc__');
  if (trunc !== null) {
    let r: PyObject;
    try {
      PyErr_WarnEx(interp, 'DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.', 1);
      r = PyObject_Vectorcall(interp, trunc, [], null);
    } finally {
      Py_DECREF(trunc);
    }
    if (PyLong_Check(r)) return stealExact(interp, r);
    // __trunc__ should give an Integral; int() needs an int.
    try {
      if (r.ob_type.tp_as_number?.nb_index === undefined) PyErr_SetString(interp, 'TypeError', `__trunc__ returned non-Integral (type ${r.ob_type.tp_name})`);
      return PyNumber_Index(interp, r);
    } finally {
      Py_DECREF(r);
    }
  }
  if (x.ob_type.isSubtypeOf(t.str)) return PyLong_FromBigInt(interp, intFromString(unicodeText(x), 10, interp.intMaxStrDigits));
  const r = intOfBuffer(interp, x, 10);
  if (r !== null) return r;
  return PyErr_SetString(interp, 'TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${x.ob_type.tp_name}'`);
}

/** `r` (stolen) as an exact int. CPython: _PyLong_Copy */
function stealExact(interp: Interpreter, r: PyObject): PyObject {
  if (r.ob_type === interp.types.int) return r;
  const c = exactLong(interp, r);
  Py_DECREF(r);
  return c;
}

/** What __int__ returned (stolen): an exact int; a subclass instance is copied with a DeprecationWarning. */
function exactResult(interp: Interpreter, r: PyObject, method: string): PyObject {
  if (r.ob_type === interp.types.int) return r;
  try {
    if (!PyLong_Check(r)) PyErr_SetString(interp, 'TypeError', `${method} returned non-int (type ${r.ob_type.tp_name})`);
    PyErr_WarnEx(interp, 'DeprecationWarning', `${method} returned non-int (type ${r.ob_type.tp_name})${subclassResultDeprecated('int')}`, 1);
  } catch (e) {
    Py_DECREF(r);
    throw e;
  }
  return stealExact(interp, r);
}

// CPython: float_new_impl
function float_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'float', kwnames);
  checkPositional(interp, 'float', args.length, 0, 1);
  if (args.length === 0) return PyFloat_FromDouble(interp, 0);
  const x = args[0]!;
  if (x.ob_type === interp.types.str) return PyFloat_FromString(interp, x);
  return PyNumber_Float(interp, x);
}

/** float(x): __float__, then __index__, then text and buffers. CPython: PyNumber_Float */
export function PyNumber_Float(interp: Interpreter, x: PyObject): PyObject {
  const t = interp.types;
  if (x.ob_type === t.float) {
    Py_INCREF(x);
    return x;
  }
  const nb = x.ob_type.tp_as_number;
  if (nb?.nb_float !== undefined) return PyFloat_FromDouble(interp, floatResult(interp, x, nb.nb_float(x)));
  if (nb?.nb_index !== undefined) {
    const r = _PyNumber_Index(interp, x);
    const v = longValue(r);
    Py_DECREF(r);
    return PyFloat_FromDouble(interp, typeof v === 'number' ? v : intToFloat(v));
  }
  // A float subclass without __float__.
  if (x.ob_type.isSubtypeOf(t.float)) return PyFloat_FromDouble(interp, x.ival);
  return PyFloat_FromString(interp, x);
}

// CPython: PyFloat_FromString
function PyFloat_FromString(interp: Interpreter, x: PyObject): PyObject {
  if (x.ob_type.isSubtypeOf(interp.types.str)) return PyFloat_FromDouble(interp, floatFromString(unicodeText(x)));
  const b = bufferOf(x);
  if (b !== null) {
    // CPython: PyFloat_FromString reports the bytes object itself.
    const v = parseFloatAscii(transformDecimalAndSpaceToASCII(latin1Text(b)));
    if (v === undefined) PyErr_SetString(interp, 'ValueError', `could not convert string to float: ${reprBytes(b)}`);
    return PyFloat_FromDouble(interp, v);
  }
  return PyErr_SetString(interp, 'TypeError', `float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
}


type Vectorcall = (type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;

/** The interned flag of a str's `ival` (a subclass instance is never interned). */
const STR_INTERNED = 4;

/**
 * tp_new of an immutable builtin type: the value is built by the type's own constructor, then
 * copied into a new instance when `type` is a subclass. CPython: unicode_subtype_new,
 * long_subtype_new, float_subtype_new, complex_subtype_from_doubles, bytes_subtype_new
 */
function subtypeNew(base: PyTypeObject, make: Vectorcall) {
  return (type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject => {
    const v = make(base, args, kwnames);
    if (type === base) return v;
    const o = PyType_GenericAlloc(type);
    o.ival = base === type.tp_interp.types.str ? v.ival & ~STR_INTERNED : v.ival;
    o.body = v.body;
    Py_DECREF(v);
    return o;
  };
}

/** Sets the constructors of str, int, float, complex and bytes (before the types are readied). */
export function installConstructors(interp: Interpreter): void {
  const t = interp.types;
  const pairs: [PyTypeObject, Vectorcall][] = [[t.str, unicode_vectorcall], [t.int, long_vectorcall], [t.float, float_vectorcall],
    [t.complex, complex_vectorcall], [t.bytes, bytes_vectorcall]];
  for (const [type, make] of pairs) {
    type.tp_vectorcall = make;
    type.tp_new = subtypeNew(type, make);
    // float alone has a vectorcall in CPython 3.12 (float_vectorcall).
    type.tp_call_makes_args = type !== t.float;
  }
}
