// GLASSPY_REFCHECK=1, at the end of a run: every live object's reference count must equal the
// references actually held to it. The interpreter keeps a registry of every object allocated
// (only while the switch is on); the audit counts, for each of them, the references found in
// the other objects and in the runtime's roots (the interpreter state, the thread's frames, the
// runner's own references), and reports each object whose count differs on stderr.
//
// References are found by walking each object's fields and the JS structures they own (tables,
// arrays, maps). What a field holds without owning it (a borrowed pointer, a cache, a weak
// link, a dead object kept for reuse) is named in BORROWED below and not counted.
import type { Interpreter } from './interpreter.ts';
import { IMMORTAL_REFCNT, PyObject } from '../objects/object.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { Frame } from '../vm/frame.ts';

/**
 * Fields that do not own what they point at, by name (any JS object's own property of that
 * name is skipped). Each is a cache, a weak or borrowed link, or a pool of dead objects.
 */
export const BORROWED = new Set<string>([
  // Interpreter and type state.
  'tp_interp', 'lookupCache', 'tp_subclasses', 'shellPool', 'weakrefLists', 'finalized', 'reprStack',
  'floatFreeList', 'listFreeList', 'tupleFreeLists', 'sliceCache', 'keysFreeList', 'valuesPool', 'interp', 'objectRegistry',
  // Aliases of references the runner, sys and builtins hold.
  'builtinsDict', 'defaultExceptHook', 'importFunc',
  // A set's small table after it grew: stale entries (the live table is `keys`, which is the
  // small table itself while the set is small).
  'smallKeys',
  // _ast's state owns its classes in byName; these list them again.
  'nodeTypes', 'exported',
  // Frames: borrowed from their function, the chain of callers.
  'previous',
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

/** The audit's view of one run: every object allocated and not yet freed (GLASSPY_REFCHECK). */
export class ObjectRegistry {
  /**
   * Objects as they were allocated (or taken back from a free list), dead ones and repeats
   * included until the next compaction: appending is all an allocation pays.
   */
  private objs: PyObject[] = [];
  private limit = MIN_COMPACTION;

  add(o: PyObject): void {
    if (this.objs.push(o) > this.limit) this.compact();
  }

  /** The live objects, once each (a dead one's count is zero; a free list's comes back through add). */
  live(): PyObject[] {
    this.compact();
    return this.objs;
  }

  private compact(): void {
    const keep = new Set<PyObject>();
    for (const o of this.objs) if (o.ob_refcnt > 0) keep.add(o);
    this.objs = [...keep];
    this.limit = Math.max(MIN_COMPACTION, 2 * this.objs.length);
  }
}

const MIN_COMPACTION = 1 << 16;

class Counter {
  readonly refs = new Map<PyObject, number>();
  /** With `holders` on: who holds each reference (the object or root walked, and the field). */
  readonly holders: Map<PyObject, string[]> | null;
  private holder = 'root';
  private path: string[] = [];
  /** JS structures already walked (each owns its references once, however many point at it). */
  private readonly seen = new Set<object>();
  /** Unregistered (static, immortal) objects still to walk. */
  private readonly pending: PyObject[] = [];

  constructor(private readonly registry: Set<PyObject>, holders: boolean) {
    this.holders = holders ? new Map() : null;
  }

  private ref(o: PyObject): void {
    // A dead object (a free list's, or a field not cleared after its release) holds nothing.
    if (o.ob_refcnt === 0) return;
    this.refs.set(o, (this.refs.get(o) ?? 0) + 1);
    if (this.holders !== null) {
      const list = this.holders.get(o) ?? [];
      list.push(`${this.holder}.${this.path.join('.')}`);
      this.holders.set(o, list);
    }
    if (!this.registry.has(o) && !this.seen.has(o)) {
      this.seen.add(o);
      this.pending.push(o);
    }
  }

  /** Counts the references `v` (a field's value) holds, walking JS structures it owns. */
  value(v: unknown): void {
    if (v === null || typeof v !== 'object') return;
    if (v instanceof PyObject) {
      this.ref(v);
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
      this.frame(v);
    } else {
      this.fields(v);
    }
  }

  /** The fields of a JS structure, but those BORROWED names and those in `skip`. */
  private fields(v: object, skip: ReadonlySet<string> | null = null): void {
    for (const k of Object.keys(v)) {
      if (BORROWED.has(k) || skip?.has(k) === true) continue;
      this.path.push(k);
      this.value((v as Record<string, unknown>)[k]);
      this.path.pop();
    }
  }

  /** A frame owns its code, f_locals, function, frame object, trace function and its stack up to sp. */
  private frame(f: Frame): void {
    this.value(f.code);
    this.value(f.locals);
    this.value(f.func);
    this.value(f.frameObj);
    this.value(f.trace);
    for (let i = 0; i < f.sp; i++) this.value(f.localsplus[i]);
  }

  /** The references `o` holds: its type when that is a class, and its fields. */
  object(o: PyObject): void {
    if (this.holders !== null) {
      this.holder = `${o.ob_type.tp_name}@0x${o.addr.toString(16)}(refcount ${o.ob_refcnt})`;
      this.path = [];
    }
    if (o.ob_type.ob_refcnt < IMMORTAL_REFCNT) this.ref(o.ob_type);
    const skip = borrowedFieldsOf(o.ob_type);
    const body = o.body;
    if (skip !== null && body !== null && typeof body === 'object' && !(body instanceof PyObject) && !Array.isArray(body)) {
      this.seen.add(body);
      this.fields(body, skip);
    } else {
      this.value(body);
    }
    this.value(o.extra);
    this.value(o.ob_dict);
    this.value(o.ob_slots);
    this.value(o.ob_values);
    if (o instanceof PyTypeObject) {
      const t = o as unknown as Record<string, unknown>;
      for (const k of Object.keys(t)) {
        if ((k.startsWith('tp_') || k.startsWith('ht_')) && !BORROWED.has(k)) {
          this.path.push(k);
          this.value(t[k]);
          this.path.pop();
        }
      }
    }
  }

  drain(): void {
    for (let o = this.pending.pop(); o !== undefined; o = this.pending.pop()) this.object(o);
  }
}

/** One object whose count differs from the references found. */
export interface Mismatch {
  readonly o: PyObject;
  readonly found: number;
  /** Where the references were found (with the audit's `holders` option). */
  readonly holders: readonly string[];
}

/**
 * The objects of the registry whose reference count differs from the references held to them
 * by the other objects and by `roots` (JS values: the interpreter, the runner's references).
 */
export function auditRefcounts(interp: Interpreter, roots: readonly unknown[], holders = false): Mismatch[] {
  const registry = new Set(interp.objectRegistry!.live());
  const c = new Counter(registry, holders);
  for (const r of roots) c.value(r);
  c.drain();
  for (const o of registry) {
    if (o.ob_refcnt > 0 && o.ob_refcnt < IMMORTAL_REFCNT) c.object(o);
    c.drain();
  }
  const out: Mismatch[] = [];
  for (const o of registry) {
    if (o.ob_refcnt === 0 || o.ob_refcnt >= IMMORTAL_REFCNT) continue;
    const found = c.refs.get(o) ?? 0;
    if (found !== o.ob_refcnt) out.push({ o, found, holders: c.holders?.get(o) ?? [] });
  }
  return out;
}
