// The references an object owns, found by walking its fields and the JS structures they own,
// less the borrowed ones named below: the refcount audit counts them, and
// the collector uses the walk as the traverse hook of types that have none of their own, so it
// subtracts exactly what such an object counts.
import { IMMORTAL_REFCNT, PyObject } from '../objects/object.ts';
import { PyTypeObject, type visitproc } from '../objects/typeobject.ts';
import { Frame } from '../vm/frame.ts';

/**
 * Fields that do not own what they point at, by name (any JS object's own property of that
 * name is skipped). Each is a cache, a weak or borrowed link, or a pool of dead objects.
 */
export const BORROWED = new Set<string>([
  // Interpreter and type state.
  'tp_interp', 'lookupCache', 'tp_subclasses', 'shellPool', 'weakrefLists', 'reprStack',
  'floatFreeList', 'listFreeList', 'tupleFreeLists', 'sliceCache', 'keysFreeList', 'valuesPool', 'interp', 'objectRegistry',
  // Aliases of references the runner, sys and builtins hold.
  'builtinsDict', 'defaultExceptHook', 'importFunc',
  // A set's small table after it grew: stale entries (the live table is `keys`, which is the
  // small table itself while the set is small).
  'smallKeys',
  // _ast's state owns its classes in byName; these list them again.
  'nodeTypes', 'exported',
  // The allocator's link to tracemalloc's tables (the interpreter owns them).
  'tracemallocHooks',
  // Frames: borrowed from their function, the chain of callers.
  'previous',
  // A dict's table names its dict object while that is untracked (a back link).
  'gcUntrackedOwner',
]);

/**
 * Fields of a type's instances that do not own what they point at, by the name of the builtin
 * type (the first one along tp_base that has an entry).
 */
const BORROWED_BY_TYPE = new Map<string, ReadonlySet<string>>([
  // wr_object: a weak reference does not own its referent.
  ['weakref.ReferenceType', new Set(['object'])],
  ['weakref.ProxyType', new Set(['object'])],
  ['weakref.CallableProxyType', new Set(['object'])],
  // Code objects: arrays that alias the tuples' items, the compiler's descriptor, caches, frame pool.
  ['code', new Set(['consts', 'names', 'localsplusnames', 'desc', 'framePool', 'globalCache', 'attrCache'])],
  // A traceback's code, globals and builtins are its frame's, borrowed.
  ['traceback', new Set(['code', 'globals', 'builtins'])],
  // The grouper a groupby made last (CPython: currgrouper, a borrowed reference).
  ['itertools.groupby', new Set(['currgrouper'])],
]);

export function borrowedFieldsOf(type: PyTypeObject): ReadonlySet<string> | null {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    const s = BORROWED_BY_TYPE.get(t.tp_name);
    if (s !== undefined) return s;
  }
  return null;
}

/** A walk over owned references; `ref` gets each live object found. JS structures are walked once per walker. */
export class OwnedRefWalker {
  protected readonly seen = new Set<object>();
  /** The field names leading to the current value, when the walker keeps them (the audit's holders). */
  protected path: string[] | null = null;

  constructor(private readonly visit: visitproc | null = null, private readonly arg: unknown = null) {}

  protected ref(o: PyObject): void {
    this.visit!(o, this.arg);
  }

  /** The references `v` (a field's value) holds, walking the JS structures it owns. */
  value(v: unknown): void {
    if (v === null || typeof v !== 'object') return;
    if (v instanceof PyObject) {
      // A dead object (a free list's, or a field not cleared after its release) holds nothing.
      if (v.ob_refcnt > 0) this.ref(v);
      return;
    }
    if (ArrayBuffer.isView(v) || this.seen.has(v)) return;
    this.seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) this.value(x);
    } else if (v instanceof Map) {
      for (const [k, x] of v) {
        this.value(k);
        this.value(x);
      }
    } else if (v instanceof Set) {
      for (const x of v) this.value(x);
    } else if (v instanceof Frame) {
      // A frame owns its code, f_locals, function, frame object, trace function and its stack up to sp.
      this.value(v.code);
      this.value(v.locals);
      this.value(v.func);
      this.value(v.frameObj);
      this.value(v.trace);
      for (let i = 0; i < v.sp; i++) this.value(v.localsplus[i]);
    } else {
      this.fields(v, null);
    }
  }

  /** The fields of a JS structure, but the BORROWED names and those in `skip`. */
  fields(v: object, skip: ReadonlySet<string> | null): void {
    for (const k of Object.keys(v)) {
      if (BORROWED.has(k) || skip?.has(k) === true) continue;
      this.field(k, (v as Record<string, unknown>)[k]);
    }
  }

  private field(k: string, v: unknown): void {
    if (this.path === null) {
      this.value(v);
      return;
    }
    this.path.push(k);
    this.value(v);
    this.path.pop();
  }

  /** The instance data of `o`: its body (less the type's borrowed fields) and extra. */
  body(o: PyObject): void {
    const skip = borrowedFieldsOf(o.ob_type);
    const body = o.body;
    if (skip !== null && body !== null && typeof body === 'object' && !(body instanceof PyObject) && !Array.isArray(body)) {
      this.seen.add(body);
      this.fields(body, skip);
    } else {
      this.value(body);
    }
    this.value(o.extra);
  }

  /** Everything `o` owns: its class when that is a heap type, its data, dict, slots and values, a class's slots. */
  object(o: PyObject): void {
    if (o.ob_type.ob_refcnt < IMMORTAL_REFCNT) this.ref(o.ob_type);
    this.body(o);
    this.value(o.ob_dict);
    this.value(o.ob_slots);
    this.value(o.ob_values);
    if (o instanceof PyTypeObject) {
      const t = o as unknown as Record<string, unknown>;
      for (const k of Object.keys(t)) {
        if ((k.startsWith('tp_') || k.startsWith('ht_')) && !BORROWED.has(k)) this.field(k, t[k]);
      }
    }
  }
}

/** The traverse hook of types without one: what the object owns. */
export function genericTraverse(o: PyObject, visit: visitproc, arg: unknown): void {
  new OwnedRefWalker(visit, arg).object(o);
}

/** The data of a builtin base's instance only (a class's hook visits the rest). */
export function genericBodyTraverse(o: PyObject, visit: visitproc, arg: unknown): void {
  new OwnedRefWalker(visit, arg).body(o);
}
