// BaseExceptionGroup and ExceptionGroup: construction with CPython's checks, split, subgroup,
// derive, and what except* runs on them. CPython: Objects/exceptions.c (BaseExceptionGroup_new,
// BaseExceptionGroup_init, BaseExceptionGroup_str, exceptiongroup_subset,
// exceptiongroup_split_recursive, BaseExceptionGroup_derive / split / subgroup,
// collect_exception_group_leaf_ids, exception_group_projection, _PyExc_PrepReraiseStar,
// _PyExc_CreateExceptionGroup).
import type { Interpreter } from '../runtime/interpreter.ts';
import { BaseException_init, excField, sequenceTuple, givenExceptionMatches, newExceptionWithArgs, PyErr_SetString,
  PyExceptionClass_Check, PyExceptionInstance_Check, setExcField, type ExceptionBody, type PyBaseExceptionObject } from './exceptions.ts';
import { PyObject_LookupAttr, PyObject_SetAttr } from './attributes.ts';
import { callMethod, PyObject_CallOneArg } from './call.ts';
import { internedStr } from './codeobject.ts';
import { PyList_Append, PyList_Check, PyList_New, type PyListObject } from './listobject.ts';
import { Py_DECREF, Py_INCREF, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_GetIter, PyObject_IsTrue } from './objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_O, PyTypeObject, type MethodDef } from './typeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';

function newRef<T extends PyObject>(o: T): T {
  Py_INCREF(o);
  return o;
}

function excType(interp: Interpreter, name: string): PyTypeObject {
  return interp.types.exceptions.get(name)!;
}

/** Whether `o` is a BaseExceptionGroup instance. CPython: _PyBaseExceptionGroup_Check */
export function isExceptionGroup(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(excType(interp, 'BaseExceptionGroup'));
}

/** The exceptions of a group: its `excs` tuple's items (borrowed). */
export function groupExceptions(eg: PyObject): readonly PyObject[] {
  return (excField(eg, 'excs') as PyTupleObject).body;
}

/** PySequence_Check for the sequences that exist: tuple, list, str, range (not dict). */
function isSequence(interp: Interpreter, o: PyObject): boolean {
  const t = interp.types;
  return o.ob_type.isSubtypeOf(t.tuple) || PyList_Check(o) || o.ob_type.isSubtypeOf(t.str) || o.ob_type === t.range;
}

// CPython: BaseExceptionGroup_new
export function BaseExceptionGroup_new(interp: Interpreter, type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const a = (args as PyTupleObject).body;
  if (a.length !== 2) PyErr_SetString(interp, 'TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
  const [message, seq] = [a[0]!, a[1]!];
  if (!message.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${message.ob_type.tp_name}`);
  }
  if (!isSequence(interp, seq)) PyErr_SetString(interp, 'TypeError', 'second argument (exceptions) must be a sequence');
  const excs = sequenceTuple(interp, seq);
  let cls = type;
  try {
    const items = (excs as PyTupleObject).body;
    if (items.length === 0) PyErr_SetString(interp, 'ValueError', 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    const exception = excType(interp, 'Exception');
    for (let i = 0; i < items.length; i++) {
      const e = items[i]!;
      if (!PyExceptionInstance_Check(interp, e)) PyErr_SetString(interp, 'ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
      if (!e.ob_type.isSubtypeOf(exception)) nestedBase = true;
    }
    if (cls === excType(interp, 'ExceptionGroup')) {
      if (nestedBase) PyErr_SetString(interp, 'TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === excType(interp, 'BaseExceptionGroup')) {
      // Groups of Exceptions only are ExceptionGroups.
      if (!nestedBase) cls = excType(interp, 'ExceptionGroup');
    } else if (nestedBase && cls.isSubtypeOf(exception)) {
      PyErr_SetString(interp, 'TypeError', `Cannot nest BaseExceptions in '${cls.tp_name}'`);
    }
  } catch (e) {
    Py_DECREF(excs);
    throw e;
  }
  const self = newExceptionWithArgs(interp, cls, newRef(args));
  setExcField(self, 'msg', newRef(message));
  setExcField(self, 'excs', excs);
  return self;
}

// CPython: BaseExceptionGroup_init
export function BaseExceptionGroup_init(interp: Interpreter, self: PyObject, args: PyObject, kwds: PyObject | null): void {
  BaseException_init(interp, self, args, kwds);
}

/** A new group `BaseExceptionGroup(msg, excs)` (borrowed arguments). CPython: _PyExc_CreateExceptionGroup */
export function createExceptionGroup(interp: Interpreter, msg: string, excs: PyObject): PyObject {
  const args = tupleFromItemsSteal(interp, [PyUnicode_FromString(interp, msg), newRef(excs)]);
  try {
    return callGroupType(interp, args);
  } finally {
    Py_DECREF(args);
  }
}

/** BaseExceptionGroup(*args) with a prepared args tuple (PyObject_CallObject). */
function callGroupType(interp: Interpreter, args: PyObject): PyObject {
  const type = excType(interp, 'BaseExceptionGroup');
  const self = BaseExceptionGroup_new(interp, type, args, null);
  try {
    BaseExceptionGroup_init(interp, self, args, null);
  } catch (e) {
    Py_DECREF(self);
    throw e;
  }
  return self;
}

// CPython: BaseExceptionGroup_derive — BaseExceptionGroup(self.message, excs)
function derive(interp: Interpreter, self: PyObject, excs: PyObject): PyObject {
  const args = tupleFromItemsSteal(interp, [newRef(excField(self, 'msg')!), newRef(excs)]);
  try {
    return callGroupType(interp, args);
  } finally {
    Py_DECREF(args);
  }
}

const enum Matcher { BY_TYPE, BY_PREDICATE, INSTANCE_IDS }

// CPython: get_matcher_type
function matcherType(interp: Interpreter, value: PyObject): Matcher {
  if (value.ob_type === interp.types.function) return Matcher.BY_PREDICATE;
  if (PyExceptionClass_Check(interp, value)) return Matcher.BY_TYPE;
  if (value.ob_type === interp.types.tuple) {
    if ((value as PyTupleObject).body.every((e) => PyExceptionClass_Check(interp, e))) return Matcher.BY_TYPE;
  }
  return PyErr_SetString(interp, 'TypeError', 'expected a function, exception type or tuple of exception types');
}

export interface Split {
  match: PyObject | null;
  rest: PyObject | null;
}

// CPython: exceptiongroup_split_check_match
function checkMatch(interp: Interpreter, exc: PyObject, type: Matcher, value: PyObject | Set<number>): boolean {
  if (type === Matcher.BY_TYPE) return givenExceptionMatches(interp, exc, value as PyObject);
  if (type === Matcher.BY_PREDICATE) {
    const r = PyObject_CallOneArg(interp, value as PyObject, exc);
    try {
      return PyObject_IsTrue(interp, r);
    } finally {
      Py_DECREF(r);
    }
  }
  return !isExceptionGroup(interp, exc) && (value as Set<number>).has(exc.addr);
}

/**
 * The group made of `excs` (a list) with `orig`'s traceback, context, cause and notes, or null
 * for an empty list. CPython: exceptiongroup_subset
 */
function subset(interp: Interpreter, orig: PyObject, excs: PyObject): PyObject | null {
  if ((excs as PyListObject).body.length === 0) return null;
  const eg = callMethod(interp, orig, 'derive', [excs]);
  if (!isExceptionGroup(interp, eg)) {
    Py_DECREF(eg);
    PyErr_SetString(interp, 'TypeError', 'derive must return an instance of BaseExceptionGroup');
  }
  const o = (orig as PyBaseExceptionObject).body;
  const b = (eg as PyBaseExceptionObject).body;
  replace(b, 'traceback', o.traceback);
  replace(b, 'context', o.context);
  // CPython: PyException_SetCause, which sets __suppress_context__ even for no cause.
  b.suppressContext = true;
  replace(b, 'cause', o.cause);
  copyNotes(interp, orig, eg);
  return eg;
}

function replace(b: ExceptionBody, key: 'traceback' | 'context' | 'cause', v: PyObject | null): void {
  const old = b[key];
  if (v !== null) Py_INCREF(v);
  b[key] = v;
  Py_XDECREF(old);
}

/** A list copy of a sequence __notes__ for the derived group; other __notes__ are left out. */
function copyNotes(interp: Interpreter, orig: PyObject, eg: PyObject): void {
  const name = internedStr(interp, '__notes__');
  const notes = PyObject_LookupAttr(interp, orig, name);
  if (notes === null) return;
  try {
    if (!isSequence(interp, notes)) return;
    const copy = PyList_New(interp, 0);
    try {
      const it = PyObject_GetIter(interp, notes);
      try {
        for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) {
          PyList_Append(copy, v);
          Py_DECREF(v);
        }
      } finally {
        Py_DECREF(it);
      }
      PyObject_SetAttr(interp, eg, name, copy);
    } finally {
      Py_DECREF(copy);
    }
  } finally {
    Py_DECREF(notes);
  }
}

/**
 * Splits `exc` by the matcher: the matching part and (with `rest`) the rest, each null when
 * empty; nested groups are split recursively. CPython: exceptiongroup_split_recursive
 */
function splitRecursive(interp: Interpreter, exc: PyObject, type: Matcher, value: PyObject | Set<number>, rest: boolean): Split {
  if (checkMatch(interp, exc, type, value)) return { match: newRef(exc), rest: null };
  if (!isExceptionGroup(interp, exc)) return { match: null, rest: rest ? newRef(exc) : null };
  const matchList = PyList_New(interp, 0);
  const restList = rest ? PyList_New(interp, 0) : null;
  try {
    for (const e of groupExceptions(exc)) {
      const r = splitRecursive(interp, e, type, value, rest);
      if (r.match !== null) {
        PyList_Append(matchList, r.match);
        Py_DECREF(r.match);
      }
      if (r.rest !== null) {
        PyList_Append(restList!, r.rest);
        Py_DECREF(r.rest);
      }
    }
    const match = subset(interp, exc, matchList);
    let restGroup: PyObject | null = null;
    if (restList !== null) {
      try {
        restGroup = subset(interp, exc, restList);
      } catch (e) {
        Py_XDECREF(match);
        throw e;
      }
    }
    return { match, rest: restGroup };
  } finally {
    Py_DECREF(matchList);
    Py_XDECREF(restList);
  }
}

/** exc.split(matcher): the matching part and the rest, null where empty. CPython: BaseExceptionGroup_split */
export function splitGroup(interp: Interpreter, exc: PyObject, matcher: PyObject): Split {
  return splitRecursive(interp, exc, matcherType(interp, matcher), matcher, true);
}

/** BaseExceptionGroup's methods. */
export function exceptionGroupMethods(): readonly MethodDef[] {
  return [
    { name: 'derive', flags: METH_O, impl: (interp, self, args) => derive(interp, self!, args[0]!) },
    {
      name: 'split',
      flags: METH_O,
      impl: (interp, self, args) => {
        const r = splitGroup(interp, self!, args[0]!);
        const none = interp.singletons.None;
        return tupleFromItemsSteal(interp, [r.match ?? none, r.rest ?? none]);
      },
    },
    {
      // CPython: BaseExceptionGroup_subgroup
      name: 'subgroup',
      flags: METH_O,
      impl: (interp, self, args) => splitRecursive(interp, self!, matcherType(interp, args[0]!), args[0]!, false).match ?? interp.singletons.None,
    },
  ];
}

/** Adds the ids of the leaf exceptions of `exc` to `ids`. CPython: collect_exception_group_leaf_ids */
function collectLeafIds(interp: Interpreter, exc: PyObject, ids: Set<number>): void {
  if (exc === interp.singletons.None) return;
  if (!isExceptionGroup(interp, exc)) {
    ids.add(exc.addr);
    return;
  }
  for (const e of groupExceptions(exc)) collectLeafIds(interp, e, ids);
}

/** The part of group `eg` whose leaves are leaves of the groups in `keep`; None when empty. CPython: exception_group_projection */
function projection(interp: Interpreter, eg: PyObject, keep: readonly PyObject[]): PyObject {
  const ids = new Set<number>();
  for (const e of keep) collectLeafIds(interp, e, ids);
  const r = splitRecursive(interp, eg, Matcher.INSTANCE_IDS, ids, false);
  return r.match ?? interp.singletons.None;
}

// CPython: is_same_exception_metadata (the notes slot, not __notes__)
function sameMetadata(a: PyObject, b: PyObject): boolean {
  const x = (a as PyBaseExceptionObject).body;
  const y = (b as PyBaseExceptionObject).body;
  return x.notes === y.notes && x.traceback === y.traceback && x.cause === y.cause && x.context === y.context;
}

/**
 * What leaves a try/except* statement: None, or the exception to raise made of the ones raised
 * in its clauses and the unhandled part of `orig`. `excs` is a list. CPython: _PyExc_PrepReraiseStar
 */
export function prepReraiseStar(interp: Interpreter, orig: PyObject, excs: PyObject): PyObject {
  const items = (excs as PyListObject).body;
  const none = interp.singletons.None;
  if (items.length === 0) return none;
  // A naked exception was wrapped: at most one clause ran.
  if (!isExceptionGroup(interp, orig)) return newRef(items[0]!);
  const raised = PyList_New(interp, 0);
  const reraised = PyList_New(interp, 0);
  try {
    for (const e of items) {
      if (e === none) continue;
      PyList_Append(sameMetadata(e, orig) ? reraised : raised, e);
    }
    const reraisedEg = projection(interp, orig, (reraised as PyListObject).body);
    try {
      const raisedItems = (raised as PyListObject).body;
      if (raisedItems.length === 0) return newRef(reraisedEg);
      if (reraisedEg !== none) PyList_Append(raised, reraisedEg);
      if (raisedItems.length > 1) return createExceptionGroup(interp, '', raised);
      return newRef(raisedItems[0]!);
    } finally {
      Py_DECREF(reraisedEg);
    }
  } finally {
    Py_DECREF(raised);
    Py_DECREF(reraised);
  }
}

/**
 * ExceptionGroup derives from both BaseExceptionGroup and Exception; the static types are
 * readied along tp_base alone, so its bases and MRO are set here afterwards.
 * CPython: _PyExc_InitTypes (PyErr_NewException with the bases tuple)
 */
export function readyExceptionGroupType(interp: Interpreter): void {
  const eg = excType(interp, 'ExceptionGroup');
  const chain = [eg, excType(interp, 'BaseExceptionGroup'), excType(interp, 'Exception'), excType(interp, 'BaseException'), interp.types.object];
  const oldBases = eg.tp_bases;
  const oldMro = eg.tp_mro;
  eg.tp_bases = tupleFromItemsSteal(interp, [newRef(chain[1]!), newRef(chain[2]!)]);
  eg.tp_mro = tupleFromItemsSteal(interp, chain.map((t) => newRef(t)));
  if (oldBases !== null) Py_DECREF(oldBases);
  if (oldMro !== null) Py_DECREF(oldMro);
  (chain[2]!.tp_subclasses ??= new Set()).add(eg);
}
