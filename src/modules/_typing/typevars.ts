// typing.TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs and ParamSpecKwargs. What needs the
// typing module (type checks, substitution, unions, Unpack) calls its helpers, as CPython does.
// CPython: Objects/typevarobject.c.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_GetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue, PyObject_RichCompare, reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { type GetSetDef, type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';

export type VarKind = 'TypeVar' | 'ParamSpec' | 'TypeVarTuple';

export interface TypeVarBody {
  readonly kind: VarKind;
  readonly name: PyObject;
  bound: PyObject | null;
  constraints: PyObject | null;
  /** PEP 695's lazily evaluated bound or constraints: the function computing them, until called. */
  evaluateBound: PyObject | null;
  evaluateConstraints: PyObject | null;
  readonly covariant: boolean;
  readonly contravariant: boolean;
  readonly inferVariance: boolean;
  module: PyObject | null;
}

export const tvBody = (o: PyObject): TypeVarBody => o.body as TypeVarBody;

/** typing.NAME (a new reference), importing typing. */
export function typingAttr(interp: Interpreter, name: string): PyObject {
  if (interp.importFunc === null) PyErr_SetString(interp, 'SystemError', 'no __import__');
  const modName = PyUnicode_FromString(interp, 'typing');
  let mod: PyObject;
  try {
    mod = PyObject_Vectorcall(interp, interp.importFunc, [modName], null);
  } finally {
    Py_DECREF(modName);
  }
  try {
    return PyObject_GetAttr(interp, mod, internedStr(interp, name));
  } finally {
    Py_DECREF(mod);
  }
}

/** typing.NAME(*args) — the typing module's helpers. CPython: call_typing_func_object */
export function callTyping(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null = null): PyObject {
  const func = typingAttr(interp, name);
  try {
    return PyObject_Vectorcall(interp, func, args, kwnames);
  } finally {
    Py_DECREF(func);
  }
}

/** typing._type_check(arg, msg); None stands for NoneType. CPython: type_check */
function typeCheck(interp: Interpreter, arg: PyObject, msg: string): PyObject {
  if (arg === interp.singletons.None) return Py_NewRef(arg.ob_type);
  const m = PyUnicode_FromString(interp, msg);
  try {
    return callTyping(interp, '_type_check', [arg, m]);
  } finally {
    Py_DECREF(m);
  }
}

/** The module of the function running the calling code. CPython: caller */
export function callerModule(interp: Interpreter): PyObject | null {
  const f = interp.tstate.frame;
  if (f === null) return null;
  const name = PyDict_GetItem(interp, f.globals, internedStr(interp, '__name__'));
  return name === null ? null : Py_NewRef(name);
}

function truth(interp: Interpreter, o: PyObject | undefined): boolean {
  return o !== undefined && PyObject_IsTrue(interp, o);
}

function nameArg(interp: Interpreter, fname: string, o: PyObject): PyObject {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${fname}() argument 'name' must be str, not ${o.ob_type.tp_name}`);
  return o;
}

function newVar(interp: Interpreter, type: PyTypeObject, body: Omit<TypeVarBody, 'module' | 'evaluateBound' | 'evaluateConstraints'>,
  evaluateBound: PyObject | null = null, evaluateConstraints: PyObject | null = null): PyObject {
  return allocInstance(interp, type, type.tp_basicsize, 0, { ...body, evaluateBound, evaluateConstraints, module: callerModule(interp) } satisfies TypeVarBody);
}

/**
 * The type parameters of PEP 695 syntax (class C[T: int, *Ts, **P]): variance inferred, bound
 * or constraints computed on first use. CPython: _Py_make_typevar, _Py_make_paramspec, _Py_make_typevartuple
 */
export function makeTypeParam(interp: Interpreter, type: PyTypeObject, kind: VarKind, name: PyObject, evaluateBound: PyObject | null,
  evaluateConstraints: PyObject | null): PyObject {
  return newVar(interp, type, { kind, name: Py_NewRef(name), bound: null, constraints: null, covariant: false, contravariant: false, inferVariance: kind !== 'TypeVarTuple' },
    evaluateBound === null ? null : Py_NewRef(evaluateBound), evaluateConstraints === null ? null : Py_NewRef(evaluateConstraints));
}

/** __bound__ / __constraints__, computing a lazy one on first use. CPython: typevar_bound / typevar_constraints */
function lazyField(interp: Interpreter, o: PyObject, field: 'bound' | 'constraints'): PyObject | null {
  const b = tvBody(o);
  const evaluate = field === 'bound' ? b.evaluateBound : b.evaluateConstraints;
  if (b[field] === null && evaluate !== null) b[field] = PyObject_Vectorcall(interp, evaluate, [], null);
  return b[field];
}

// CPython: typevar_new_impl
export function typevarNew(interp: Interpreter, type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const kw = kwnames === null ? 0 : (kwnames as PyTupleObject).body.length;
  const npos = args.length - kw;
  const [name, bound, cov, contra, infer] = unpackKeywords(interp, 'typevar', ['name', 'bound', 'covariant', 'contravariant', 'infer_variance'], 0, 1, 1,
    npos > 1 ? [args[0]!, ...args.slice(npos)] : args, kwnames);
  nameArg(interp, 'typevar', name!);
  const constraintsList = args.slice(1, Math.max(1, npos));
  const covariant = truth(interp, cov);
  const contravariant = truth(interp, contra);
  const inferVariance = truth(interp, infer);
  if (covariant && contravariant) PyErr_SetString(interp, 'ValueError', 'Bivariant types are not supported.');
  if (inferVariance && (covariant || contravariant)) PyErr_SetString(interp, 'ValueError', 'Variance cannot be specified with infer_variance.');
  let b: PyObject | null = bound === undefined || bound === interp.singletons.None ? null : typeCheck(interp, bound, 'Bound must be a type.');
  let constraints: PyObject | null = null;
  try {
    if (constraintsList.length === 1) PyErr_SetString(interp, 'TypeError', 'A single constraint is not allowed');
    if (constraintsList.length > 0) {
      if (b !== null) PyErr_SetString(interp, 'TypeError', 'Constraints cannot be combined with bound=...');
      const checked: PyObject[] = [];
      try {
        for (const c of constraintsList) checked.push(typeCheck(interp, c, 'TypeVar(name, constraint, ...): constraints must be types.'));
      } catch (e) {
        for (const c of checked) Py_DECREF(c);
        throw e;
      }
      constraints = tupleFromItemsSteal(interp, checked);
    }
  } catch (e) {
    Py_XDECREF(b);
    throw e;
  }
  const r = newVar(interp, type, { kind: 'TypeVar', name: Py_NewRef(name!), bound: b, constraints, covariant, contravariant, inferVariance });
  b = null;
  return r;
}

// CPython: paramspec_new_impl
export function paramspecNew(interp: Interpreter, type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [name, bound, cov, contra, infer] = unpackKeywords(interp, 'paramspec', ['name', 'bound', 'covariant', 'contravariant', 'infer_variance'], 0, 1, 1, args, kwnames);
  nameArg(interp, 'paramspec', name!);
  const covariant = truth(interp, cov);
  const contravariant = truth(interp, contra);
  const inferVariance = truth(interp, infer);
  if (covariant && contravariant) PyErr_SetString(interp, 'ValueError', 'Bivariant types are not supported.');
  if (inferVariance && (covariant || contravariant)) PyErr_SetString(interp, 'ValueError', 'Variance cannot be specified with infer_variance.');
  // A None bound is checked too, so __bound__ is NoneType.
  const b = typeCheck(interp, bound ?? interp.singletons.None, 'Bound must be a type.');
  return newVar(interp, type, { kind: 'ParamSpec', name: Py_NewRef(name!), bound: b, constraints: null, covariant, contravariant, inferVariance });
}

// CPython: typevartuple_impl
export function typevartupleNew(interp: Interpreter, type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [name] = unpackKeywords(interp, 'typevartuple', ['name'], 0, 1, 1, args, kwnames);
  nameArg(interp, 'typevartuple', name!);
  return newVar(interp, type, { kind: 'TypeVarTuple', name: Py_NewRef(name!), bound: null, constraints: null, covariant: false, contravariant: false, inferVariance: false });
}

export function typevar_dealloc(o: PyObject): void {
  const b = tvBody(o);
  Py_DECREF(b.name);
  Py_XDECREF(b.bound);
  Py_XDECREF(b.constraints);
  Py_XDECREF(b.evaluateBound);
  Py_XDECREF(b.evaluateConstraints);
  Py_XDECREF(b.module);
  freeObject(o);
}

export function typevar_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = tvBody(o);
  visitFields(visit, arg, b.bound, b.constraints, b.evaluateBound, b.evaluateConstraints, b.module);
}

// CPython: typevar_repr / paramspec_repr / typevartuple_repr
export function typevar_repr(o: PyObject): PyObject {
  const b = tvBody(o);
  const name = unicodeText(b.name);
  const prefix = b.kind === 'TypeVarTuple' || b.inferVariance ? '' : b.covariant ? '+' : b.contravariant ? '-' : '~';
  return PyUnicode_FromString(o.ob_type.tp_interp, prefix + name);
}

/** T | other and other | T: typing.Union[left, right]. CPython: make_union */
export function typevar_or(a: PyObject, b: PyObject): PyObject {
  return callTyping(a.ob_type.tp_interp, '_make_union', [a, b]);
}

function boolOf(interp: Interpreter, v: boolean): PyObject {
  return v ? interp.singletons.True : interp.singletons.False;
}

export function typevarGetset(kind: VarKind): GetSetDef[] {
  const out: GetSetDef[] = [
    { name: '__name__', member: true, get: (_i, o) => Py_NewRef(tvBody(o).name) },
  ];
  if (kind === 'TypeVarTuple') return out;
  out.push(
    { name: '__bound__', get: (interp, o) => Py_NewRef(lazyField(interp, o, 'bound') ?? interp.singletons.None) },
    { name: '__covariant__', member: true, get: (interp, o) => boolOf(interp, tvBody(o).covariant) },
    { name: '__contravariant__', member: true, get: (interp, o) => boolOf(interp, tvBody(o).contravariant) },
    { name: '__infer_variance__', member: true, get: (interp, o) => boolOf(interp, tvBody(o).inferVariance) },
  );
  if (kind === 'TypeVar') out.push({ name: '__constraints__', get: (interp, o) => Py_NewRef(lazyField(interp, o, 'constraints') ?? interp.singletons.emptyTuple) });
  return out;
}

// ParamSpecArgs / ParamSpecKwargs: P.args and P.kwargs. CPython: paramspecattr_*

export function newParamSpecAttr(interp: Interpreter, type: PyTypeObject, origin: PyObject): PyObject {
  return allocInstance(interp, type, 24, 0, Py_NewRef(origin));
}

export function paramspecattr_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [origin] = unpackKeywords(interp, type.tp_name.slice(type.tp_name.lastIndexOf('.') + 1), ['origin'], 0, 1, 1, args, kwnames);
  return newParamSpecAttr(interp, type, origin!);
}

export function paramspecattr_dealloc(o: PyObject): void {
  Py_DECREF(o.body as PyObject);
  freeObject(o);
}

export function paramspecattr_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(o.body as PyObject, arg);
}

export function paramspecattr_repr(o: PyObject, suffix: string, paramSpec: PyTypeObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const origin = o.body as PyObject;
  const name = origin.ob_type === paramSpec ? unicodeText(tvBody(origin).name) : reprText(interp, origin);
  return PyUnicode_FromString(interp, `${name}.${suffix}`);
}

// CPython: paramspecattr_richcompare — equal when of the same kind with equal origins.
export function paramspecattr_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if (b.ob_type !== a.ob_type || (op !== 2 && op !== 3)) return Py_NewRef(interp.singletons.NotImplemented);
  return PyObject_RichCompare(interp, a.body as PyObject, b.body as PyObject, op);
}
