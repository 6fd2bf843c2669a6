// The _operator module, the C half of operator.py: the operators as functions, length_hint,
// call, _compare_digest and the itemgetter, attrgetter and methodcaller types. CPython:
// Modules/_operator.c.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { binaryOp1, NB, PyNumber_Absolute, PyNumber_BinaryOp, PyNumber_Index, PyNumber_Invert, PyNumber_Multiply, PyNumber_Negative, PyNumber_Positive,
  PyObject_DelItem, PyObject_GetItem, PyObject_LengthHint, PyObject_SetItem, PySequence_Contains, PySequence_Count, PySequence_Index } from '../../objects/abstract.ts';
import { checkPositional, noKeywords, oneArg } from '../../objects/args.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue, PyObject_RichCompare, Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE } from '../../objects/objectops.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { kwCount, ssizeIndexArg } from '../modsupport.ts';
import { compare_digest } from './compare_digest.ts';
import { operatorState } from './state.ts';

const MODULE_DOC = 'Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  ' +
  'For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\n' +
  "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

const bool = (interp: Interpreter, b: boolean): PyObject => Py_NewRef(b ? interp.singletons.True : interp.singletons.False);

/** A one-argument function (METH_O). */
function unary(name: string, f: (interp: Interpreter, a: PyObject) => PyObject): [string, BuiltinImpl] {
  return [name, (interp, _self, args, kwnames) => f(interp, oneArg(interp, `_operator.${name}`, args, kwnames))];
}

/** A function of positional-only parameters (Argument Clinic's `a, b, /`). */
function nary(name: string, n: number, f: (interp: Interpreter, args: readonly PyObject[]) => PyObject): [string, BuiltinImpl] {
  return [name, (interp, _self, args, kwnames) => {
    noKeywords(interp, `_operator.${name}`, kwnames);
    checkPositional(interp, name, args.length, n, n);
    return f(interp, args);
  }];
}

const binop = (name: string, op: NB): [string, BuiltinImpl] => nary(name, 2, (interp, [a, b]) => PyNumber_BinaryOp(interp, a!, b!, op));
const inplace = (name: string, op: NB): [string, BuiltinImpl] => binop(name, op + NB.INPLACE_ADD);
const compare = (name: string, op: number): [string, BuiltinImpl] => nary(name, 2, (interp, [a, b]) => PyObject_RichCompare(interp, a!, b!, op));

/** Whether `o` supports indexing as a sequence. CPython: PySequence_Check */
function isSequence(interp: Interpreter, o: PyObject): boolean {
  if (o.ob_type.isSubtypeOf(interp.types.dict)) return false;
  return o.ob_type.tp_as_sequence?.sq_item !== undefined || o.ob_type.tp_as_sequence?.sq_concat !== undefined;
}

// CPython: PySequence_Concat, PySequence_InPlaceConcat
function concat(interp: Interpreter, a: PyObject, b: PyObject, inPlace: boolean): PyObject {
  const sq = a.ob_type.tp_as_sequence;
  const f = inPlace ? sq?.sq_inplace_concat ?? sq?.sq_concat : sq?.sq_concat;
  if (f !== undefined) return f(a, b);
  if (isSequence(interp, a) && isSequence(interp, b)) {
    const islot = inPlace ? a.ob_type.tp_as_number?.nb_inplace_add : undefined;
    if (islot !== undefined) {
      const r = islot(a, b);
      if (r !== interp.singletons.NotImplemented) return r;
      Py_DECREF(r);
    }
    const r = binaryOp1(interp, a, b, NB.ADD);
    if (r !== interp.singletons.NotImplemented) return r;
    Py_DECREF(r);
  }
  return PyErr_SetString(interp, 'TypeError', `'${a.ob_type.tp_name}' object can't be concatenated`);
}


// CPython: _operator_length_hint_impl — length_hint(obj, default=0, /)
const length_hint: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, '_operator.length_hint', kwnames);
  checkPositional(interp, 'length_hint', args.length, 1, 2);
  const dflt = args.length > 1 ? ssizeIndexArg(interp, args[1]!) : 0;
  return PyLong_FromNumber(interp, PyObject_LengthHint(interp, args[0]!, dflt));
};

// CPython: _operator_call — call(obj, /, *args, **kwargs)
const call: BuiltinImpl = (interp, _self, args, kwnames) => {
  checkPositional(interp, 'call', args.length - kwCount(kwnames), 1, Infinity);
  return PyObject_Vectorcall(interp, args[0]!, args.slice(1), kwnames);
};

const FUNCTIONS: [string, BuiltinImpl][] = [
  unary('abs', PyNumber_Absolute), binop('add', NB.ADD), binop('and_', NB.AND), ['call', call],
  nary('concat', 2, (interp, [a, b]) => concat(interp, a!, b!, false)),
  nary('contains', 2, (interp, [a, b]) => bool(interp, PySequence_Contains(interp, a!, b!))),
  nary('countOf', 2, (interp, [a, b]) => PyLong_FromNumber(interp, PySequence_Count(interp, a!, b!))),
  nary('delitem', 2, (interp, [a, b]) => (PyObject_DelItem(interp, a!, b!), Py_NewRef(interp.singletons.None))),
  compare('eq', Py_EQ), binop('floordiv', NB.FLOOR_DIVIDE), compare('ge', Py_GE),
  nary('getitem', 2, (interp, [a, b]) => PyObject_GetItem(interp, a!, b!)), compare('gt', Py_GT),
  inplace('iadd', NB.ADD), inplace('iand', NB.AND), nary('iconcat', 2, (interp, [a, b]) => concat(interp, a!, b!, true)),
  inplace('ifloordiv', NB.FLOOR_DIVIDE), inplace('ilshift', NB.LSHIFT), inplace('imatmul', NB.MATRIX_MULTIPLY), inplace('imod', NB.REMAINDER),
  inplace('imul', NB.MULTIPLY), unary('index', PyNumber_Index),
  nary('indexOf', 2, (interp, [a, b]) => PyLong_FromNumber(interp, PySequence_Index(interp, a!, b!))),
  unary('inv', PyNumber_Invert), unary('invert', PyNumber_Invert), inplace('ior', NB.OR), inplace('ipow', NB.POWER), inplace('irshift', NB.RSHIFT),
  nary('is_', 2, (interp, [a, b]) => bool(interp, a === b)), nary('is_not', 2, (interp, [a, b]) => bool(interp, a !== b)),
  inplace('isub', NB.SUBTRACT), inplace('itruediv', NB.TRUE_DIVIDE), inplace('ixor', NB.XOR), compare('le', Py_LE),
  ['length_hint', length_hint], binop('lshift', NB.LSHIFT), compare('lt', Py_LT), binop('matmul', NB.MATRIX_MULTIPLY), binop('mod', NB.REMAINDER),
  nary('mul', 2, (interp, [a, b]) => PyNumber_Multiply(interp, a!, b!)), compare('ne', Py_NE), unary('neg', PyNumber_Negative),
  unary('not_', (interp, a) => bool(interp, !PyObject_IsTrue(interp, a))), binop('or_', NB.OR), unary('pos', PyNumber_Positive),
  binop('pow', NB.POWER), binop('rshift', NB.RSHIFT),
  nary('setitem', 3, (interp, [a, b, c]) => (PyObject_SetItem(interp, a!, b!, c!), Py_NewRef(interp.singletons.None))),
  binop('sub', NB.SUBTRACT), binop('truediv', NB.TRUE_DIVIDE), unary('truth', (interp, a) => bool(interp, PyObject_IsTrue(interp, a))),
  binop('xor', NB.XOR), nary('_compare_digest', 2, (interp, [a, b]) => bool(interp, compare_digest(interp, a!, b!))),
];

/** The _operator module object. CPython: operator_exec */
export function createOperatorModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_operator'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  const s = operatorState(interp);
  for (const t of [s.itemgetter, s.attrgetter, s.methodcaller]) moduleAdd(interp, m, t.tp_name.slice('operator.'.length), Py_NewRef(t));
  return m;
}
