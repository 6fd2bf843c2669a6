// The cmath module: the complex functions with CPython's special values and math domain/range
// errors, phase, polar, rect, the predicates, isclose and the constants. CPython:
// Modules/cmathmodule.c (the Py_complex_protected converters, cmath_log_impl, cmath_phase_impl,
// cmath_polar_impl, cmath_rect_impl, cmath_isclose_impl, cmath_exec).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { lookupSpecial } from '../../objects/abstract.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional, noKeywords, oneArg } from '../../objects/args.ts';
import { PyObject_CallNoArgs } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { complexValue, PyComplex_FromDoubles } from '../../objects/complexobject.ts';
import { PyFloat_AsDouble, PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { quot } from '../../objects/numeric/complex.ts';
import { glibcHypot } from '../../objects/numeric/libm.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import {
  cacos, cacosh, casin, casinh, catan, catanh, ccos, ccosh, cexp, clog, clog10, copysign, csin, csinh, csqrt, ctan, ctanh, RECT, specialType,
  type C, type CResult, type Errno,
} from './cmathfuncs.ts';

/** An argument as a C complex. CPython: PyComplex_AsCComplex */
function complexArg(interp: Interpreter, o: PyObject): C {
  if (o.ob_type.isSubtypeOf(interp.types.complex)) {
    const [re, im] = complexValue(o);
    return [re, im];
  }
  const f = lookupSpecial(interp, o, '__complex__');
  if (f !== null) {
    let r: PyObject;
    try {
      r = PyObject_CallNoArgs(interp, f);
    } finally {
      Py_DECREF(f);
    }
    try {
      if (!r.ob_type.isSubtypeOf(interp.types.complex)) {
        PyErr_SetString(interp, 'TypeError', `__complex__ returned non-complex (type ${r.ob_type.tp_name})`);
      }
      const [re, im] = complexValue(r);
      return [re, im];
    } finally {
      Py_DECREF(r);
    }
  }
  return [PyFloat_AsDouble(interp, o), 0];
}

function raiseErrno(interp: Interpreter, errno: Errno): void {
  if (errno === 'EDOM') PyErr_SetString(interp, 'ValueError', 'math domain error');
  if (errno === 'ERANGE') PyErr_SetString(interp, 'OverflowError', 'math range error');
}

function fromResult(interp: Interpreter, r: CResult): PyObject {
  raiseErrno(interp, r.errno);
  return PyComplex_FromDoubles(interp, r.z[0], r.z[1]);
}

/** A one-argument complex function. CPython: the Py_complex_protected return converter */
function func1(name: string, f: (z: C) => CResult): BuiltinImpl {
  return (interp, _s, args, kw) => fromResult(interp, f(complexArg(interp, oneArg(interp, `cmath.${name}`, args, kw))));
}

/** A one-argument function of a complex to any result. */
function pred(name: string, f: (interp: Interpreter, z: C) => PyObject): BuiltinImpl {
  return (interp, _s, args, kw) => f(interp, complexArg(interp, oneArg(interp, `cmath.${name}`, args, kw)));
}

const bool = (interp: Interpreter, b: boolean): PyObject => Py_NewRef(b ? interp.singletons.True : interp.singletons.False);

/** |z| with overflow as a math range error. CPython: _Py_c_abs */
function cabs(z: C): { r: number; errno: Errno } {
  const [re, im] = z;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return { r: Infinity, errno: 0 };
    return { r: NaN, errno: 0 };
  }
  const r = glibcHypot(re, im);
  return { r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
}

// CPython: cmath_log_impl — log(z[, base])
const cmath_log: BuiltinImpl = (interp, _s, args, kw) => {
  noKeywords(interp, 'cmath.log', kw);
  checkPositional(interp, 'log', args.length, 1, 2);
  let x = clog(complexArg(interp, args[0]!));
  if (args.length > 1) {
    const y = clog(complexArg(interp, args[1]!));
    const q = quot(x.z, y.z);
    x = q === undefined ? { z: [0, 0], errno: 'EDOM' } : { z: [q[0], q[1]], errno: y.errno };
  }
  return fromResult(interp, x);
};

// CPython: cmath_rect_impl
function rect(r: number, phi: number): CResult {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let z: C;
    if ((r === Infinity || r === -Infinity) && Number.isFinite(phi) && phi !== 0) {
      z = r > 0 ? [copysign(Infinity, Math.cos(phi)), copysign(Infinity, Math.sin(phi))]
        : [-copysign(Infinity, Math.cos(phi)), -copysign(Infinity, Math.sin(phi))];
    } else z = [...RECT[specialType(r)]![specialType(phi)]!];
    return { z, errno: r !== 0 && r === r && (phi === Infinity || phi === -Infinity) ? 'EDOM' : 0 };
  }
  if (phi === 0) return { z: [r, r * phi], errno: 0 };
  return { z: [r * Math.cos(phi), r * Math.sin(phi)], errno: 0 };
}

// CPython: cmath_isclose_impl
const cmath_isclose: BuiltinImpl = (interp, _s, args, kw) => {
  const [ao, bo, rt, at] = unpackKeywords(interp, 'isclose', ['a', 'b', 'rel_tol', 'abs_tol'], 0, 2, 2, args, kw);
  const a = complexArg(interp, ao!);
  const b = complexArg(interp, bo!);
  const relTol = rt === undefined ? 1e-9 : PyFloat_AsDouble(interp, rt);
  const absTol = at === undefined ? 0 : PyFloat_AsDouble(interp, at);
  if (relTol < 0 || absTol < 0) PyErr_SetString(interp, 'ValueError', 'tolerances must be non-negative');
  if (a[0] === b[0] && a[1] === b[1]) return bool(interp, true);
  if ([a[0], a[1], b[0], b[1]].some((v) => v === Infinity || v === -Infinity)) return bool(interp, false);
  const abs = (z: C): number => {
    const r = cabs(z);
    if (r.errno !== 0) PyErr_SetString(interp, 'OverflowError', 'absolute value too large');
    return r.r;
  };
  const diff = abs([a[0] - b[0], a[1] - b[1]]);
  return bool(interp, diff <= relTol * abs(b) || diff <= relTol * abs(a) || diff <= absTol);
};

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['acos', func1('acos', cacos)],
  ['acosh', func1('acosh', cacosh)],
  ['asin', func1('asin', casin)],
  ['asinh', func1('asinh', casinh)],
  ['atan', func1('atan', catan)],
  ['atanh', func1('atanh', catanh)],
  ['cos', func1('cos', ccos)],
  ['cosh', func1('cosh', ccosh)],
  ['exp', func1('exp', cexp)],
  ['isclose', cmath_isclose],
  ['isfinite', pred('isfinite', (i, z) => bool(i, Number.isFinite(z[0]) && Number.isFinite(z[1])))],
  ['isinf', pred('isinf', (i, z) => bool(i, Math.abs(z[0]) === Infinity || Math.abs(z[1]) === Infinity))],
  ['isnan', pred('isnan', (i, z) => bool(i, z[0] !== z[0] || z[1] !== z[1]))],
  ['log', cmath_log],
  ['log10', func1('log10', clog10)],
  // CPython: cmath_phase_impl
  ['phase', pred('phase', (i, z) => PyFloat_FromDouble(i, Math.atan2(z[1], z[0])))],
  // CPython: cmath_polar_impl
  ['polar', pred('polar', (i, z) => {
    const phi = Math.atan2(z[1], z[0]);
    const r = cabs(z);
    raiseErrno(i, r.errno);
    return tupleFromItemsSteal(i, [PyFloat_FromDouble(i, r.r), PyFloat_FromDouble(i, phi)]);
  })],
  ['rect', (interp, _s, args, kw) => {
    noKeywords(interp, 'cmath.rect', kw);
    checkPositional(interp, 'rect', args.length, 2, 2);
    return fromResult(interp, rect(PyFloat_AsDouble(interp, args[0]!), PyFloat_AsDouble(interp, args[1]!)));
  }],
  ['sin', func1('sin', csin)],
  ['sinh', func1('sinh', csinh)],
  ['sqrt', func1('sqrt', csqrt)],
  ['tan', func1('tan', ctan)],
  ['tanh', func1('tanh', ctanh)],
];

/** The cmath module object. CPython: cmath_exec */
export function createCmathModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'cmath'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'This module provides access to mathematical functions for complex\nnumbers.'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  moduleAdd(interp, m, 'pi', PyFloat_FromDouble(interp, Math.PI));
  moduleAdd(interp, m, 'e', PyFloat_FromDouble(interp, Math.E));
  moduleAdd(interp, m, 'tau', PyFloat_FromDouble(interp, 2 * Math.PI));
  moduleAdd(interp, m, 'inf', PyFloat_FromDouble(interp, Infinity));
  moduleAdd(interp, m, 'infj', PyComplex_FromDoubles(interp, 0, Infinity));
  moduleAdd(interp, m, 'nan', PyFloat_FromDouble(interp, NaN));
  moduleAdd(interp, m, 'nanj', PyComplex_FromDoubles(interp, 0, NaN));
  return m;
}
