// Type objects: the slots every type fills. CPython: Include/cpython/object.h (PyTypeObject),
// Objects/typeobject.c. Only the mechanism lives here for now; type's Python-level behaviour
// (type(), MRO, descriptors, super) comes with the eval loop.
import { PyObject, IMMORTAL_REFCNT, preHeaderSize } from './object.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyHash } from './hash/pyhash.ts';
import type { DictKeys } from './tables/dictkeys.ts';

export type destructor = (o: PyObject) => void;
export type reprfunc = (o: PyObject) => PyObject;
export type hashfunc = (o: PyObject) => PyHash;
export type richcmpfunc = (a: PyObject, b: PyObject, op: number) => PyObject;
export type getattrofunc = (o: PyObject, name: PyObject) => PyObject;
/** Calling an object with the vectorcall convention: borrowed positional arguments then keyword values, the keyword names tuple or null; a new reference. */
export type vectorcallfunc = (callable: PyObject, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;
/** tp_descr_get: `obj` is null when looked up on the type; a new reference. */
export type descrgetfunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
/** tp_descr_set: a null value deletes. */
export type descrsetfunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
/** tp_new and tp_init, with the vectorcall convention (the arguments are borrowed). */
export type newfunc = (type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;
export type initproc = (self: PyObject, args: readonly PyObject[], kwnames: PyObject | null) => void;
export type setattrofunc = (o: PyObject, name: PyObject, value: PyObject | null) => void;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
export type unaryfunc = (a: PyObject) => PyObject;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type iternextfunc = (o: PyObject) => PyObject | null;
export type visitproc = (o: PyObject, arg: unknown) => void;
export type traverseproc = (o: PyObject, visit: visitproc, arg: unknown) => void;

/** Py_VISIT of up to five fields in order, skipping the null ones (no array: hooks allocate nothing). */
export function visitFields(visit: visitproc, arg: unknown, a: PyObject | null, b: PyObject | null = null, c: PyObject | null = null,
  d: PyObject | null = null, e: PyObject | null = null): void {
  if (a !== null) visit(a, arg);
  if (b !== null) visit(b, arg);
  if (c !== null) visit(c, arg);
  if (d !== null) visit(d, arg);
  if (e !== null) visit(e, arg);
}

/** The number protocol (CPython: PyNumberMethods); each slot returns NotImplemented when it cannot. */
export interface NumberMethods {
  nb_add?: binaryfunc;
  nb_subtract?: binaryfunc;
  nb_multiply?: binaryfunc;
  nb_remainder?: binaryfunc;
  nb_divmod?: binaryfunc;
  nb_power?: ternaryfunc;
  nb_negative?: unaryfunc;
  nb_positive?: unaryfunc;
  nb_absolute?: unaryfunc;
  nb_bool?: (o: PyObject) => boolean;
  nb_invert?: unaryfunc;
  nb_lshift?: binaryfunc;
  nb_rshift?: binaryfunc;
  nb_and?: binaryfunc;
  nb_xor?: binaryfunc;
  nb_or?: binaryfunc;
  nb_int?: unaryfunc;
  nb_float?: unaryfunc;
  nb_floor_divide?: binaryfunc;
  nb_true_divide?: binaryfunc;
  nb_index?: unaryfunc;
  nb_matrix_multiply?: binaryfunc;
  nb_inplace_add?: binaryfunc;
  nb_inplace_subtract?: binaryfunc;
  nb_inplace_multiply?: binaryfunc;
  nb_inplace_remainder?: binaryfunc;
  nb_inplace_power?: ternaryfunc;
  nb_inplace_lshift?: binaryfunc;
  nb_inplace_rshift?: binaryfunc;
  nb_inplace_and?: binaryfunc;
  nb_inplace_xor?: binaryfunc;
  nb_inplace_or?: binaryfunc;
  nb_inplace_floor_divide?: binaryfunc;
  nb_inplace_true_divide?: binaryfunc;
  nb_inplace_matrix_multiply?: binaryfunc;
}

/** CPython: PySequenceMethods; sq_contains raises instead of returning -1; sq_ass_item deletes when the value is null. */
export interface SequenceMethods {
  sq_length?: (o: PyObject) => number;
  sq_concat?: binaryfunc;
  sq_repeat?: (o: PyObject, n: number) => PyObject;
  sq_item?: (o: PyObject, i: number) => PyObject;
  sq_ass_item?: (o: PyObject, i: number, value: PyObject | null) => void;
  sq_contains?: (o: PyObject, value: PyObject) => boolean;
  sq_inplace_concat?: binaryfunc;
  sq_inplace_repeat?: (o: PyObject, n: number) => PyObject;
}

/**
 * How a type exports its memory to views and bytes-like consumers (CPython: PyBufferProcs). A view
 * keeps the memory it was given, so an exporter must not reallocate it while exports exist.
 */
export interface BufferProcs {
  /** The exported memory now. CPython: bf_getbuffer (what it fills in) */
  bf_getbuffer: (o: PyObject) => Uint8Array;
  /** Whether views on it are read-only. */
  bf_readonly: boolean;
  /** Counts an export held by a view (+1) or its release (-1); null when nothing depends on it.
   * CPython: bf_getbuffer (its side effect) and bf_releasebuffer */
  bf_exports: ((o: PyObject, delta: number) => void) | null;
  /** The struct format and item size of the items (CPython: view->format, view->itemsize); bytes ('B', 1) when absent. */
  bf_format?: (o: PyObject) => { format: string; itemsize: number };
}

/** The async protocol (CPython: PyAsyncMethods); each slot returns a new reference. */
export interface AsyncMethods {
  am_await?: unaryfunc;
  am_aiter?: unaryfunc;
  am_anext?: unaryfunc;
}

/** CPython: PyMappingMethods; mp_ass_subscript deletes when the value is null. */
export interface MappingMethods {
  mp_length?: (o: PyObject) => number;
  mp_subscript?: binaryfunc;
  mp_ass_subscript?: (o: PyObject, key: PyObject, value: PyObject | null) => void;
}

// Method calling conventions, with CPython's flag values (Include/methodobject.h).
export const METH_VARARGS = 0x0001;
export const METH_KEYWORDS = 0x0002;
export const METH_NOARGS = 0x0004;
export const METH_O = 0x0008;
export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
export const METH_COEXIST = 0x0040;
export const METH_FASTCALL = 0x0080;

/**
 * A method of a builtin type (CPython: PyMethodDef). The calling convention decides what the
 * caller checks before `impl` runs, with CPython's messages naming `type.name()`:
 * METH_NOARGS: no arguments (impl gets args = []); METH_O: exactly one positional (args = [x]);
 * METH_FASTCALL: any positionals, no keywords (impl checks the count, e.g. with checkPositional);
 * METH_FASTCALL | METH_KEYWORDS: impl gets the vectorcall arguments and kwnames as they are.
 * METH_CLASS passes the type as self; METH_STATIC passes null.
 */
export interface MethodDef {
  readonly name: string;
  readonly flags: number;
  readonly impl: (interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null) => PyObject;
  readonly doc?: string;
}

/** A computed attribute of a builtin type (CPython: PyGetSetDef); `get` returns a new reference; a missing `set` makes it read-only. */
export interface GetSetDef {
  readonly name: string;
  readonly get: (interp: Interpreter, o: PyObject) => PyObject;
  readonly set?: (interp: Interpreter, o: PyObject, value: PyObject | null) => void;
  readonly doc?: string;
  /** A READONLY member of the C struct: a member_descriptor ("readonly attribute" on assignment). */
  readonly member?: boolean;
}

export interface TypeSpec {
  name: string;
  basicsize: number;
  itemsize?: number;
  flags: number;
  dealloc: destructor;
  traverse?: traverseproc;
  /** Drops the references that may take part in a cycle (CPython: tp_clear). */
  clear?: (o: PyObject) => void;
  /** Methods placed in the type's dict as method descriptors when the type is readied. */
  methods?: readonly MethodDef[];
  /** Attributes placed in the type's dict as getset descriptors when the type is readied. */
  getset?: readonly GetSetDef[];
  /** The `__doc__` of the type. */
  doc?: string;
}

/** A cached _PyType_Lookup result: valid while the MRO and its dicts' version tags are unchanged. */
export interface TypeLookupEntry {
  mro: PyObject;
  tags: number[];
  value: PyObject | null;
  /** The interpreter's watched-dict version when the tags were last seen to match. */
  watched: number;
}

export class PyTypeObject extends PyObject {
  tp_name: string;
  tp_basicsize: number;
  tp_itemsize: number;
  tp_flags: number;
  tp_base: PyTypeObject | null = null;
  tp_interp: Interpreter;
  tp_dealloc: destructor;
  tp_repr: reprfunc | null = null;
  tp_str: reprfunc | null = null;
  tp_hash: hashfunc | null = null;
  tp_call: vectorcallfunc | null = null;
  tp_getattro: getattrofunc | null = null;
  tp_setattro: setattrofunc | null = null;
  tp_richcompare: richcmpfunc | null = null;
  tp_iter: unaryfunc | null = null;
  tp_iternext: iternextfunc | null = null;
  tp_descr_get: descrgetfunc | null = null;
  tp_descr_set: descrsetfunc | null = null;
  tp_init: initproc | null = null;
  tp_new: newfunc | null = null;
  /** __del__ (CPython: tp_finalize), run once before the object is deallocated. */
  tp_finalize: ((o: PyObject) => void) | null = null;
  /** The type's own attributes (a dict), filled by PyType_Ready. */
  tp_dict: PyObject | null = null;
  /** __mro__ (a tuple) and __bases__ (a tuple), set by PyType_Ready. */
  tp_mro: PyObject | null = null;
  tp_bases: PyObject | null = null;
  /** Whether instances carry a __dict__ in ob_dict (CPython: a nonzero tp_dictoffset or Py_TPFLAGS_MANAGED_DICT). */
  tp_hasdict = false;
  /** Whether instances can be weakly referenced (CPython: a nonzero tp_weaklistoffset). */
  tp_hasweaklist = false;
  /** The number of __slots__ values instances carry in ob_slots (this type's and its bases'). */
  tp_nslots = 0;
  /** Heap types: __qualname__ (a str; CPython: ht_qualname) and __name__ (ht_name). */
  ht_qualname: PyObject | null = null;
  ht_name: PyObject | null = null;
  /** Classes with a managed dict: the keys their instances' values and dicts share (CPython: ht_cached_keys). */
  ht_cached_keys: DictKeys | null = null;
  /** Direct subclasses (CPython: tp_subclasses, which holds weak references). */
  tp_subclasses: Set<PyTypeObject> | null = null;
  /**
   * A class's own subclasses dict, made when its first subclass is added: Glasspy keeps the
   * subclasses in tp_subclasses, this empty dict stands for CPython's (its memory and GC count).
   */
  tp_subclasses_dict: PyObject | null = null;
  /** _PyType_Lookup's results by name (src/objects/typeready.ts); CPython keeps a global method cache. */
  lookupCache: Map<PyObject, TypeLookupEntry> | null = null;
  /**
   * Dead instances whose JS objects allocObject may reuse (src/objects/alloc.ts), or null. Only
   * the JS shell is reused, never the address: the allocator decides those.
   */
  shellPool: PyObject[] | null = null;
  tp_traverse: traverseproc | null;
  /** How the collector breaks a cycle through an instance (CPython: tp_clear); null: it does not. */
  tp_clear: ((o: PyObject) => void) | null;
  /**
   * Whether allocObject starts an instance's GC tracking (for a GC type); exact dicts and frame
   * objects are tracked later, when they may take part in a cycle.
   */
  tp_gc_track_on_alloc = true;
  tp_as_number: NumberMethods | null = null;
  tp_as_sequence: SequenceMethods | null = null;
  tp_as_mapping: MappingMethods | null = null;
  tp_as_async: AsyncMethods | null = null;
  tp_as_buffer: BufferProcs | null = null;
  /** Calling the type object itself (CPython 3.12's tp_vectorcall of range, tuple, ...): borrowed
   * positional arguments then keyword values, the keyword names tuple or null; a new reference. */
  tp_vectorcall: ((type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null) => PyObject) | null = null;
  /**
   * Whether CPython 3.12 calls this type through tp_call (it has no tp_vectorcall there: str,
   * int, zip, the itertools types, ...): the args tuple and keyword dict are made around
   * Glasspy's vectorcall-style constructor, for CPython's memory and GC allocation counts.
   */
  tp_call_makes_args = false;
  /** Bytes placed before the object header (GC head, managed pre-header). */
  tp_preheader: number;
  tp_methods: readonly MethodDef[];
  tp_getset: readonly GetSetDef[];
  tp_doc: string | null;

  // CPython: PyType_IsSubtype (along the MRO; along tp_base while it is not computed yet)
  isSubtypeOf(base: PyTypeObject): boolean {
    const mro = this.tp_mro;
    if (mro !== null) {
      const items = mro.body as PyObject[];
      for (let i = 0; i < items.length; i++) if (items[i] === base) return true;
      return false;
    }
    for (let t: PyTypeObject | null = this; t !== null; t = t.tp_base) if (t === base) return true;
    return false;
  }

  constructor(interp: Interpreter, metatype: PyTypeObject | null, spec: TypeSpec, addr: number) {
    // A static type's metatype is `type`, which is created first and is its own type.
    super(null as unknown as PyTypeObject, addr, 0, null, IMMORTAL_REFCNT);
    this.ob_type = metatype ?? this;
    this.tp_name = spec.name;
    this.tp_basicsize = spec.basicsize;
    this.tp_itemsize = spec.itemsize ?? 0;
    this.tp_flags = spec.flags;
    this.tp_interp = interp;
    this.tp_dealloc = spec.dealloc;
    this.tp_traverse = spec.traverse ?? null;
    this.tp_clear = spec.clear ?? null;
    this.tp_preheader = preHeaderSize(this);
    this.tp_methods = spec.methods ?? [];
    this.tp_getset = spec.getset ?? [];
    this.tp_doc = spec.doc ?? null;
  }
}
