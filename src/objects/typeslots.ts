// The table between dunder names and type slots, both ways: a builtin type's slots appear in
// its dict as slot wrappers (`int.__add__`), and a class's dunder methods fill its slots with
// functions that call them (`slot_nb_add`). CPython: Objects/typeobject.c (slotdefs, the wrap_*
// functions, the slot_* functions, update_one_slot, fixup_slot_dispatchers).
import type { Interpreter } from '../runtime/interpreter.ts';
import { callMethodMaybe, lookupMaybeMethod, PyObject_Vectorcall } from './call.ts';
import type { PyDescrObject, SlotWrapperImpl } from './descrobject.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import { intHash } from './hash/index.ts';
import type { PyHash } from './hash/pyhash.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { PyNumber_AsSsize_t, PySequence_IterSearch } from './abstract.ts';
import { PyObject_IsTrue } from './objectops.ts';
import { PySeqIter_New } from './iterobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import type { BuiltinImpl } from './methodobject.ts';
import { PyTypeObject, type AsyncMethods, type MappingMethods, type NumberMethods, type SequenceMethods } from './typeobject.ts';
import { _PyType_Lookup, findNameInMro, typeLookup } from './typeready.ts';
import { internedStr } from './codeobject.ts';

type SlotFn = unknown;

/** One row of slotdefs: a dunder name and the slot it stands for. */
export interface SlotDef {
  readonly name: string;
  /** The slot's key, shared by the names that fill the same slot (`__add__` and `__radd__`). */
  readonly key: string;
  readonly get: (t: PyTypeObject) => SlotFn | null;
  readonly set: (t: PyTypeObject, f: SlotFn | null) => void;
  /** The slot wrapper a builtin type's dict gets, or null for names no wrapper stands for. */
  readonly staticWrapper: SlotWrapperImpl | null;
  /** The function a class's slot gets when a Python method fills it, or null (the slot is left empty). */
  readonly heapFn: SlotFn | null;
  /** Whether the type defines the slot itself (a builtin type, before inheritance). */
  isOwn(t: PyTypeObject): boolean;
}

function kwCheck(interp: Interpreter, kwnames: PyObject | null, name: string): void {
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', `wrapper ${name}() takes no keyword arguments`);
}

// CPython: check_num_args
function numArgs(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null, n: number, name: string): void {
  kwCheck(interp, kwnames, name);
  if (args.length !== n) PyErr_SetString(interp, 'TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

function boolObj(interp: Interpreter, v: boolean): PyObject {
  return v ? interp.singletons.True : interp.singletons.False;
}

// ---- heap slot functions: they call the class's dunder methods ----

function call0(interp: Interpreter, self: PyObject, name: string): PyObject | null {
  return callMethodMaybe(interp, self, name, []);
}

/** The method must exist: the slot is only installed when it does. */
function callReq(interp: Interpreter, self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const r = callMethodMaybe(interp, self, name, args);
  if (r === null) return PyErr_SetString(interp, 'AttributeError', name);
  return r;
}

/** Whether `type` defines `name` other than by inheriting `base`'s. CPython: method_is_overloaded */
function methodIsOverloaded(interp: Interpreter, left: PyTypeObject, right: PyTypeObject, name: string): boolean {
  const b = typeLookup(interp, right, name);
  if (b === null) return false;
  const a = typeLookup(interp, left, name);
  return a === null || a !== b;
}

/**
 * A binary number slot for classes: __op__ of the left operand, __rop__ of the right, the
 * right first when its type is a subclass overriding __rop__. `marker` is the slot function
 * installed in classes, telling which operands' types dispatch to Python. CPython: SLOT1BINFULL
 */
function slot1binfull(self: PyObject, other: PyObject, marker: unknown, key: keyof NumberMethods, name: string, rname: string): PyObject {
  const interp = self.ob_type.tp_interp;
  const notImpl = interp.singletons.NotImplemented;
  const ot = other.ob_type;
  let doOther = self.ob_type !== ot && ot.tp_as_number !== null && ot.tp_as_number[key] === marker;
  if (self.ob_type.tp_as_number !== null && self.ob_type.tp_as_number[key] === marker) {
    if (doOther && ot.isSubtypeOf(self.ob_type) && methodIsOverloaded(interp, self.ob_type, ot, rname)) {
      const r = callMethodMaybe(interp, other, rname, [self]);
      if (r !== null) {
        if (r !== notImpl) return r;
        Py_DECREF(r);
      }
      doOther = false;
    }
    const r = callMethodMaybe(interp, self, name, [other]) ?? notImpl;
    if (r !== notImpl || ot === self.ob_type) return r;
    Py_DECREF(r);
  }
  if (doOther) return callMethodMaybe(interp, other, rname, [self]) ?? notImpl;
  return notImpl;
}

function binarySlot(key: keyof NumberMethods, name: string, rname: string): (a: PyObject, b: PyObject) => PyObject {
  const fn = (self: PyObject, other: PyObject): PyObject => slot1binfull(self, other, fn, key, name, rname);
  return fn;
}

// CPython: slot_nb_power — three-argument pow() does not try __rpow__.
function slot_nb_power(self: PyObject, other: PyObject, mod: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  if (mod === interp.singletons.None) return slot1binfull(self, other, slot_nb_power, 'nb_power', '__pow__', '__rpow__');
  const nb = self.ob_type.tp_as_number;
  if (nb !== null && nb.nb_power === slot_nb_power) return callMethodMaybe(interp, self, '__pow__', [other, mod]) ?? interp.singletons.NotImplemented;
  return interp.singletons.NotImplemented;
}

function unarySlot(name: string): (o: PyObject) => PyObject {
  return (o) => callReq(o.ob_type.tp_interp, o, name, []);
}

function inplaceSlot(name: string): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const interp = a.ob_type.tp_interp;
    return callMethodMaybe(interp, a, name, [b]) ?? interp.singletons.NotImplemented;
  };
}

/** An int result as a JS number for __len__ and friends. CPython: PyNumber_AsSsize_t via PyNumber_Index */
function lengthResult(interp: Interpreter, r: PyObject): number {
  try {
    if (!PyLong_Check(r)) PyErr_SetString(interp, 'TypeError', `'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
    const v = longValue(r);
    if (typeof v === 'bigint') {
      if (v < 0n) PyErr_SetString(interp, 'ValueError', '__len__() should return >= 0');
      PyErr_SetString(interp, 'OverflowError', `cannot fit '${r.ob_type.tp_name}' into an index-sized integer`);
    }
    if (v < 0) PyErr_SetString(interp, 'ValueError', '__len__() should return >= 0');
    return v;
  } finally {
    Py_DECREF(r);
  }
}

// CPython: slot_sq_length
function slot_sq_length(o: PyObject): number {
  const interp = o.ob_type.tp_interp;
  return lengthResult(interp, callReq(interp, o, '__len__', []));
}

// CPython: slot_nb_bool — __bool__, else __len__, else true.
function slot_nb_bool(o: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  const s = interp.singletons;
  const r = call0(interp, o, '__bool__');
  if (r !== null) {
    if (r === s.True) return true;
    if (r === s.False) return false;
    Py_DECREF(r);
    return PyErr_SetString(interp, 'TypeError', `__bool__ should return bool, returned ${r.ob_type.tp_name}`);
  }
  const n = call0(interp, o, '__len__');
  if (n === null) return true;
  return lengthResult(interp, n) !== 0;
}

function slot_mp_subscript(o: PyObject, key: PyObject): PyObject {
  return callReq(o.ob_type.tp_interp, o, '__getitem__', [key]);
}

function slot_sq_item(o: PyObject, i: number): PyObject {
  const interp = o.ob_type.tp_interp;
  const k = PyLong_FromNumber(interp, i);
  try {
    return callReq(interp, o, '__getitem__', [k]);
  } finally {
    Py_DECREF(k);
  }
}

// CPython: slot_mp_ass_subscript
function slot_mp_ass_subscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const r = value === null ? callReq(interp, o, '__delitem__', [key]) : callReq(interp, o, '__setitem__', [key, value]);
  Py_DECREF(r);
}

// CPython: slot_sq_contains — __contains__, or iteration when the class has none.
function slot_sq_contains(o: PyObject, value: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  const m = lookupMaybeMethod(interp, o, '__contains__');
  if (m !== null && m[0] === interp.singletons.None) {
    Py_DECREF(m[0]);
    return PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object is not a container`);
  }
  if (m === null) return PySequence_IterSearch(interp, o, value);
  const [f, unbound] = m;
  let r: PyObject;
  try {
    r = PyObject_Vectorcall(interp, f, unbound ? [o, value] : [value], null);
  } finally {
    Py_DECREF(f);
  }
  try {
    return PyObject_IsTrue(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

function stringResult(interp: Interpreter, r: PyObject, what: string): PyObject {
  if (!r.ob_type.isSubtypeOf(interp.types.str)) {
    Py_DECREF(r);
    PyErr_SetString(interp, 'TypeError', `${what} returned non-string (type ${r.ob_type.tp_name})`);
  }
  return r;
}

function slot_tp_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return stringResult(interp, callReq(interp, o, '__repr__', []), '__repr__');
}

function slot_tp_str(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return stringResult(interp, callReq(interp, o, '__str__', []), '__str__');
}

// CPython: slot_tp_hash
function slot_tp_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  const m = lookupMaybeMethod(interp, o, '__hash__');
  if (m === null || m[0] === interp.singletons.None) {
    if (m !== null) Py_DECREF(m[0]);
    return PyObject_HashNotImplemented(o);
  }
  const [f, unbound] = m;
  let r: PyObject;
  try {
    r = PyObject_Vectorcall(interp, f, unbound ? [o] : [], null);
  } finally {
    Py_DECREF(f);
  }
  try {
    if (!PyLong_Check(r)) PyErr_SetString(interp, 'TypeError', '__hash__ method should return an integer');
    // A big result is reduced as int's own hash; -1 is reserved for errors and becomes -2.
    const v = longValue(r);
    if (typeof v === 'number' && Number.isSafeInteger(v) && v !== -1) return v;
    return intHash(v);
  } finally {
    Py_DECREF(r);
  }
}

/** tp_hash of unhashable types. CPython: PyObject_HashNotImplemented */
export function PyObject_HashNotImplemented(o: PyObject): PyHash {
  return PyErr_SetString(o.ob_type.tp_interp, 'TypeError', `unhashable type: '${o.ob_type.tp_name}'`);
}

const RICHCMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

// CPython: slot_tp_richcompare
function slot_tp_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const interp = self.ob_type.tp_interp;
  return callMethodMaybe(interp, self, RICHCMP_NAMES[op]!, [other]) ?? interp.singletons.NotImplemented;
}

function slot_tp_call(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = self.ob_type.tp_interp;
  const m = lookupMaybeMethod(interp, self, '__call__');
  if (m === null) return PyErr_SetString(interp, 'TypeError', `'${self.ob_type.tp_name}' object is not callable`);
  const [f, unbound] = m;
  try {
    return PyObject_Vectorcall(interp, f, unbound ? [self, ...args] : args, kwnames);
  } finally {
    Py_DECREF(f);
  }
}

// CPython: slot_tp_iter
function slot_tp_iter(self: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  const m = lookupMaybeMethod(interp, self, '__iter__');
  if (m !== null && m[0] === interp.singletons.None) {
    Py_DECREF(m[0]);
    return PyErr_SetString(interp, 'TypeError', `'${self.ob_type.tp_name}' object is not iterable`);
  }
  if (m === null) return PySeqIter_New(interp, self);
  const [f, unbound] = m;
  let r: PyObject;
  try {
    r = PyObject_Vectorcall(interp, f, unbound ? [self] : [], null);
  } finally {
    Py_DECREF(f);
  }
  if (r.ob_type.tp_iternext === null) {
    Py_DECREF(r);
    PyErr_SetString(interp, 'TypeError', `iter() returned non-iterator of type '${r.ob_type.tp_name}'`);
  }
  return r;
}

/** __next__; StopIteration ends the iteration (null), as tp_iternext reports it. CPython: slot_tp_iternext */
function slot_tp_iternext(self: PyObject): PyObject | null {
  const interp = self.ob_type.tp_interp;
  try {
    return callReq(interp, self, '__next__', []);
  } catch (e) {
    if (e instanceof Object && (e as PyObject).ob_type !== undefined && (e as PyObject).ob_type.isSubtypeOf?.(excType(interp, 'StopIteration'))) {
      Py_DECREF(e as PyObject);
      return null;
    }
    throw e;
  }
}

// CPython: slot_tp_descr_get
function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const interp = self.ob_type.tp_interp;
  const none = interp.singletons.None;
  return callReq(interp, self, '__get__', [obj ?? none, type ?? none]);
}

// CPython: slot_tp_descr_set
function slot_tp_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  Py_DECREF(value === null ? callReq(interp, self, '__delete__', [obj]) : callReq(interp, self, '__set__', [obj, value]));
}

// CPython: slot_tp_init
function slot_tp_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  if (kwnames === null) {
    slotTpInitCall(interp, self, args, null);
    return;
  }
  // CPython gets the keywords as a dict and makes a new kwnames tuple from it for the call
  // (_PyObject_Call_Prepend → _PyStack_UnpackDict): an allocation for the GC's count.
  const names = tupleFromItemsSteal(interp, (kwnames as PyTupleObject).body.map((k) => Py_NewRef(k)));
  try {
    slotTpInitCall(interp, self, args, names);
  } finally {
    Py_DECREF(names);
  }
}

function slotTpInitCall(interp: Interpreter, self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const descr = _PyType_Lookup(interp, self.ob_type, internedStr(interp, '__init__'));
  if (descr !== null && descr.ob_type === interp.types.function) {
    // The common case without a bound method (CPython: lookup_maybe_method's unbound form).
    const r = PyObject_Vectorcall(interp, descr, [self, ...args], kwnames);
    if (r !== interp.singletons.None) initResultError(interp, r);
    return;
  }
  const [f, unbound] = lookupMaybeMethod(interp, self, '__init__')!;
  let r: PyObject;
  try {
    r = PyObject_Vectorcall(interp, f, unbound ? [self, ...args] : args, kwnames);
  } finally {
    Py_DECREF(f);
  }
  if (r !== interp.singletons.None) initResultError(interp, r);
}

function initResultError(interp: Interpreter, r: PyObject): never {
  Py_DECREF(r);
  return PyErr_SetString(interp, 'TypeError', `__init__() should return None, not '${r.ob_type.tp_name}'`);
}

// CPython: slot_tp_new — __new__ is a static method called with the type first.
function slot_tp_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const descr = typeLookup(interp, type, '__new__')!;
  const get = descr.ob_type.tp_descr_get;
  const f = get === null ? (descr.ob_refcnt++, descr) : get(descr, null, type);
  try {
    return PyObject_Vectorcall(interp, f, [type, ...args], kwnames);
  } finally {
    Py_DECREF(f);
  }
}

// CPython: slot_tp_getattr_hook — __getattribute__, then __getattr__ on AttributeError.
function slot_tp_getattr_hook(self: PyObject, name: PyObject): PyObject {
  const interp = self.ob_type.tp_interp;
  const getattr = typeLookup(interp, self.ob_type, '__getattr__');
  const getattribute = typeLookup(interp, self.ob_type, '__getattribute__');
  const attrError = excType(interp, 'AttributeError');
  try {
    // A builtin type's __getattribute__ (object's generic one, usually) is called as its slot.
    if (getattribute !== null && getattribute.ob_type === interp.types.wrapper_descriptor) {
      return (getattribute as PyDescrObject).body.type.tp_getattro!(self, name);
    }
    return callReq(interp, self, '__getattribute__', [name]);
  } catch (e) {
    if (getattr === null || !(e instanceof Object) || (e as PyObject).ob_type === undefined || !(e as PyObject).ob_type.isSubtypeOf(attrError)) throw e;
    Py_DECREF(e as PyObject);
    return callReq(interp, self, '__getattr__', [name]);
  }
}

// CPython: slot_tp_setattro
function slot_tp_setattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  Py_DECREF(value === null ? callReq(interp, self, '__delattr__', [name]) : callReq(interp, self, '__setattr__', [name, value]));
}

/** __del__(); what it raises is reported as unraisable, naming the method. CPython: slot_tp_finalize */
function slot_tp_finalize(self: PyObject): void {
  const interp = self.ob_type.tp_interp;
  const found = lookupMaybeMethod(interp, self, '__del__');
  if (found === null) return;
  const [del, unbound] = found;
  try {
    Py_DECREF(PyObject_Vectorcall(interp, del, unbound ? [self] : [], null));
  } catch (e) {
    if ((e as PyObject).ob_type === undefined) throw e;
    interp.writeUnraisable(e as PyObject, del);
  } finally {
    Py_DECREF(del);
  }
}

// ---- slot wrappers: a builtin type's slots called as methods ----

function own<T extends object>(table: (t: PyTypeObject) => T | null, key: keyof T): (t: PyTypeObject) => SlotFn | null {
  return (t) => {
    const tb = table(t);
    return tb === null ? null : (tb[key] ?? null);
  };
}

function setIn<T extends object>(table: (t: PyTypeObject) => T | null, assign: (t: PyTypeObject, v: T) => void, key: keyof T): (t: PyTypeObject, f: SlotFn | null) => void {
  return (t, f) => {
    const tb = { ...(table(t) ?? {}) } as T;
    if (f === null) delete tb[key];
    else tb[key] = f as T[keyof T];
    assign(t, tb);
  };
}

const nbT = (t: PyTypeObject) => t.tp_as_number;
const sqT = (t: PyTypeObject) => t.tp_as_sequence;
const mpT = (t: PyTypeObject) => t.tp_as_mapping;
const amT = (t: PyTypeObject) => t.tp_as_async;
const nbA = (t: PyTypeObject, v: NumberMethods) => { t.tp_as_number = v; };
const amA = (t: PyTypeObject, v: AsyncMethods) => { t.tp_as_async = v; };
const sqA = (t: PyTypeObject, v: SequenceMethods) => { t.tp_as_sequence = v; };
const mpA = (t: PyTypeObject, v: MappingMethods) => { t.tp_as_mapping = v; };

type Binary = (a: PyObject, b: PyObject) => PyObject;

function wrapBinaryL(get: (t: PyTypeObject) => SlotFn | null): SlotWrapperImpl {
  return (interp, self, args, kwnames, name, type) => {
    numArgs(interp, args, kwnames, 1, name);
    return (get(type) as Binary)(self, args[0]!);
  };
}

function wrapBinaryR(get: (t: PyTypeObject) => SlotFn | null): SlotWrapperImpl {
  return (interp, self, args, kwnames, name, type) => {
    numArgs(interp, args, kwnames, 1, name);
    return (get(type) as Binary)(args[0]!, self);
  };
}

function wrapUnary(get: (t: PyTypeObject) => SlotFn | null): SlotWrapperImpl {
  return (interp, self, args, kwnames, name, type) => {
    numArgs(interp, args, kwnames, 0, name);
    return (get(type) as (o: PyObject) => PyObject)(self);
  };
}

function nb(name: string, key: keyof NumberMethods, rname: string | null): SlotDef[] {
  const get = own(nbT, key);
  const set = setIn(nbT, nbA, key);
  const heap = rname === null ? null : binarySlot(key, name, rname);
  const rows: SlotDef[] = [{ name, key, get, set, staticWrapper: wrapBinaryL(get), heapFn: heap, isOwn: (t) => get(t) !== null }];
  if (rname !== null) rows.push({ name: rname, key, get, set, staticWrapper: wrapBinaryR(get), heapFn: heap, isOwn: (t) => get(t) !== null });
  return rows;
}

function nbUnary(name: string, key: keyof NumberMethods): SlotDef {
  const get = own(nbT, key);
  return { name, key, get, set: setIn(nbT, nbA, key), staticWrapper: wrapUnary(get), heapFn: unarySlot(name), isOwn: (t) => get(t) !== null };
}

function nbInplace(name: string, key: keyof NumberMethods): SlotDef {
  const get = own(nbT, key);
  return { name, key, get, set: setIn(nbT, nbA, key), staticWrapper: wrapBinaryL(get), heapFn: inplaceSlot(name), isOwn: (t) => get(t) !== null };
}

/** An async slot: a class's __await__, __aiter__ or __anext__ is called without arguments.
 * CPython: AMSLOT, slot_am_await, slot_am_aiter, slot_am_anext */
function am(name: string, key: keyof AsyncMethods): SlotDef {
  const get = own(amT, key);
  const heap = (o: PyObject) => {
    const interp = o.ob_type.tp_interp;
    const r = callMethodMaybe(interp, o, name, []);
    if (r === null) PyErr_SetString(interp, 'AttributeError', `object ${o.ob_type.tp_name} does not have ${name} method`);
    return r;
  };
  return { name, key, get, set: setIn(amT, amA, key), staticWrapper: wrapUnary(get), heapFn: heap, isOwn: (t) => get(t) !== null };
}

function tp<K extends keyof PyTypeObject>(name: string, key: K, staticWrapper: SlotWrapperImpl | null, heapFn: SlotFn | null): SlotDef {
  const get = (t: PyTypeObject) => (t[key] as SlotFn | null) ?? null;
  const set = (t: PyTypeObject, f: SlotFn | null) => { (t as unknown as Record<string, unknown>)[key] = f; };
  return { name, key, get, set, staticWrapper, heapFn, isOwn: (t) => get(t) !== null };
}

function richcmpWrapper(op: number): SlotWrapperImpl {
  return (interp, self, args, kwnames, name, type) => {
    numArgs(interp, args, kwnames, 1, name);
    return type.tp_richcompare!(self, args[0]!, op);
  };
}

function powWrapper(reverse: boolean): SlotWrapperImpl {
  return (interp, self, args, kwnames, name, type) => {
    kwCheck(interp, kwnames, name);
    if (args.length < 1 || args.length > 2) {
      PyErr_SetString(interp, 'TypeError', `expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
    }
    const mod = args[1] ?? interp.singletons.None;
    const pow = type.tp_as_number!.nb_power!;
    return reverse ? pow(args[0]!, self, mod) : pow(self, args[0]!, mod);
  };
}

const lenWrapper = (get: (t: PyTypeObject) => SlotFn | null): SlotWrapperImpl => (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  return PyLong_FromNumber(interp, (get(type) as (o: PyObject) => number)(self));
};

const wrapHash: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  const h = type.tp_hash!(self);
  return typeof h === 'number' ? PyLong_FromNumber(interp, h) : PyLong_FromBigInt(interp, h);
};

const wrapRepr = (key: 'tp_repr' | 'tp_str'): SlotWrapperImpl => (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  return type[key]!(self);
};

const wrapCall: SlotWrapperImpl = (interp, self, args, kwnames, _name, type) => type.tp_call!(self, args, kwnames);

const wrapInit: SlotWrapperImpl = (interp, self, args, kwnames, _name, type) => {
  type.tp_init!(self, args, kwnames);
  return interp.singletons.None;
};

const wrapNext: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  const r = type.tp_iternext!(self);
  if (r === null) PyErr_SetString(interp, excType(interp, 'StopIteration'), '');
  return r;
};

const wrapIter: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  return type.tp_iter!(self);
};

const wrapBool: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  return boolObj(interp, type.tp_as_number!.nb_bool!(self));
};

const wrapGetattr: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 1, name);
  if (!args[0]!.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `attribute name must be string, not '${args[0]!.ob_type.tp_name}'`);
  }
  return type.tp_getattro!(self, args[0]!);
};

const wrapSetattr: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 2, name);
  type.tp_setattro!(self, args[0]!, args[1]!);
  return interp.singletons.None;
};

const wrapDelattr: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 1, name);
  type.tp_setattro!(self, args[0]!, null);
  return interp.singletons.None;
};

const wrapDescrGet: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  kwCheck(interp, kwnames, name);
  if (args.length < 1 || args.length > 2) PyErr_SetString(interp, 'TypeError', `expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
  const none = interp.singletons.None;
  const obj = args[0] === none ? null : args[0]!;
  const owner = args.length > 1 && args[1] !== none ? args[1]! : null;
  if (obj === null && owner === null) PyErr_SetString(interp, 'TypeError', '__get__(None, None) is invalid');
  return type.tp_descr_get!(self, obj, owner);
};

const wrapDescrSet: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 2, name);
  type.tp_descr_set!(self, args[0]!, args[1]!);
  return interp.singletons.None;
};

const wrapDescrDelete: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 1, name);
  type.tp_descr_set!(self, args[0]!, null);
  return interp.singletons.None;
};

const wrapGetitem = (get: (t: PyTypeObject) => SlotFn | null): SlotWrapperImpl => (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 1, name);
  return (get(type) as Binary)(self, args[0]!);
};

const wrapSetitem: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 2, name);
  type.tp_as_mapping!.mp_ass_subscript!(self, args[0]!, args[1]!);
  return interp.singletons.None;
};

const wrapDelitem: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 1, name);
  type.tp_as_mapping!.mp_ass_subscript!(self, args[0]!, null);
  return interp.singletons.None;
};

const wrapContains: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 1, name);
  return boolObj(interp, type.tp_as_sequence!.sq_contains!(self, args[0]!));
};

const wrapDel: SlotWrapperImpl = (interp, self, args, kwnames, name, type) => {
  numArgs(interp, args, kwnames, 0, name);
  type.tp_finalize!(self);
  return interp.singletons.None;
};

/**
 * type.__new__(T, ...) for builtin types: `__new__` is a builtin method bound to the type
 * that owns it, called with the type to instantiate first. CPython: tp_new_wrapper
 */
export const tp_new_wrapper: BuiltinImpl = (interp, self, args, kwnames) => {
  const type = self as PyTypeObject;
  const nkw = kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
  if (args.length - nkw < 1) PyErr_SetString(interp, 'TypeError', `${type.tp_name}.__new__(): not enough arguments`);
  const sub = args[0]!;
  if (!(sub instanceof PyTypeObject)) {
    PyErr_SetString(interp, 'TypeError', `${type.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
  }
  if (!sub.isSubtypeOf(type)) PyErr_SetString(interp, 'TypeError', `${type.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${type.tp_name}`);
  // The most derived base that is not a class must be `type` itself (CPython's "is not safe" check).
  let staticbase: PyTypeObject | null = sub;
  while (staticbase !== null && staticbase.tp_new === slot_tp_new) staticbase = staticbase.tp_base;
  if (staticbase !== null && staticbase.tp_new !== type.tp_new) {
    PyErr_SetString(interp, 'TypeError', `${type.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`);
  }
  return type.tp_new!(sub, args.slice(1), kwnames);
};

// CPython: slotdefs (the rows the types here have slots for)
export const SLOTDEFS: readonly SlotDef[] = [
  tp('__getattribute__', 'tp_getattro', wrapGetattr, slot_tp_getattr_hook),
  tp('__getattr__', 'tp_getattro', null, slot_tp_getattr_hook),
  tp('__setattr__', 'tp_setattro', wrapSetattr, slot_tp_setattro),
  tp('__delattr__', 'tp_setattro', wrapDelattr, slot_tp_setattro),
  tp('__repr__', 'tp_repr', wrapRepr('tp_repr'), slot_tp_repr),
  tp('__hash__', 'tp_hash', wrapHash, slot_tp_hash),
  tp('__call__', 'tp_call', wrapCall, slot_tp_call),
  tp('__str__', 'tp_str', wrapRepr('tp_str'), slot_tp_str),
  ...RICHCMP_NAMES.map((n, op) => tp(n, 'tp_richcompare', richcmpWrapper(op), slot_tp_richcompare)),
  am('__await__', 'am_await'),
  am('__aiter__', 'am_aiter'),
  am('__anext__', 'am_anext'),
  tp('__iter__', 'tp_iter', wrapIter, slot_tp_iter),
  tp('__next__', 'tp_iternext', wrapNext, slot_tp_iternext),
  tp('__get__', 'tp_descr_get', wrapDescrGet, slot_tp_descr_get),
  tp('__set__', 'tp_descr_set', wrapDescrSet, slot_tp_descr_set),
  tp('__delete__', 'tp_descr_set', wrapDescrDelete, slot_tp_descr_set),
  tp('__init__', 'tp_init', wrapInit, slot_tp_init),
  tp('__new__', 'tp_new', null, slot_tp_new),
  tp('__del__', 'tp_finalize', wrapDel, slot_tp_finalize),
  ...nb('__add__', 'nb_add', '__radd__'),
  ...nb('__sub__', 'nb_subtract', '__rsub__'),
  ...nb('__mul__', 'nb_multiply', '__rmul__'),
  ...nb('__mod__', 'nb_remainder', '__rmod__'),
  ...nb('__divmod__', 'nb_divmod', '__rdivmod__'),
  { ...tpNb('__pow__', powWrapper(false)) },
  { ...tpNb('__rpow__', powWrapper(true)) },
  nbUnary('__neg__', 'nb_negative'),
  nbUnary('__pos__', 'nb_positive'),
  nbUnary('__abs__', 'nb_absolute'),
  { name: '__bool__', key: 'nb_bool', get: own(nbT, 'nb_bool'), set: setIn(nbT, nbA, 'nb_bool'), staticWrapper: wrapBool, heapFn: slot_nb_bool, isOwn: (t) => own(nbT, 'nb_bool')(t) !== null },
  nbUnary('__invert__', 'nb_invert'),
  ...nb('__lshift__', 'nb_lshift', '__rlshift__'),
  ...nb('__rshift__', 'nb_rshift', '__rrshift__'),
  ...nb('__and__', 'nb_and', '__rand__'),
  ...nb('__xor__', 'nb_xor', '__rxor__'),
  ...nb('__or__', 'nb_or', '__ror__'),
  nbUnary('__int__', 'nb_int'),
  nbUnary('__float__', 'nb_float'),
  nbInplace('__iadd__', 'nb_inplace_add'),
  nbInplace('__isub__', 'nb_inplace_subtract'),
  nbInplace('__imul__', 'nb_inplace_multiply'),
  nbInplace('__imod__', 'nb_inplace_remainder'),
  nbInplace('__ilshift__', 'nb_inplace_lshift'),
  nbInplace('__irshift__', 'nb_inplace_rshift'),
  nbInplace('__iand__', 'nb_inplace_and'),
  nbInplace('__ixor__', 'nb_inplace_xor'),
  nbInplace('__ior__', 'nb_inplace_or'),
  ...nb('__floordiv__', 'nb_floor_divide', '__rfloordiv__'),
  ...nb('__truediv__', 'nb_true_divide', '__rtruediv__'),
  nbInplace('__ifloordiv__', 'nb_inplace_floor_divide'),
  nbInplace('__itruediv__', 'nb_inplace_true_divide'),
  nbUnary('__index__', 'nb_index'),
  ...nb('__matmul__', 'nb_matrix_multiply', '__rmatmul__'),
  nbInplace('__imatmul__', 'nb_inplace_matrix_multiply'),
  { name: '__len__', key: 'mp_length', get: own(mpT, 'mp_length'), set: setIn(mpT, mpA, 'mp_length'), staticWrapper: lenWrapper(own(mpT, 'mp_length')), heapFn: slot_sq_length, isOwn: (t) => own(mpT, 'mp_length')(t) !== null },
  { name: '__getitem__', key: 'mp_subscript', get: own(mpT, 'mp_subscript'), set: setIn(mpT, mpA, 'mp_subscript'), staticWrapper: wrapGetitem(own(mpT, 'mp_subscript')), heapFn: slot_mp_subscript, isOwn: (t) => own(mpT, 'mp_subscript')(t) !== null },
  { name: '__setitem__', key: 'mp_ass_subscript', get: own(mpT, 'mp_ass_subscript'), set: setIn(mpT, mpA, 'mp_ass_subscript'), staticWrapper: wrapSetitem, heapFn: slot_mp_ass_subscript, isOwn: (t) => own(mpT, 'mp_ass_subscript')(t) !== null },
  { name: '__delitem__', key: 'mp_ass_subscript', get: own(mpT, 'mp_ass_subscript'), set: setIn(mpT, mpA, 'mp_ass_subscript'), staticWrapper: wrapDelitem, heapFn: slot_mp_ass_subscript, isOwn: (t) => own(mpT, 'mp_ass_subscript')(t) !== null },
  { name: '__len__', key: 'sq_length', get: own(sqT, 'sq_length'), set: setIn(sqT, sqA, 'sq_length'), staticWrapper: lenWrapper(own(sqT, 'sq_length')), heapFn: slot_sq_length, isOwn: (t) => own(sqT, 'sq_length')(t) !== null },
  { name: '__getitem__', key: 'sq_item', get: own(sqT, 'sq_item'), set: setIn(sqT, sqA, 'sq_item'), staticWrapper: null, heapFn: slot_sq_item, isOwn: () => false },
  { name: '__contains__', key: 'sq_contains', get: own(sqT, 'sq_contains'), set: setIn(sqT, sqA, 'sq_contains'), staticWrapper: wrapContains, heapFn: slot_sq_contains, isOwn: (t) => own(sqT, 'sq_contains')(t) !== null },
  { name: '__add__', key: 'sq_concat', get: own(sqT, 'sq_concat'), set: setIn(sqT, sqA, 'sq_concat'), staticWrapper: wrapBinaryL(own(sqT, 'sq_concat')), heapFn: null, isOwn: (t) => own(sqT, 'sq_concat')(t) !== null },
  sqRepeat('__mul__', 'sq_repeat'),
  sqRepeat('__rmul__', 'sq_repeat'),
  { name: '__iadd__', key: 'sq_inplace_concat', get: own(sqT, 'sq_inplace_concat'), set: setIn(sqT, sqA, 'sq_inplace_concat'), staticWrapper: wrapBinaryL(own(sqT, 'sq_inplace_concat')), heapFn: null, isOwn: (t) => own(sqT, 'sq_inplace_concat')(t) !== null },
  sqRepeat('__imul__', 'sq_inplace_repeat'),
];

/** __mul__, __rmul__ and __imul__ of a sequence: the count as a ssize_t. CPython: SQSLOT with wrap_indexargfunc */
function sqRepeat(name: string, key: 'sq_repeat' | 'sq_inplace_repeat'): SlotDef {
  const get = own(sqT, key);
  const wrapper: SlotWrapperImpl = (interp, self, args, kwnames, wname, type) => {
    kwCheck(interp, kwnames, wname);
    // PyArg_UnpackTuple with an empty name: the message starts with a space.
    if (args.length !== 1) PyErr_SetString(interp, 'TypeError', ` expected 1 argument, got ${args.length}`);
    return (get(type) as (o: PyObject, n: number) => PyObject)(self, PyNumber_AsSsize_t(interp, args[0]!));
  };
  return { name, key, get, set: setIn(sqT, sqA, key), staticWrapper: wrapper, heapFn: null, isOwn: (t) => get(t) !== null };
}

function tpNb(name: string, wrapper: SlotWrapperImpl): SlotDef {
  const get = own(nbT, 'nb_power');
  return { name, key: 'nb_power', get, set: setIn(nbT, nbA, 'nb_power'), staticWrapper: wrapper, heapFn: slot_nb_power, isOwn: (t) => get(t) !== null };
}


let groups: Map<string, SlotDef[]> | null = null;

/** SLOTDEFS grouped by slot, computed once (CPython scans the same table per update). */
function slotGroups(): Map<string, SlotDef[]> {
  if (groups !== null) return groups;
  groups = new Map();
  for (const sd of SLOTDEFS) {
    let g = groups.get(sd.key);
    if (g === undefined) groups.set(sd.key, (g = []));
    g.push(sd);
  }
  return groups;
}

/**
 * The one slot of `type` that is set among those `name` stands for, or null when none or several
 * are. CPython: resolve_slotdups
 */
function resolveSlotdups(type: PyTypeObject, name: string): string | null {
  let res: string | null = null;
  for (const sd of SLOTDEFS) {
    if (sd.name !== name || sd.get(type) === null || sd.get(type) === undefined) continue;
    if (res !== null && res !== sd.key) return null;
    res = sd.key;
  }
  return res;
}

/**
 * Fills a class's slots from the dunders along its MRO: a slot wrapper of a builtin type for
 * the same slot gives that type's function; None for __hash__ makes the type unhashable;
 * anything else gives the slot function that calls it. A slot wrapper standing for another
 * slot gives the calling function only when that name sets no other slot of the type (so a
 * tuple subclass's `*` stays tuple's repeat, not a call of __mul__).
 * CPython: fixup_slot_dispatchers / update_one_slot
 */
export function fixupSlotDispatchers(interp: Interpreter, type: PyTypeObject): void {
  for (const [key, group] of slotGroups()) {
    let specific: SlotFn | null = null;
    let generic: SlotFn | null = null;
    let useGeneric = false;
    for (const sd of group) {
      const descr = findNameInMro(interp, type, internedStr(interp, sd.name));
      if (descr === null) continue;
      if (descr.ob_type === interp.types.wrapper_descriptor && (descr as PyDescrObject).body.nameText === sd.name) {
        const d = (descr as PyDescrObject).body;
        const tkey = resolveSlotdups(type, sd.name);
        if (tkey === null || tkey === key) generic = sd.heapFn ?? group.find((g) => g.heapFn !== null)?.heapFn ?? null;
        const owner = group.find((g) => g.staticWrapper !== null && g.staticWrapper === d.wrapper);
        const f = owner === undefined ? null : owner.get(d.type);
        if (owner !== undefined && (specific === null || specific === f) && type.isSubtypeOf(d.type)) {
          specific = f;
        } else {
          useGeneric = true;
        }
      } else if (key === 'tp_hash' && descr === interp.singletons.None) {
        specific = PyObject_HashNotImplemented;
      } else if (key === 'tp_new' && descr.ob_type === interp.types.builtin_function_or_method && (descr.body as { impl: unknown }).impl === tp_new_wrapper) {
        specific = ((descr.body as { self: PyTypeObject }).self).tp_new;
      } else {
        useGeneric = true;
        generic = sd.heapFn ?? group.find((g) => g.heapFn !== null)?.heapFn ?? null;
      }
    }
    group[0]!.set(type, specific !== null && !useGeneric ? specific : generic);
  }
}
