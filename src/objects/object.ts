// The object header and reference counting (see docs/internals/object-model.md).
// CPython: Include/object.h (Py_INCREF, Py_DECREF, _Py_IsImmortal), Objects/object.c (_Py_Dealloc).
import type { PyTypeObject } from './typeobject.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { SplitValues } from './tables/dictkeys.ts';

/**
 * The reference count of immortal objects. CPython 3.12.1 uses (and sys.getrefcount reports)
 * 4294967295 on 64-bit builds; here it is the largest small integer V8 stores untagged in
 * every configuration, so that ob_refcnt stays a small-integer field on every object (a value
 * beyond it would make the field a boxed double everywhere). Use Py_REFCNT to read a count.
 */
export const IMMORTAL_REFCNT = 0x3fffffff;
/** What 64-bit CPython 3.12.1 reports as an immortal object's reference count. */
export const IMMORTAL_REFCNT_REPORTED = 0xffffffff;

/** The reference count as CPython reports it. CPython: Py_REFCNT */
export function Py_REFCNT(o: PyObject): number {
  return o.ob_refcnt >= IMMORTAL_REFCNT ? IMMORTAL_REFCNT_REPORTED : o.ob_refcnt;
}

/**
 * Every Python object. `ival` and `body` hold the type's own data (see each type's file for
 * its interface, e.g. PyLongObject); all fields are set in the constructor, in this order, so
 * that every object shares one hidden class.
 */
export class PyObject {
  ob_refcnt: number;
  ob_type: PyTypeObject;
  addr: number;
  ival: number;
  body: unknown;
  /** A second payload slot, e.g. a str's or frozenset's cached hash. */
  extra: unknown;
  /** The instance `__dict__` of objects whose type has one (created on first use), else null. */
  ob_dict: PyObject | null;
  /** The `__slots__` values of instances of classes that declare slots, else null. */
  ob_slots: (PyObject | null)[] | null;
  /** The attribute values of an instance whose managed dict is not a dict object yet (see instancedict.ts), else null. */
  ob_values: SplitValues | null;
  /**
   * The GC head (src/memory/gcstate.ts): the generation list links of a tracked object (null
   * when untracked), gc_refs during a collection, and flag bits (finalized, collecting, unreachable).
   */
  gc_next: PyObject | null;
  gc_prev: PyObject | null;
  gc_refs: number;
  gc_flags: number;

  constructor(type: PyTypeObject, addr: number, ival: number, body: unknown, refcnt = 1) {
    this.ob_refcnt = refcnt;
    this.ob_type = type;
    this.addr = addr;
    this.ival = ival;
    this.body = body;
    this.extra = undefined;
    this.ob_dict = null;
    this.ob_slots = null;
    this.ob_values = null;
    this.gc_next = null;
    this.gc_prev = null;
    this.gc_refs = 0;
    this.gc_flags = 0;
  }
}

// CPython: _Py_IsImmortal
export function _Py_IsImmortal(o: PyObject): boolean {
  return o.ob_refcnt >= IMMORTAL_REFCNT;
}

// CPython: Py_INCREF
export function Py_INCREF(o: PyObject): void {
  if (o.ob_refcnt < IMMORTAL_REFCNT) o.ob_refcnt++;
}

// CPython: Py_NewRef
export function Py_NewRef<T extends PyObject>(o: T): T {
  if (o.ob_refcnt < IMMORTAL_REFCNT) o.ob_refcnt++;
  return o;
}

// CPython: Py_XNewRef
export function Py_XNewRef<T extends PyObject>(o: T | null): T | null {
  if (o !== null && o.ob_refcnt < IMMORTAL_REFCNT) o.ob_refcnt++;
  return o;
}

// CPython: Py_DECREF
export function Py_DECREF(o: PyObject): void {
  if (o.ob_refcnt < IMMORTAL_REFCNT && --o.ob_refcnt === 0) _Py_Dealloc(o);
}

// CPython: Py_XDECREF
export function Py_XDECREF(o: PyObject | null): void {
  if (o !== null && o.ob_refcnt < IMMORTAL_REFCNT && --o.ob_refcnt === 0) _Py_Dealloc(o);
}

/**
 * Empties field `key` of `holder`, then releases what it held: code that the release runs sees
 * the field empty (the clear hooks of the collector use it). CPython: Py_CLEAR
 */
export function Py_CLEAR<T extends object>(holder: T, key: keyof T): void {
  const v = holder[key] as unknown as PyObject | null | undefined;
  if (v == null) return;
  (holder as Record<keyof T, unknown>)[key] = null;
  Py_DECREF(v);
}

/** What deallocation calls outside this module (set by weakrefobject.ts, which depends on it). */
export const deallocHooks: { clearWeakRefs: (interp: Interpreter, o: PyObject) => void } = { clearWeakRefs: () => {} };

/**
 * Deallocates `o`. The weak references to an instance of a builtin type are cleared first, as
 * each such type's dealloc does in CPython (classes' instances: subtype_dealloc, after __del__).
 * CPython: _Py_Dealloc
 */
export function _Py_Dealloc(o: PyObject): void {
  const t = o.ob_type;
  // CPython: each GC type's dealloc starts with PyObject_GC_UnTrack
  if (o.gc_next !== null) t.tp_interp.gc.untrack(o);
  if (t.tp_hasweaklist && (t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0 && t.tp_interp.weakrefLists.size !== 0) deallocHooks.clearWeakRefs(t.tp_interp, o);
  t.tp_dealloc(o);
}

/** The bytes CPython places before an object's header: GC head, managed dict/weakref slots. */
// CPython: _PyType_PreHeaderSize
export function preHeaderSize(type: PyTypeObject): number {
  return (type.tp_flags & Py_TPFLAGS_HAVE_GC ? 16 : 0) + (type.tp_flags & (Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_MANAGED_WEAKREF) ? 16 : 0);
}

// Type flags, with CPython's values (Include/object.h).
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const Py_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_VECTORCALL = 1 << 11;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_READYING = 1 << 13;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_MANAGED_WEAKREF = 1 << 3;
export const Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const Py_TPFLAGS_VALID_VERSION_TAG = 1 << 19;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_MATCH_SELF = 1 << 22;
export const Py_TPFLAGS_ITEMS_AT_END = 1 << 23;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 2 ** 31;
