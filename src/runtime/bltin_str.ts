// The builtins about text and number conversion: format, repr, ascii, chr, ord, hex, oct, bin,
// abs, hash, and the names of the str, int, float, complex, bytes and bytearray types.
// CPython: Python/bltinmodule.c (builtin_format_impl, builtin_repr, builtin_ascii,
// builtin_chr_impl, builtin_ord, builtin_hex ...).
import type { Interpreter } from './interpreter.ts';
import { checkPositional, noKeywords, oneArg } from '../objects/args.ts';
import { bufferOf } from '../objects/bytesobject.ts';
import { indexValueOf, PyNumber_Absolute } from '../objects/abstract.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import type { BuiltinImpl } from '../objects/methodobject.ts';
import { intToBase } from '../objects/numeric/int_str.ts';
import type { PyObject } from '../objects/object.ts';
import { PyObject_Hash, PyObject_Repr } from '../objects/objectops.ts';
import { PyObject_ASCII, PyObject_Format } from '../objects/unicode_format.ts';
import { PyUnicode_FromString, unicodeLength, unicodeText } from '../objects/unicodeobject.ts';


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
  const v = indexValueOf(interp, oneArg(interp, 'chr', args, kwnames));
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
  return (interp, _self, args, kwnames) => PyUnicode_FromString(interp, intToBase(indexValueOf(interp, oneArg(interp, name, args, kwnames)), base));
}

// CPython: builtin_abs (PyNumber_Absolute)
const builtinAbs: BuiltinImpl = (interp, _self, args, kwnames) => PyNumber_Absolute(interp, oneArg(interp, 'abs', args, kwnames));

/** A hash value as an int object. */
function hashObject(interp: Interpreter, h: number | bigint): PyObject {
  return typeof h === 'number' ? PyLong_FromNumber(interp, h) : PyLong_FromBigInt(interp, h);
}

/** Adds this file's builtins through `set` (which takes over the reference). */
export function addTextBuiltins(interp: Interpreter, set: (name: string, v: PyObject) => void, fn: (name: string, impl: BuiltinImpl) => PyObject): void {
  const t = interp.types;
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
