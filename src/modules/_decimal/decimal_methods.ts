// The operations Decimal and Context both offer, from one table: as Decimal methods taking the
// other operands and an optional context, and as Context methods taking every operand.
// CPython: Modules/_decimal/_decimal.c (Dec_UnaryFuncVA, Dec_BinaryFuncVA, Dec_TernaryFuncVA,
// DecCtx_UnaryFunc, DecCtx_BinaryFunc, DecCtx_TernaryFunc and the functions they make).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type MethodDef } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import * as A from './arith.ts';
import { adjexp, type Ctx, type Dec, Kind, ROUND_NAMES, type Round, toSci } from './number.ts';
import { exp, ln, log10, pow } from './transcend.ts';
import { convertOpRaise, dec, inContext, newDecimal } from './decimalobject.ts';
import { ctxArg, ctxBody, ctxOf, decimalState } from './state.ts';

type Op = (d: Dec[], c: Ctx) => Dec;

const ROUNDING_MSG = 'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]';

/** A rounding mode given as one of the ROUND_* strings. CPython: getround */
export function roundingArg(interp: Interpreter, o: PyObject): Round {
  if (o.ob_type === interp.types.str || o.ob_type.isSubtypeOf(interp.types.str)) {
    const i = ROUND_NAMES.indexOf(unicodeText(o));
    if (i >= 0) return i as Round;
  }
  return PyErr_SetString(interp, 'TypeError', ROUNDING_MSG);
}

const and = (x: number, y: number): number => x & y;
const or = (x: number, y: number): number => x | y;
const xor = (x: number, y: number): number => x ^ y;
const invert = (x: number): number => x ^ 1;

/** Operations with a Decimal result: name, number of operands, computation. */
const OPS: readonly (readonly [string, number, Op])[] = [
  ['exp', 1, (d, c) => exp(d[0]!, c)],
  ['ln', 1, (d, c) => ln(d[0]!, c)],
  ['log10', 1, (d, c) => log10(d[0]!, c)],
  ['logb', 1, (d, c) => A.logb(d[0]!, c)],
  ['logical_invert', 1, (d, c) => A.logical(d[0]!, null, invert, c)],
  ['next_minus', 1, (d, c) => A.nextStep(d[0]!, false, c)],
  ['next_plus', 1, (d, c) => A.nextStep(d[0]!, true, c)],
  ['normalize', 1, (d, c) => A.reduce(d[0]!, c)],
  ['sqrt', 1, (d, c) => A.sqrt(d[0]!, c)],
  ['compare', 2, (d, c) => A.compare(d[0]!, d[1]!, c, false)],
  ['compare_signal', 2, (d, c) => A.compare(d[0]!, d[1]!, c, true)],
  ['max', 2, (d, c) => A.maxMin(d[0]!, d[1]!, c, true, false)],
  ['max_mag', 2, (d, c) => A.maxMin(d[0]!, d[1]!, c, true, true)],
  ['min', 2, (d, c) => A.maxMin(d[0]!, d[1]!, c, false, false)],
  ['min_mag', 2, (d, c) => A.maxMin(d[0]!, d[1]!, c, false, true)],
  ['next_toward', 2, (d, c) => A.nextToward(d[0]!, d[1]!, c)],
  ['remainder_near', 2, (d, c) => A.remNear(d[0]!, d[1]!, c)],
  ['rotate', 2, (d, c) => A.rotateShift(d[0]!, d[1]!, c, true)],
  ['scaleb', 2, (d, c) => A.scaleb(d[0]!, d[1]!, c)],
  ['shift', 2, (d, c) => A.rotateShift(d[0]!, d[1]!, c, false)],
  ['logical_and', 2, (d, c) => A.logical(d[0]!, d[1]!, and, c)],
  ['logical_or', 2, (d, c) => A.logical(d[0]!, d[1]!, or, c)],
  ['logical_xor', 2, (d, c) => A.logical(d[0]!, d[1]!, xor, c)],
  ['fma', 3, (d, c) => A.fma(d[0]!, d[1]!, d[2]!, c)],
];

/** Operations only Context has as such (Decimal has them as operators). */
const CONTEXT_OPS: readonly (readonly [string, number, Op])[] = [
  ['abs', 1, (d, c) => A.abs(d[0]!, c)],
  ['minus', 1, (d, c) => A.minus(d[0]!, c)],
  ['plus', 1, (d, c) => A.plus(d[0]!, c)],
  ['add', 2, (d, c) => A.add(d[0]!, d[1]!, c)],
  ['subtract', 2, (d, c) => A.sub(d[0]!, d[1]!, c)],
  ['multiply', 2, (d, c) => A.mul(d[0]!, d[1]!, c)],
  ['divide', 2, (d, c) => A.div(d[0]!, d[1]!, c)],
  ['divide_int', 2, (d, c) => A.divint(d[0]!, d[1]!, c)],
  ['remainder', 2, (d, c) => A.rem(d[0]!, d[1]!, c)],
  ['quantize', 2, (d, c) => A.quantize(d[0]!, d[1]!, c.round, c)],
  ['to_integral', 1, (d, c) => A.toIntegral(d[0]!, c.round, false, c)],
  ['to_integral_value', 1, (d, c) => A.toIntegral(d[0]!, c.round, false, c)],
  ['to_integral_exact', 1, (d, c) => A.toIntegral(d[0]!, c.round, true, c)],
];

/** Operations that need no context, with a Decimal result. */
const PURE_OPS: readonly (readonly [string, number, (d: Dec[]) => Dec])[] = [
  ['compare_total', 2, (d) => A.compareTotal(d[0]!, d[1]!)],
  ['compare_total_mag', 2, (d) => A.compareTotalMag(d[0]!, d[1]!)],
  ['copy_sign', 2, (d) => A.copySign(d[0]!, d[1]!)],
];

/** The predicates; those with a context use it. */
const PREDICATES: readonly (readonly [string, (d: Dec, c: Ctx | null) => boolean, boolean])[] = [
  ['is_canonical', () => true, false],
  ['is_finite', (d) => d.kind === Kind.FINITE, false],
  ['is_infinite', (d) => d.kind === Kind.INF, false],
  ['is_nan', (d) => d.kind >= Kind.NAN, false],
  ['is_qnan', (d) => d.kind === Kind.NAN, false],
  ['is_snan', (d) => d.kind === Kind.SNAN, false],
  ['is_signed', (d) => d.sign === 1, false],
  ['is_zero', (d) => d.kind === Kind.FINITE && d.coef === 0n, false],
  ['is_normal', (d, c) => d.kind === Kind.FINITE && d.coef !== 0n && adjexp(d) >= c!.emin, true],
  ['is_subnormal', (d, c) => d.kind === Kind.FINITE && d.coef !== 0n && adjexp(d) < c!.emin, true],
];

/** The class of a number. CPython: mpd_class */
export function numberClass(d: Dec, c: Ctx): string {
  if (d.kind === Kind.SNAN) return 'sNaN';
  if (d.kind === Kind.NAN) return 'NaN';
  const s = d.sign ? '-' : '+';
  if (d.kind === Kind.INF) return `${s}Infinity`;
  if (d.coef === 0n) return `${s}Zero`;
  return adjexp(d) < c.emin ? `${s}Subnormal` : `${s}Normal`;
}

const OPERAND_NAMES = ['other', 'third'];
const boolObj = (interp: Interpreter, b: boolean): PyObject => Py_NewRef(b ? interp.singletons.True : interp.singletons.False);

/** Binds a Decimal method's arguments: its extra operands (converted), then `extra` names, then context. */
function decimalArgs(interp: Interpreter, self: PyObject, n: number, extra: readonly string[], args: readonly PyObject[],
  kwnames: PyObject | null): { ops: Dec[]; extras: (PyObject | undefined)[]; ctxObj: PyObject } {
  const names = [...OPERAND_NAMES.slice(0, n - 1), ...extra, 'context'];
  const bound = bindArgs(interp, 'function', names, 0, args, kwnames);
  const ops = [dec(self)];
  for (let i = 0; i < n - 1; i++) {
    const o = bound[i];
    if (o === undefined) PyErr_SetString(interp, 'TypeError', `function missing required argument '${names[i]}' (pos ${i + 1})`);
    ops.push(convertOpRaise(interp, o));
  }
  const ctxObj = ctxArg(interp, bound[names.length - 1]);
  return { ops, extras: bound.slice(n - 1, names.length - 1), ctxObj };
}

/** The methods of Decimal that come from the shared table. */
export function decimalTableMethods(): MethodDef[] {
  const out: MethodDef[] = [];
  const KW = METH_FASTCALL | METH_KEYWORDS;
  for (const [name, n, f] of OPS) {
    out.push({ name, flags: KW, impl: (interp, self, args, kwnames) => {
      const { ops, ctxObj } = decimalArgs(interp, self!, n, [], args, kwnames);
      return newDecimal(interp, inContext(interp, ctxObj, (c) => f(ops, c)));
    } });
  }
  for (const [name, n, f] of PURE_OPS) {
    out.push({ name, flags: KW, impl: (interp, self, args, kwnames) => newDecimal(interp, f(decimalArgs(interp, self!, n, [], args, kwnames).ops)) });
  }
  for (const [name, f, withCtx] of PREDICATES) {
    out.push(withCtx
      ? { name, flags: KW, impl: (interp, self, args, kwnames) => {
        const { ctxObj } = decimalArgs(interp, self!, 1, [], args, kwnames);
        return boolObj(interp, f(dec(self!), ctxOf(ctxObj)));
      } }
      : { name, flags: METH_NOARGS, impl: (interp, self) => boolObj(interp, f(dec(self!), null)) });
  }
  for (const [name, exact] of [['to_integral', false], ['to_integral_value', false], ['to_integral_exact', true]] as const) {
    out.push({ name, flags: KW, impl: (interp, self, args, kwnames) => {
      const { ops, extras, ctxObj } = decimalArgs(interp, self!, 1, ['rounding'], args, kwnames);
      const r = extras[0] === undefined || extras[0] === interp.singletons.None ? null : roundingArg(interp, extras[0]);
      return newDecimal(interp, inContext(interp, ctxObj, (c) => A.toIntegral(ops[0]!, r ?? c.round, exact, c)));
    } });
  }
  out.push({ name: 'quantize', flags: KW, impl: (interp, self, args, kwnames) => {
    const names = ['exp', 'rounding', 'context'];
    const bound = bindArgs(interp, 'function', names, 0, args, kwnames);
    if (bound[0] === undefined) PyErr_SetString(interp, 'TypeError', "function missing required argument 'exp' (pos 1)");
    const b = convertOpRaise(interp, bound[0]);
    const r = bound[1] === undefined || bound[1] === interp.singletons.None ? null : roundingArg(interp, bound[1]);
    const ctxObj = ctxArg(interp, bound[2]);
    return newDecimal(interp, inContext(interp, ctxObj, (c) => A.quantize(dec(self!), b, r ?? c.round, c)));
  } });
  out.push({ name: 'same_quantum', flags: KW, impl: (interp, self, args, kwnames) => {
    const { ops } = decimalArgs(interp, self!, 2, [], args, kwnames);
    return boolObj(interp, A.sameQuantum(ops[0]!, ops[1]!));
  } });
  out.push({ name: 'number_class', flags: KW, impl: (interp, self, args, kwnames) => {
    const { ctxObj } = decimalArgs(interp, self!, 1, [], args, kwnames);
    return PyUnicode_FromString(interp, numberClass(dec(self!), ctxOf(ctxObj)));
  } });
  out.push({ name: 'to_eng_string', flags: KW, impl: (interp, self, args, kwnames) => {
    const { ctxObj } = decimalArgs(interp, self!, 1, [], args, kwnames);
    return PyUnicode_FromString(interp, toSci(dec(self!), true, ctxBody(ctxObj).capitals));
  } });
  return out;
}

/** Converts a Context method's operands. */
function ctxOperands(interp: Interpreter, name: string, n: number, args: readonly PyObject[]): Dec[] {
  checkPositional(interp, name, args.length, n, n);
  return args.map((a) => convertOpRaise(interp, a));
}

/** The methods of Context that come from the shared table. */
export function contextTableMethods(): MethodDef[] {
  const out: MethodDef[] = [];
  const flagsFor = (n: number): number => (n === 1 ? METH_O : METH_FASTCALL);
  for (const [name, n, f] of [...OPS, ...CONTEXT_OPS]) {
    out.push({ name, flags: flagsFor(n), impl: (interp, self, args) => {
      const ops = ctxOperands(interp, name, n, args);
      return newDecimal(interp, inContext(interp, self!, (c) => f(ops, c)));
    } });
  }
  for (const [name, n, f] of PURE_OPS) {
    out.push({ name, flags: flagsFor(n), impl: (interp, _self, args) => newDecimal(interp, f(ctxOperands(interp, name, n, args))) });
  }
  for (const [name, f] of PREDICATES) {
    out.push({ name, flags: METH_O, impl: (interp, self, args) => boolObj(interp, f(ctxOperands(interp, name, 1, args)[0]!, ctxOf(self!))) });
  }
  const unaryPure: readonly (readonly [string, (d: Dec) => Dec])[] = [
    ['copy_abs', A.copyAbs], ['copy_negate', A.copyNegate], ['canonical', (d) => d], ['copy_decimal', (d) => d],
  ];
  for (const [name, f] of unaryPure) {
    out.push({ name, flags: METH_O, impl: (interp, _self, args) => newDecimal(interp, f(ctxOperands(interp, name, 1, args)[0]!)) });
  }
  out.push({ name: 'same_quantum', flags: METH_FASTCALL, impl: (interp, _self, args) => {
    const [a, b] = ctxOperands(interp, 'same_quantum', 2, args);
    return boolObj(interp, A.sameQuantum(a!, b!));
  } });
  out.push({ name: 'number_class', flags: METH_O, impl: (interp, self, args) => PyUnicode_FromString(interp, numberClass(ctxOperands(interp, 'number_class', 1, args)[0]!, ctxOf(self!))) });
  for (const [name, eng] of [['to_sci_string', false], ['to_eng_string', true]] as const) {
    out.push({ name, flags: METH_O, impl: (interp, self, args) => PyUnicode_FromString(interp, toSci(ctxOperands(interp, name, 1, args)[0]!, eng, ctxBody(self!).capitals)) });
  }
  out.push({ name: 'divmod', flags: METH_FASTCALL, impl: (interp, self, args) => {
    const [a, b] = ctxOperands(interp, 'divmod', 2, args);
    const [q, r] = inContext(interp, self!, (c) => A.divmod(a!, b!, c));
    return decimalState(interp).pair(newDecimal(interp, q), newDecimal(interp, r));
  } });
  out.push({ name: 'power', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kwnames) => {
    const [a, b, m] = bindArgs(interp, 'function', ['a', 'b', 'modulo'], 0, args, kwnames);
    if (a === undefined || b === undefined) PyErr_SetString(interp, 'TypeError', `function missing required argument '${a === undefined ? 'a' : 'b'}' (pos ${a === undefined ? 1 : 2})`);
    const x = convertOpRaise(interp, a);
    const y = convertOpRaise(interp, b);
    const mod = m === undefined || m === interp.singletons.None ? null : convertOpRaise(interp, m);
    return newDecimal(interp, inContext(interp, self!, (c) => (mod === null ? pow(x, y, c) : A.powmod(x, y, mod, c))));
  } });
  out.push({ name: 'radix', flags: METH_NOARGS, impl: (interp) => newDecimal(interp, { sign: 0, coef: 10n, exp: 0, kind: Kind.FINITE }) });
  return out;
}

