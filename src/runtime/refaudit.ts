// GLASSPY_REFCHECK=1, at the end of a run: every live object's reference count must equal the
// references actually held to it. The interpreter keeps a registry of every object allocated
// (only while the switch is on); the audit counts, for each of them, the references found in
// the other objects and in the runtime's roots (the interpreter state, the thread's frames, the
// runner's own references), and reports each object whose count differs on stderr.
//
// References are found by walking each object's fields and the JS structures they own (tables,
// arrays, maps). What a field holds without owning it (a borrowed pointer, a cache, a weak
// link, a dead object kept for reuse) is named in src/memory/gc_generic.ts (BORROWED) and not counted.
import type { Interpreter } from './interpreter.ts';
import { IMMORTAL_REFCNT, PyObject } from '../objects/object.ts';
import { OwnedRefWalker } from '../memory/gc_generic.ts';

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

class Counter extends OwnedRefWalker {
  readonly refs = new Map<PyObject, number>();
  /** With `holders` on: who holds each reference (the object or root walked, and the field). */
  readonly holders: Map<PyObject, string[]> | null;
  private holder = 'root';
  /** Unregistered (static, immortal) objects still to walk. */
  private readonly pending: PyObject[] = [];

  constructor(private readonly registry: Set<PyObject>, holders: boolean) {
    super();
    this.holders = holders ? new Map() : null;
    if (holders) this.path = [];
  }

  protected override ref(o: PyObject): void {
    this.refs.set(o, (this.refs.get(o) ?? 0) + 1);
    if (this.holders !== null) {
      const list = this.holders.get(o) ?? [];
      list.push(`${this.holder}.${this.path!.join('.')}`);
      this.holders.set(o, list);
    }
    if (!this.registry.has(o) && !this.seen.has(o)) {
      this.seen.add(o);
      this.pending.push(o);
    }
  }

  /** The references `o` holds. */
  override object(o: PyObject): void {
    if (this.holders !== null) {
      this.holder = `${o.ob_type.tp_name}@0x${o.addr.toString(16)}(refcount ${o.ob_refcnt})`;
      this.path = [];
    }
    super.object(o);
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
