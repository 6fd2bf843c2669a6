// The builtins about text and number conversion: format, repr, ascii, chr, ord, hex, oct, bin,
// and calling str, int and float. CPython: Python/bltinmodule.c (builtin_format_impl,
// builtin_repr, builtin_ascii, builtin_chr_impl, builtin_ord, builtin_hex ...), Objects/
// unicodeobject.c unicode_new_impl, Objects/longobject.c long_new_impl, Objects/floatobject.c
// float_new_impl.
import type { Interpreter } from './interpreter.ts';
import { checkPositional, noKeywords, oneArg } from '../objects/args.ts';
import { bindArgs } from '../objects/args_kw.ts';
import { bufferOf, intOfBuffer, latin1Text } from '../objects/bytesobject.ts';
import { decodeBytes } from '../objects/codecs.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import type { BuiltinImpl } from '../objects/methodobject.ts';
import { floatFromString, floatToInt } from '../objects/numeric/float.ts';
import { intToFloat } from '../objects/numeric/int.ts';
import { intFromString, intToBase } from '../objects/numeric/int_str.ts';
import { Py_INCREF, type PyObject } from '../objects/object.ts';
import { PyObject_Hash, PyObject_Repr, PyObject_Str } from '../objects/objectops.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { PyObject_ASCII, PyObject_Format } from '../objects/unicode_format.ts';
import { PyUnicode_FromString, unicodeLength, unicodeText } from '../objects/unicodeobject.ts';

/** The int value of an object with __index__ (ints only so far). CPython: PyNumber_Index */
export function indexValue(interp: Interpreter, o: PyObject): number | bigint {
  if (PyLong_Check(o)) return longValue(o);
  return PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
}

// CPython: builtin_format_impl
const builtinFormat: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'format', kwnames);
  checkPositional(interp, 'format', args.length, 1, 2);
  const spec = args.length > 1 ? args[1]! : null;
  if (spec !== null && !spec.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
  }
  return PyObject_Format(interp, args[0]!, spec);
};

// CPython: builtin_repr
const builtinRepr: BuiltinImpl = (interp, _self, args, kwnames) => PyObject_Repr(interp, oneArg(interp, 'repr', args, kwnames));

// CPython: builtin_ascii
const builtinAscii: BuiltinImpl = (interp, _self, args, kwnames) => PyObject_ASCII(interp, oneArg(interp, 'ascii', args, kwnames));

// CPython: builtin_chr_impl (the argument is a C int)
const builtinChr: BuiltinImpl = (interp, _self, args, kwnames) => {
  const v = indexValue(interp, oneArg(interp, 'chr', args, kwnames));
  if (v > 2147483647 || v < -2147483648) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  const c = Number(v);
  if (c < 0 || c > 0x10ffff) PyErr_SetString(interp, 'ValueError', 'chr() arg not in range(0x110000)');
  if (c < 256) return interp.singletons.latin1Chars[c]!;
  return PyUnicode_FromString(interp, String.fromCodePoint(c));
};

// CPython: builtin_ord
const builtinOrd: BuiltinImpl = (interp, _self, args, kwnames) => {
  const o = oneArg(interp, 'ord', args, kwnames);
  if (o.ob_type.isSubtypeOf(interp.types.str)) {
    const n = unicodeLength(o);
    if (n !== 1) PyErr_SetString(interp, 'TypeError', `ord() expected a character, but string of length ${n} found`);
    return PyLong_FromNumber(interp, unicodeText(o).codePointAt(0)!);
  }
  const b = bufferOf(o);
  if (b !== null) {
    if (b.length !== 1) PyErr_SetString(interp, 'TypeError', `ord() expected a character, but string of length ${b.length} found`);
    return PyLong_FromNumber(interp, b[0]!);
  }
  return PyErr_SetString(interp, 'TypeError', `ord() expected string of length 1, but ${o.ob_type.tp_name} found`);
};


function baseBuiltin(name: string, base: 2 | 8 | 16): BuiltinImpl {
  return (interp, _self, args, kwnames) => PyUnicode_FromString(interp, intToBase(indexValue(interp, oneArg(interp, name, args, kwnames)), base));
}

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
  return PyUnicode_FromString(interp, decodeBytes(interp, b, enc, errors === undefined ? 'strict' : unicodeText(errors)));
}

// CPython: long_new_impl and PyNumber_Long
function long_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [x, base] = bindArgs(interp, 'int', ['', 'base'], 1, args, kwnames);
  if (x === undefined) {
    if (base !== undefined) PyErr_SetString(interp, 'TypeError', 'int() missing string argument');
    return PyLong_FromNumber(interp, 0);
  }
  const t = interp.types;
  if (base !== undefined) {
    const b = indexValue(interp, base);
    if (x.ob_type.isSubtypeOf(t.str)) return PyLong_FromBigInt(interp, intFromString(unicodeText(x), b));
    const r = intOfBuffer(interp, x, b);
    if (r !== null) return r;
    return PyErr_SetString(interp, 'TypeError', "int() can't convert non-string with explicit base");
  }
  if (x.ob_type === t.int) {
    Py_INCREF(x);
    return x;
  }
  if (PyLong_Check(x)) return PyLong_FromBigInt(interp, BigInt(longValue(x)));
  if (x.ob_type.isSubtypeOf(t.float)) return PyLong_FromBigInt(interp, floatToInt(x.ival));
  if (x.ob_type.isSubtypeOf(t.str)) return PyLong_FromBigInt(interp, intFromString(unicodeText(x), 10));
  const r = intOfBuffer(interp, x, 10);
  if (r !== null) return r;
  return PyErr_SetString(interp, 'TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${x.ob_type.tp_name}'`);
}

// CPython: float_new_impl and PyNumber_Float
function float_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  noKeywords(interp, 'float', kwnames);
  checkPositional(interp, 'float', args.length, 0, 1);
  if (args.length === 0) return PyFloat_FromDouble(interp, 0);
  const x = args[0]!;
  const t = interp.types;
  if (x.ob_type === t.float) {
    Py_INCREF(x);
    return x;
  }
  if (x.ob_type.isSubtypeOf(t.float)) return PyFloat_FromDouble(interp, x.ival);
  if (PyLong_Check(x)) return PyFloat_FromDouble(interp, intToFloat(BigInt(longValue(x))));
  if (x.ob_type.isSubtypeOf(t.str)) return PyFloat_FromDouble(interp, floatFromString(unicodeText(x)));
  const b = bufferOf(x);
  if (b !== null) return PyFloat_FromDouble(interp, floatFromString(latin1Text(b)));
  return PyErr_SetString(interp, 'TypeError', `float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
}

// CPython: builtin_abs (PyNumber_Absolute)
const builtinAbs: BuiltinImpl = (interp, _self, args, kwnames) => {
  const o = oneArg(interp, 'abs', args, kwnames);
  const f = o.ob_type.tp_as_number?.nb_absolute;
  if (f === undefined) return PyErr_SetString(interp, 'TypeError', `bad operand type for abs(): '${o.ob_type.tp_name}'`);
  return f(o);
};

/** A hash value as an int object. */
function hashObject(interp: Interpreter, h: number | bigint): PyObject {
  return typeof h === 'number' ? PyLong_FromNumber(interp, h) : PyLong_FromBigInt(interp, h);
}

/** Adds this file's builtins through `set` (which takes over the reference). */
export function addTextBuiltins(interp: Interpreter, set: (name: string, v: PyObject) => void, fn: (name: string, impl: BuiltinImpl) => PyObject): void {
  const t = interp.types;
  t.str.tp_vectorcall = unicode_vectorcall;
  t.int.tp_vectorcall = long_vectorcall;
  t.float.tp_vectorcall = float_vectorcall;
  set('format', fn('format', builtinFormat));
  set('repr', fn('repr', builtinRepr));
  set('ascii', fn('ascii', builtinAscii));
  set('chr', fn('chr', builtinChr));
  set('ord', fn('ord', builtinOrd));
  set('hex', fn('hex', baseBuiltin('hex', 16)));
  set('oct', fn('oct', baseBuiltin('oct', 8)));
  set('bin', fn('bin', baseBuiltin('bin', 2)));
  set('str', t.str);
  set('int', t.int);
  set('float', t.float);
  set('complex', t.complex);
  set('bytes', t.bytes);
  set('bytearray', t.bytearray);
  set('abs', fn('abs', builtinAbs));
  set('hash', fn('hash', (i, _self, args, kwnames) => hashObject(i, PyObject_Hash(i, oneArg(i, 'hash', args, kwnames)))));
}
