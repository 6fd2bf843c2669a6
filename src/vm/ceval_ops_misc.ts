// Less frequent opcodes of the eval loop (pattern matching, exception groups, with, super,
// class bodies, call with */** arguments), kept out of the loop's switch: each takes the
// frame's stack and its pointer and returns the new pointer.
// CPython: Python/bytecodes.c (the instructions of the same names).
import { typingIntrinsic2 } from '../modules/_typing/_typingmodule.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyNumber_Invert, PyObject_SetItem, PySequence_Contains } from '../objects/abstract.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_SetItem, dictGetItemHinted, dictSetItemHinted } from '../objects/dictobject.ts';
import { dictHints } from './ceval_attr.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import type { PyFunctionObject } from '../objects/funcobject.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import { PyObject_CallNoArgs, PyObject_Vectorcall } from '../objects/call.ts';
import { importName } from './ceval_import.ts';
import { PyObject_GetAttr, PyObject_GetMethod, PyObject_SetAttr } from '../objects/attributes.ts';
import { internedStr } from '../objects/codeobject.ts';
import { Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_GetIter } from '../objects/objectops.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../compiler/code.ts';
import { loadFromDictOrDeref, raiseUnboundDeref } from './cells.ts';
import { PyCell_New, type PyCellObject } from '../objects/cellobject.ts';
import { beforeWith, checkExceptStarTypeValid, checkExceptTypeValid, exceptionGroupMatch, givenExceptionMatches, setHandledException } from './ceval_exc.ts';
import { prepReraiseStar } from '../objects/exceptions_group.ts';
import { matchClass } from './ceval_match.ts';
import { deleteNameFromMapping, loadNameFromMapping } from './ceval_names.ts';
import { Frame } from './frame.ts';
import { popSlot, raiseNameError, releaseRange } from './ceval_support.ts';

/** MATCH_CLASS */
export function op_MATCH_CLASS(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const s = interp.singletons;
  // (subject, type, names -- attrs): the inputs are released before an error propagates.
  const names = popSlot(lp, --sp);
  const type = popSlot(lp, --sp);
  const subject = popSlot(lp, --sp);
  let attrs: PyObject | null;
  try {
    attrs = matchClass(interp, subject, type, oparg, names);
  } finally {
    Py_DECREF(subject);
    Py_DECREF(type);
    Py_DECREF(names);
  }
  lp[sp++] = attrs ?? s.None;
  return sp;
}

/** LOAD_FROM_DICT_OR_GLOBALS */
export function op_LOAD_FROM_DICT_OR_GLOBALS(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const names = f.co.names;
  // A class body's name under PEP 695 annotation scopes: the mapping on the stack first.
  const mapping = lp[--sp]!;
  lp[sp] = null;
  const name = names[oparg]!;
  let v: PyObject | null;
  try {
    v = PyDict_GetItem(interp, mapping, name) ?? PyDict_GetItem(interp, f.globals, name) ?? PyDict_GetItem(interp, f.builtins, name);
  } finally {
    Py_DECREF(mapping);
  }
  if (v === null) raiseNameError(interp, name);
  Py_INCREF(v);
  lp[sp++] = v;
  return sp;
}

/** CHECK_EG_MATCH */
export function op_CHECK_EG_MATCH(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const s = interp.singletons;
  // (exc_value, match_type -- rest, match); the inputs are released before an error
  // propagates.
  const matchType = popSlot(lp, --sp);
  const excValue = popSlot(lp, --sp);
  let parts: [PyObject, PyObject];
  try {
    checkExceptStarTypeValid(interp, matchType);
    parts = exceptionGroupMatch(interp, excValue, matchType);
  } finally {
    Py_DECREF(excValue);
    Py_DECREF(matchType);
  }
  const [match, rest] = parts;
  lp[sp++] = rest;
  lp[sp++] = match;
  if (match !== s.None) setHandledException(interp, match);
  return sp;
}

/** CHECK_EXC_MATCH */
export function op_CHECK_EXC_MATCH(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const s = interp.singletons;
  const right = lp[sp - 1]!;
  const left = lp[sp - 2]!;
  try {
    checkExceptTypeValid(interp, right);
  } catch (e) {
    lp[--sp] = null;
    Py_DECREF(right);
    throw e;
  }
  const match = givenExceptionMatches(interp, left, right);
  lp[sp - 1] = match ? s.True : s.False;
  Py_DECREF(right);
  return sp;
}

/** CALL_INTRINSIC_2 */
export function op_CALL_INTRINSIC_2(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const value1 = lp[sp - 1]!;
  const value2 = lp[sp - 2]!;
  // CPython: _PyIntrinsics_BinaryFunctions; 1 is INTRINSIC_PREP_RERAISE_STAR, 2 to 4 PEP 695's.
  if (oparg < 1 || oparg > 4) PyErr_SetString(interp, 'SystemError', `Glasspy does not implement CALL_INTRINSIC_2 ${oparg} yet`);
  lp[--sp] = null;
  lp[--sp] = null;
  let res: PyObject;
  try {
    res = oparg === 1 ? prepReraiseStar(interp, value2, value1) : typingIntrinsic2(interp, oparg, value2, value1)!;
  } finally {
    Py_DECREF(value2);
    Py_DECREF(value1);
  }
  lp[sp++] = res;
  return sp;
}

/** BEFORE_WITH */
export function op_BEFORE_WITH(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  // (mgr -- exit, res): mgr stays on the stack until the lookups succeeded.
  const mgr = lp[sp - 1]!;
  const [exit, enter] = beforeWith(interp, mgr);
  lp[--sp] = null;
  Py_DECREF(mgr);
  let res: PyObject;
  try {
    res = PyObject_CallNoArgs(interp, enter);
  } catch (e) {
    Py_DECREF(exit);
    throw e;
  } finally {
    Py_DECREF(enter);
  }
  lp[sp++] = exit;
  lp[sp++] = res;
  return sp;
}

/** LOAD_BUILD_CLASS */
export function op_LOAD_BUILD_CLASS(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const bc = PyDict_GetItem(interp, f.builtins, internedStr(interp, '__build_class__'));
  if (bc === null) PyErr_SetString(interp, 'NameError', '__build_class__ not found');
  Py_INCREF(bc);
  lp[sp++] = bc;
  return sp;
}

/** LOAD_LOCALS */
export function op_LOAD_LOCALS(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const locals = f.locals;
  if (locals === null) PyErr_SetString(interp, 'SystemError', 'no locals found');
  Py_INCREF(locals);
  lp[sp++] = locals;
  return sp;
}

/** DELETE_NAME */
export function op_DELETE_NAME(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const types = interp.types;
  const names = f.co.names;
  const name = names[oparg]!;
  const locals = f.locals;
  if (locals === null) PyErr_SetString(interp, 'SystemError', `no locals when deleting '${text(name)}'`);
  const deleted = locals.ob_type === types.dict ? PyDict_DelItem(interp, locals, name) : deleteNameFromMapping(interp, locals, name);
  if (!deleted) raiseNameError(interp, name);
  return sp;
}

/** DELETE_GLOBAL */
export function op_DELETE_GLOBAL(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const names = f.co.names;
  const name = names[oparg]!;
  if (!PyDict_DelItem(interp, f.globals, name)) raiseNameError(interp, name);
  return sp;
}

/** DELETE_ATTR */
export function op_DELETE_ATTR(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const names = f.co.names;
  const owner = lp[--sp]!;
  lp[sp] = null;
  try {
    PyObject_SetAttr(interp, owner, names[oparg]!, null);
  } finally {
    Py_DECREF(owner);
  }
  return sp;
}

/** UNARY_INVERT */
export function op_UNARY_INVERT(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const v = lp[--sp]!;
  lp[sp] = null;
  let res: PyObject;
  try {
    res = PyNumber_Invert(interp, v);
  } finally {
    Py_DECREF(v);
  }
  lp[sp++] = res;
  return sp;
}

/** IMPORT_NAME */
export function op_IMPORT_NAME(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const names = f.co.names;
  const fromlist = lp[--sp]!;
  lp[sp] = null;
  const level = lp[--sp]!;
  lp[sp] = null;
  let res: PyObject;
  try {
    res = importName(interp, f, names[oparg]!, fromlist, level);
  } finally {
    Py_DECREF(fromlist);
    Py_DECREF(level);
  }
  lp[sp++] = res;
  return sp;
}

/** GET_YIELD_FROM_ITER */
export function op_GET_YIELD_FROM_ITER(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const types = interp.types;
  const iterable = lp[sp - 1]!;
  if (iterable.ob_type === types.coroutine) {
    if (!(f.co.desc.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      PyErr_SetString(interp, 'TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
  } else if (iterable.ob_type !== types.generator) {
    lp[sp - 1] = PyObject_GetIter(interp, iterable);
    Py_DECREF(iterable);
  }
  return sp;
}

/** MAKE_CELL */
export function op_MAKE_CELL(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  // An argument that is also a cell variable moves into its cell.
  const initial = lp[oparg] ?? null;
  lp[oparg] = PyCell_New(interp, initial);
  Py_XDECREF(initial);
  return sp;
}

/** COPY_FREE_VARS */
export function op_COPY_FREE_VARS(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const closure = ((f.func as PyFunctionObject).body.closure as PyTupleObject).body;
  const offset = f.co.nlocalsplus - oparg;
  for (let k = 0; k < oparg; k++) {
    const cell = closure[k]!;
    Py_INCREF(cell);
    lp[offset + k] = cell;
  }
  return sp;
}

/** LOAD_FROM_DICT_OR_DEREF */
export function op_LOAD_FROM_DICT_OR_DEREF(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const classDict = lp[sp - 1]!;
  const v = loadFromDictOrDeref(interp, f.co, lp, classDict, oparg);
  lp[sp - 1] = v;
  Py_DECREF(classDict);
  return sp;
}

/** DELETE_DEREF */
export function op_DELETE_DEREF(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const cell = lp[oparg] as PyCellObject;
  const old = cell.body;
  if (old === null) raiseUnboundDeref(interp, f.co, oparg);
  cell.body = null;
  Py_DECREF(old);
  return sp;
}

/** CONTAINS_OP */
export function op_CONTAINS_OP(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const s = interp.singletons;
  // The inputs are released before an error propagates (DECREF_INPUTS; ERROR_IF).
  const right = lp[--sp]!;
  lp[sp] = null;
  const left = lp[--sp]!;
  lp[sp] = null;
  let found: boolean;
  try {
    found = PySequence_Contains(interp, right, left);
  } finally {
    Py_DECREF(left);
    Py_DECREF(right);
  }
  lp[sp++] = found !== (oparg === 1) ? s.True : s.False;
  return sp;
}

/** LOAD_SUPER_ATTR */
export function op_LOAD_SUPER_ATTR(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const names = f.co.names;
  // [global super, class, self]: super(class, self).name, or the method pair for CALL.
  const self = lp[sp - 1]!;
  const cls = lp[sp - 2]!;
  const globalSuper = lp[sp - 3]!;
  const name = names[oparg >> 2]!;
  let res: PyObject;
  let selfOut: PyObject | null = null;
  try {
    const sup = PyObject_Vectorcall(interp, globalSuper, oparg & 2 ? [cls, self] : [], null);
    try {
      if (oparg & 1) {
        [res, selfOut] = PyObject_GetMethod(interp, sup, name);
      } else {
        res = PyObject_GetAttr(interp, sup, name);
      }
    } finally {
      Py_DECREF(sup);
    }
  } finally {
    releaseRange(lp, sp - 3, sp);
    sp -= 3;
  }
  if (oparg & 1) {
    if (selfOut !== null) {
      lp[sp++] = res;
      lp[sp++] = selfOut;
    } else {
      lp[sp++] = null;
      lp[sp++] = res;
    }
  } else {
    lp[sp++] = res;
  }
  return sp;
}

/** STORE_NAME */
export function op_STORE_NAME(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const types = interp.types;
  const names = f.co.names;
  const name = names[oparg]!;
  const locals = f.locals;
  if (locals === null) PyErr_SetString(interp, 'SystemError', `no locals found when storing '${text(name)}'`);
  const v = popSlot(lp, --sp);
  try {
    if (locals.ob_type === types.dict) dictSetItemHinted(interp, locals, name, v, dictHints(f.co), 3 * f.instr);
    else PyObject_SetItem(interp, locals, name, v);
  } finally {
    Py_DECREF(v);
  }
  return sp;
}

/** LOAD_NAME */
export function op_LOAD_NAME(interp: Interpreter, f: Frame, lp: (PyObject | null)[], sp: number, oparg: number): number {
  const types = interp.types;
  const names = f.co.names;
  const name = names[oparg]!;
  const locals = f.locals;
  if (locals === null) PyErr_SetString(interp, 'SystemError', `no locals when loading '${text(name)}'`);
  let v: PyObject | null;
  if (locals.ob_type === types.dict) {
    const hints = dictHints(f.co);
    const at = 3 * f.instr;
    v = dictGetItemHinted(interp, locals, name, hints, at) ?? dictGetItemHinted(interp, f.globals, name, hints, at + 1)
      ?? dictGetItemHinted(interp, f.builtins, name, hints, at + 2);
    if (v !== null) Py_INCREF(v);
  } else {
    v = loadNameFromMapping(interp, locals, f.globals, f.builtins, name);
  }
  if (v === null) raiseNameError(interp, name);
  lp[sp++] = v;
  return sp;
}
