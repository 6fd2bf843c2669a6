// The _decimal types, signals and templates of an interpreter, the current context (a context
// variable, as CPython's), and the raising of trapped signals.
// CPython: Modules/_decimal/_decimal.c (signal_map, cond_map, dec_addstatus, flags_as_exception,
// flags_as_list, current_context, PyDec_SetCurrentContext, PyInit__decimal's type setup).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { newException, PyErr_SetObject, PyErr_SetString } from '../../objects/exceptions.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { PyObject_IsInstance } from '../../runtime/bltin_objects.ts';
import { importModuleLevel } from '../../vm/ceval_import.ts';
import { PyContextVar_Get, PyContextVar_New, PyContextVar_Set } from '../_contextvarsmodule.ts';
import { moduleState, newExceptionType } from '../modsupport.ts';
import {
  type Ctx, S_CLAMPED, S_CONVERSION_SYNTAX, S_DIVISION_BY_ZERO, S_DIVISION_IMPOSSIBLE, S_DIVISION_UNDEFINED, S_FLOAT_OPERATION, S_IEEE_INVALID,
  S_INEXACT, S_INVALID_CONTEXT, S_INVALID_OPERATION, S_OVERFLOW, S_ROUNDED, S_SUBNORMAL, S_UNDERFLOW,
} from './number.ts';
import { createContextTypes } from './contextobject.ts';
import { createDecimalType } from './decimal_type.ts';

/** A Context's state: the arithmetic context, the signals raised so far, capitals and its signal dicts. */
export interface ContextBody {
  ctx: Ctx;
  flags: number;
  capitals: number;
  trapsDict: PyObject | null;
  flagsDict: PyObject | null;
}

export interface Signal {
  name: string;
  flag: number;
  ex: PyTypeObject;
}

export interface DecimalState {
  Decimal: PyTypeObject;
  Context: PyTypeObject;
  SignalDictMixin: PyTypeObject;
  SignalDict: PyTypeObject;
  ContextManager: PyTypeObject;
  DecimalTuple: PyObject;
  DecimalException: PyTypeObject;
  /** The signals in CPython's signal_map order. */
  signals: Signal[];
  /** The conditions InvalidOperation stands for. CPython: cond_map */
  conds: Signal[];
  var: PyObject;
  templates: PyObject[];
  rationalClass: PyObject | null;
  rational(): PyObject;
  isInstance(o: PyObject, cls: PyObject): boolean;
  pair(a: PyObject, b: PyObject): PyObject;
}

export const ctxBody = (o: PyObject): ContextBody => o.body as ContextBody;
export const ctxOf = (o: PyObject): Ctx => ctxBody(o).ctx;

function importAttr(interp: Interpreter, module: string, name: string): PyObject {
  // The top package comes back; the submodules are its attributes.
  let o = importModuleLevel(interp, module, null, interp.singletons.None, 0);
  for (const part of [...module.split('.').slice(1), name]) {
    const next = PyObject_GetAttr(interp, o, internedStr(interp, part));
    Py_DECREF(o);
    o = next;
  }
  return o;
}

// CPython: PyInit__decimal — the exceptions, DecimalTuple and SignalDict (with MutableMapping as a base).
export const decimalState = moduleState((interp: Interpreter): DecimalState => {
  const exc = (n: string): PyTypeObject => interp.types.exceptions.get(n)!;
  const DecimalException = newExceptionType(interp, 'decimal.DecimalException', exc('ArithmeticError'));
  const mk = (name: string, bases: PyTypeObject[]): PyTypeObject => newExceptionType(interp, `decimal.${name}`, bases);
  const InvalidOperation = mk('InvalidOperation', [DecimalException]);
  const FloatOperation = mk('FloatOperation', [DecimalException, exc('TypeError')]);
  const DivisionByZero = mk('DivisionByZero', [DecimalException, exc('ZeroDivisionError')]);
  const Inexact = mk('Inexact', [DecimalException]);
  const Rounded = mk('Rounded', [DecimalException]);
  const Subnormal = mk('Subnormal', [DecimalException]);
  const Overflow = mk('Overflow', [Inexact, Rounded]);
  const Underflow = mk('Underflow', [Inexact, Rounded, Subnormal]);
  const Clamped = mk('Clamped', [DecimalException]);
  const signals: Signal[] = [
    { name: 'InvalidOperation', flag: S_IEEE_INVALID, ex: InvalidOperation },
    { name: 'FloatOperation', flag: S_FLOAT_OPERATION, ex: FloatOperation },
    { name: 'DivisionByZero', flag: S_DIVISION_BY_ZERO, ex: DivisionByZero },
    { name: 'Overflow', flag: S_OVERFLOW, ex: Overflow },
    { name: 'Underflow', flag: S_UNDERFLOW, ex: Underflow },
    { name: 'Subnormal', flag: S_SUBNORMAL, ex: Subnormal },
    { name: 'Inexact', flag: S_INEXACT, ex: Inexact },
    { name: 'Rounded', flag: S_ROUNDED, ex: Rounded },
    { name: 'Clamped', flag: S_CLAMPED, ex: Clamped },
  ];
  const conds: Signal[] = [
    // The state holds the condition's own reference to the signal's class.
    { name: 'InvalidOperation', flag: S_INVALID_OPERATION, ex: Py_NewRef(InvalidOperation) },
    { name: 'ConversionSyntax', flag: S_CONVERSION_SYNTAX, ex: mk('ConversionSyntax', [InvalidOperation]) },
    { name: 'DivisionImpossible', flag: S_DIVISION_IMPOSSIBLE, ex: mk('DivisionImpossible', [InvalidOperation]) },
    { name: 'DivisionUndefined', flag: S_DIVISION_UNDEFINED, ex: mk('DivisionUndefined', [InvalidOperation, exc('ZeroDivisionError')]) },
    { name: 'InvalidContext', flag: S_INVALID_CONTEXT, ex: mk('InvalidContext', [InvalidOperation]) },
  ];
  const { Context, SignalDictMixin, ContextManager } = createContextTypes(interp);
  const Decimal = createDecimalType(interp);
  // SignalDict = type('SignalDict', (SignalDictMixin, MutableMapping), {}), as CPython makes it.
  const mutableMapping = importAttr(interp, 'collections.abc', 'MutableMapping');
  const dict = PyDict_New(interp);
  // CPython's class takes its module from the frame of ABCMeta.__new__, which is abc's.
  const abcName = PyUnicode_FromString(interp, 'abc');
  PyDict_SetItem(interp, dict, internedStr(interp, '__module__'), abcName);
  Py_DECREF(abcName);
  const name = PyUnicode_FromString(interp, 'SignalDict');
  const bases = tupleFromItemsSteal(interp, [Py_NewRef(SignalDictMixin), mutableMapping]);
  const SignalDict = PyObject_Vectorcall(interp, interp.types.type, [name, bases, dict], null) as PyTypeObject;
  Py_DECREF(name);
  Py_DECREF(bases);
  Py_DECREF(dict);
  const namedtuple = importAttr(interp, 'collections', 'namedtuple');
  const tname = PyUnicode_FromString(interp, 'DecimalTuple');
  const fields = PyUnicode_FromString(interp, 'sign digits exponent');
  const modName = PyUnicode_FromString(interp, 'decimal');
  const kw = tupleFromItemsSteal(interp, [PyUnicode_FromString(interp, 'module')]);
  const DecimalTuple = PyObject_Vectorcall(interp, namedtuple, [tname, fields, modName], kw);
  for (const o of [namedtuple, tname, fields, modName, kw]) Py_DECREF(o);
  const st: DecimalState = {
    Decimal, Context, SignalDictMixin, SignalDict, ContextManager, DecimalTuple, DecimalException, signals, conds,
    var: PyContextVar_New(interp, 'decimal_context'),
    templates: [],
    rationalClass: null,
    rational() {
      st.rationalClass ??= importAttr(interp, 'numbers', 'Rational');
      return st.rationalClass;
    },
    isInstance: (o, cls) => PyObject_IsInstance(interp, o, cls),
    pair: (a, b) => tupleFromItemsSteal(interp, [a, b]),
  };
  return st;
});

/** The signals a status word raises, as a list. CPython: flags_as_list */
function flagsAsList(interp: Interpreter, flags: number): PyObject {
  const st = decimalState(interp);
  const items: PyObject[] = [];
  for (const s of st.conds) if (flags & s.flag) items.push(Py_NewRef(s.ex));
  for (const s of st.signals.slice(1)) if (flags & s.flag) items.push(Py_NewRef(s.ex));
  return _PyList_FromArraySteal(interp, items);
}

/**
 * Records the conditions an operation raised in the context's flags and raises the first
 * trapped signal with the list of trapped ones. CPython: dec_addstatus
 */
export function addStatus(interp: Interpreter, ctxObj: PyObject, status: number): void {
  if (status === 0) return;
  const b = ctxBody(ctxObj);
  b.flags |= status;
  const trapped = status & b.ctx.traps;
  if (trapped === 0) return;
  const st = decimalState(interp);
  const ex = st.signals.find((s) => (trapped & s.flag) !== 0)!.ex;
  const list = flagsAsList(interp, trapped);
  PyErr_SetObject(interp, newException(interp, ex, [list]));
}

/** Records conditions without trapping them (== and != with floats). */
export function setFlags(ctxObj: PyObject, status: number): void {
  ctxBody(ctxObj).flags |= status;
}

/** The current context, borrowed; a copy of DefaultContext on first use. CPython: current_context */
export function currentContext(interp: Interpreter): PyObject {
  const st = decimalState(interp);
  const c = PyContextVar_Get(interp, st.var);
  if (c !== null) return c;
  const fresh = copyContext(interp, st.templates[0]!);
  PyContextVar_Set(interp, st.var, fresh);
  Py_DECREF(fresh);
  return fresh;
}

/** Makes a context current; a template is copied first. CPython: PyDec_SetCurrentContext */
export function setCurrentContext(interp: Interpreter, v: PyObject): void {
  const st = decimalState(interp);
  if (st.templates.includes(v)) {
    const copy = copyContext(interp, v);
    ctxBody(copy).flags = 0;
    PyContextVar_Set(interp, st.var, copy);
    Py_DECREF(copy);
  } else PyContextVar_Set(interp, st.var, v);
}

export function isContext(interp: Interpreter, o: PyObject): boolean {
  const t = decimalState(interp).Context;
  return o.ob_type === t || o.ob_type.isSubtypeOf(t);
}

/** The context argument of a method: the current one for None or absent. CPython: CONTEXT_CHECK_VA */
export function ctxArg(interp: Interpreter, o: PyObject | undefined | null): PyObject {
  if (o === undefined || o === null || o === interp.singletons.None) return currentContext(interp);
  if (!isContext(interp, o)) PyErr_SetString(interp, 'TypeError', 'optional argument must be a context');
  return o;
}

/** A new Context with the same settings and flags. CPython: context_copy */
export function copyContext(interp: Interpreter, o: PyObject): PyObject {
  const st = decimalState(interp);
  const copy = PyObject_Vectorcall(interp, st.Context, [], null);
  const src = ctxBody(o);
  const dst = ctxBody(copy);
  dst.ctx = { ...src.ctx, status: 0 };
  dst.flags = src.flags;
  dst.capitals = src.capitals;
  return copy;
}
