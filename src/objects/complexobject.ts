// complex. CPython: Objects/complexobject.c. The value [real, imag] is in `body`; the arithmetic
// is the numeric layer's (src/objects/numeric/complex.ts).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { bindArgs } from './args_kw.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyFloat_FromDouble } from './floatobject.ts';
import { complexHash, type PyHash } from './hash/index.ts';
import { longValue, PyLong_Check } from './longobject.ts';
import { complexAbs, complexAdd, complexDiv, complexFromString, complexMul, complexNeg, complexPow, complexRepr, complexSub, type Complex } from './numeric/complex.ts';
import { intToFloat } from './numeric/int.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyObject_LookupSpecial } from './attributes.ts';
import { PyObject_CallNoArgs } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyNumber_Float } from './constructors.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';
import type { GetSetDef, MethodDef, NumberMethods, PyTypeObject } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { formatComplex } from './numeric/format_spec.ts';
import { Py_EQ, Py_NE } from './objectops.ts';

export interface PyComplexObject extends PyObject {
  body: Complex;
}

/** sizeof(PyComplexObject) on 64-bit 3.12. */
const SIZEOF_PYCOMPLEXOBJECT = 32;

// CPython: PyComplex_FromCComplex
export function PyComplex_FromDoubles(interp: Interpreter, re: number, im: number): PyObject {
  return allocObject(interp, interp.types.complex, SIZEOF_PYCOMPLEXOBJECT, 0, [re, im] as Complex);
}

function fromC(interp: Interpreter, z: Complex): PyObject {
  return allocObject(interp, interp.types.complex, SIZEOF_PYCOMPLEXOBJECT, 0, z);
}

// CPython: complex_dealloc
export function complex_dealloc(o: PyObject): void {
  freeObject(o);
}

export function complexValue(o: PyObject): Complex {
  return (o as PyComplexObject).body;
}

/** An int's value as a double, with CPython's OverflowError. */
function intAsDouble(o: PyObject): number {
  const v = longValue(o);
  return typeof v === 'number' ? v : intToFloat(v);
}

/** The operand as a complex, null when it is not a number complex arithmetic takes. CPython: to_complex */
function toComplex(o: PyObject): Complex | null {
  const t = o.ob_type.tp_interp.types;
  if (o.ob_type.isSubtypeOf(t.complex)) return complexValue(o);
  if (PyLong_Check(o)) return [intAsDouble(o), 0];
  if (o.ob_type.isSubtypeOf(t.float)) return [o.ival, 0];
  return null;
}

function complexSlot(op: (a: Complex, b: Complex) => Complex) {
  return (a: PyObject, b: PyObject): PyObject => {
    const interp = a.ob_type.tp_interp;
    const x = toComplex(a);
    if (x === null) return interp.singletons.NotImplemented;
    const y = toComplex(b);
    if (y === null) return interp.singletons.NotImplemented;
    return fromC(interp, op(x, y));
  };
}

// CPython: complex_pow
function complex_pow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = toComplex(a);
  const y = toComplex(b);
  if (x === null || y === null) return interp.singletons.NotImplemented;
  if (m !== interp.singletons.None) PyErr_SetString(interp, 'ValueError', 'complex modulo');
  return fromC(interp, complexPow(x, y));
}

export const complex_as_number: NumberMethods = {
  nb_add: complexSlot(complexAdd),
  nb_subtract: complexSlot(complexSub),
  nb_multiply: complexSlot(complexMul),
  nb_true_divide: complexSlot(complexDiv),
  nb_power: complex_pow,
  nb_negative: (o) => fromC(o.ob_type.tp_interp, complexNeg(complexValue(o))),
  // CPython: complex_pos — an exact complex is returned as it is
  nb_positive: (o) => {
    if (o.ob_type === o.ob_type.tp_interp.types.complex) {
      Py_INCREF(o);
      return o;
    }
    return fromC(o.ob_type.tp_interp, complexValue(o));
  },
  nb_absolute: (o) => PyFloat_FromDouble(o.ob_type.tp_interp, complexAbs(complexValue(o))),
  nb_bool: (o) => complexValue(o)[0] !== 0 || complexValue(o)[1] !== 0,
};

/** A negative-base float power: the complex result float ** float asks for. */
export function complexPowOfFloats(interp: Interpreter, x: number, y: number): PyObject {
  return fromC(interp, complexPow([x, 0], [y, 0]));
}

// CPython: complex_repr
export function complex_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, complexRepr(complexValue(o)));
}

// CPython: complex_hash
export function complex_hash(o: PyObject): PyHash {
  const [re, im] = complexValue(o);
  return complexHash(re, im, o.addr);
}

// CPython: complex_richcompare — only == and != ; an int compares exactly with the real part.
export function complex_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  const s = interp.singletons;
  if ((op !== Py_EQ && op !== Py_NE) || !v.ob_type.isSubtypeOf(interp.types.complex)) return s.NotImplemented;
  const [re, im] = complexValue(v);
  let equal: boolean;
  if (PyLong_Check(w)) {
    if (im !== 0) equal = false;
    else {
      const n = longValue(w);
      equal = Number.isFinite(re) && Number.isInteger(re) && BigInt(re) === BigInt(n);
    }
  } else if (w.ob_type.isSubtypeOf(interp.types.float)) {
    equal = re === w.ival && im === 0;
  } else if (w.ob_type.isSubtypeOf(interp.types.complex)) {
    const [re2, im2] = complexValue(w);
    equal = re === re2 && im === im2;
  } else return s.NotImplemented;
  return equal === (op === Py_EQ) ? s.True : s.False;
}

/** Whether complex() takes `o` as a number: a complex, or a type with __float__ or __index__. */
function isNumberArg(o: PyObject): boolean {
  const nb = o.ob_type.tp_as_number;
  return (nb !== null && (nb.nb_float !== undefined || nb.nb_index !== undefined)) || o.ob_type.isSubtypeOf(o.ob_type.tp_interp.types.complex);
}

/** A real part of complex() as a double. CPython: PyNumber_Float, PyFloat_AsDouble */
function realOf(interp: Interpreter, o: PyObject): number {
  if (o.ob_type.isSubtypeOf(interp.types.float)) return o.ival;
  if (PyLong_Check(o)) return intAsDouble(o);
  const f = PyNumber_Float(interp, o);
  const v = f.ival;
  Py_DECREF(f);
  return v;
}

/** __complex__'s result for complex(), or null when the type has none. CPython: try_complex_special_method */
function tryComplexSpecialMethod(interp: Interpreter, o: PyObject): PyObject | null {
  const f = PyObject_LookupSpecial(interp, o, internedStr(interp, '__complex__'));
  if (f === null) return null;
  let res: PyObject;
  try {
    res = PyObject_CallNoArgs(interp, f);
  } finally {
    Py_DECREF(f);
  }
  if (res.ob_type === interp.types.complex) return res;
  if (!res.ob_type.isSubtypeOf(interp.types.complex)) {
    Py_DECREF(res);
    PyErr_SetString(interp, 'TypeError', `__complex__ returned non-complex (type ${res.ob_type.tp_name})`);
  }
  try {
    PyErr_WarnEx(interp, 'DeprecationWarning', `__complex__ returned non-complex (type ${res.ob_type.tp_name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`, 1);
  } catch (e) {
    Py_DECREF(res);
    throw e;
  }
  return res;
}

// CPython: complex_new_impl
export function complex_vectorcall(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const t = interp.types;
  const [r, i] = bindArgs(interp, 'complex', ['real', 'imag'], 0, args, kwnames);
  if (r === undefined && i === undefined) return PyComplex_FromDoubles(interp, 0, 0);
  if (r !== undefined && r.ob_type.isSubtypeOf(t.str)) {
    if (i !== undefined) PyErr_SetString(interp, 'TypeError', "complex() can't take second arg if first is a string");
    return fromC(interp, complexFromString(unicodeText(r)));
  }
  if (i !== undefined && i.ob_type.isSubtypeOf(t.str)) PyErr_SetString(interp, 'TypeError', "complex() second arg can't be a string");
  if (r !== undefined && r.ob_type === t.complex && i === undefined) {
    Py_INCREF(r);
    return r;
  }
  let cr: Complex = [0, 0];
  let realIsComplex = false;
  if (r !== undefined) {
    const special = tryComplexSpecialMethod(interp, r);
    const real = special ?? r;
    try {
      if (!isNumberArg(real)) PyErr_SetString(interp, 'TypeError', `complex() first argument must be a string or a number, not '${real.ob_type.tp_name}'`);
      if (i !== undefined && !isNumberArg(i)) PyErr_SetString(interp, 'TypeError', `complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
      if (real.ob_type.isSubtypeOf(t.complex)) {
        cr = complexValue(real);
        realIsComplex = true;
      } else {
        cr = [realOf(interp, real), 0];
      }
    } finally {
      if (special !== null) Py_DECREF(special);
    }
  } else if (i !== undefined && !isNumberArg(i)) {
    PyErr_SetString(interp, 'TypeError', `complex() second argument must be a number, not '${i.ob_type.tp_name}'`);
  }
  let ci: Complex = [0, 0];
  let imagIsComplex = false;
  if (i !== undefined) {
    if (i.ob_type.isSubtypeOf(t.complex)) {
      ci = complexValue(i);
      imagIsComplex = true;
    } else {
      ci = [realOf(interp, i), 0];
    }
  }
  // real - imag.imag + (real.imag + imag.real) j, keeping a real part untouched when imag is absent
  let re = cr[0];
  let im = realIsComplex ? cr[1] : 0;
  if (i !== undefined) {
    if (imagIsComplex) re -= ci[1];
    im = realIsComplex ? im + ci[0] : ci[0];
  }
  return PyComplex_FromDoubles(interp, re, im);
}

export const complex_methods: readonly MethodDef[] = [
  // CPython: complex_conjugate_impl
  { name: 'conjugate', flags: 0x0004, impl: (interp, self) => { const [re, im] = complexValue(self!); return PyComplex_FromDoubles(interp, re, -im); } },
  // CPython: complex___format___impl
  { name: '__format__', flags: 0x0008, impl: (interp, self, args) => {
    const spec = args[0]!;
    if (!spec.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    const [re, im] = complexValue(self!);
    return PyUnicode_FromString(interp, formatComplex(re, im, unicodeText(spec), self!.ob_type.tp_name));
  } },
  // CPython: complex___complex___impl
  { name: '__complex__', flags: 0x0004, impl: (interp, self) => { const [re, im] = complexValue(self!); return PyComplex_FromDoubles(interp, re, im); } },
];

// CPython declares real and imag as READONLY members, whose setter says "readonly attribute".
const readonlyMember = (interp: Interpreter): void => PyErr_SetString(interp, 'AttributeError', 'readonly attribute');

export const complex_getset: readonly GetSetDef[] = [
  { name: 'real', get: (interp, o) => PyFloat_FromDouble(interp, complexValue(o)[0]), set: readonlyMember, doc: 'the real part of a complex number' },
  { name: 'imag', get: (interp, o) => PyFloat_FromDouble(interp, complexValue(o)[1]), set: readonlyMember, doc: 'the imaginary part of a complex number' },
];
