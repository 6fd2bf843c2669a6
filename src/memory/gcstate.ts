// The cyclic collector's state and its bookkeeping between collections: the generation lists
// that tracked objects live in, the allocation count that schedules automatic collections, the
// thresholds and the module-level settings. The collection itself is src/memory/gc.ts.
// CPython: Include/internal/pycore_gc.h (PyGC_Head, _PyObject_GC_TRACK/_UNTRACK, struct
// _gc_runtime_state), Modules/gcmodule.c (_PyGC_InitState, _PyObject_GC_Link, PyObject_GC_Del).
import { PyObject, Py_XDECREF } from '../objects/object.ts';

/** The number of generations. CPython: NUM_GENERATIONS */
export const NUM_GENERATIONS = 3;

/** gc_flags bits. CPython keeps them in the low bits of _gc_prev and _gc_next. */
export const GC_FINALIZED = 1;
/** In the generation being collected (CPython: PREV_MASK_COLLECTING). */
export const GC_COLLECTING = 2;
/** In move_unreachable's unreachable list (CPython: NEXT_MASK_UNREACHABLE). */
export const GC_UNREACHABLE = 4;

// Debug flags, with CPython's values.
export const DEBUG_STATS = 1 << 0;
export const DEBUG_COLLECTABLE = 1 << 1;
export const DEBUG_UNCOLLECTABLE = 1 << 2;
export const DEBUG_SAVEALL = 1 << 5;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/** An empty list head: a placeholder object whose links point at itself. */
export function gcListHead(): PyObject {
  const h = new PyObject(null as never, 0, 0, null, 0);
  h.gc_next = h;
  h.gc_prev = h;
  return h;
}

/** CPython: gc_list_append */
export function gcListAppend(node: PyObject, list: PyObject): void {
  const last = list.gc_prev!;
  node.gc_prev = last;
  last.gc_next = node;
  node.gc_next = list;
  list.gc_prev = node;
}

/** Takes `node` out of its list, leaving its own links as they were. */
function gcListUnlink(node: PyObject): void {
  const prev = node.gc_prev!;
  const next = node.gc_next!;
  prev.gc_next = next;
  next.gc_prev = prev;
}

/** CPython: gc_list_remove (the node is untracked afterwards) */
export function gcListRemove(node: PyObject): void {
  gcListUnlink(node);
  node.gc_next = null;
  node.gc_prev = null;
}

/** CPython: gc_list_move */
export function gcListMove(node: PyObject, list: PyObject): void {
  gcListUnlink(node);
  gcListAppend(node, list);
}

/** Appends `from`'s objects to `to`, leaving `from` empty. CPython: gc_list_merge */
export function gcListMerge(from: PyObject, to: PyObject): void {
  if (from.gc_next !== from) {
    const toTail = to.gc_prev!;
    const fromHead = from.gc_next!;
    const fromTail = from.gc_prev!;
    toTail.gc_next = fromHead;
    fromHead.gc_prev = toTail;
    fromTail.gc_next = to;
    to.gc_prev = fromTail;
  }
  from.gc_next = from;
  from.gc_prev = from;
}

/** CPython: gc_list_size */
export function gcListSize(list: PyObject): number {
  let n = 0;
  for (let gc = list.gc_next!; gc !== list; gc = gc.gc_next!) n++;
  return n;
}

/** The thresholds of generations 0, 1 and 2 in a new interpreter. CPython: _PyGC_InitState */
const DEFAULT_THRESHOLDS = [700, 10, 10];

/** CPython: struct gc_generation */
export interface Generation {
  readonly head: PyObject;
  threshold: number;
  /** Allocations minus deallocations (generation 0), or collections of the next younger generation. */
  count: number;
}

/** CPython: struct gc_generation_stats */
export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** Per interpreter. CPython: struct _gc_runtime_state */
export class GCState {
  enabled = true;
  debug = 0;
  /** Set while a collection runs (no other starts). */
  collecting = false;
  /** An automatic collection waits for the next eval breaker check point. */
  scheduled = false;
  /**
   * The stress mode (GLASSPY_GCSTRESS): 1 collects generation 0, 2 collects all generations, at
   * the check point after every allocation of a GC object; 0 is CPython's behaviour.
   */
  stress = 0;
  readonly generations: Generation[] = DEFAULT_THRESHOLDS.map((threshold) => ({ head: gcListHead(), threshold, count: 0 }));
  readonly permanent: Generation = { head: gcListHead(), threshold: 0, count: 0 };
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  /** Objects that survived the last full collection; survivors of generation 1 collections since. */
  longLivedTotal = 0;
  longLivedPending = 0;
  /** gc.garbage and gc.callbacks (lists, created with the gc module's state). */
  garbage: PyObject | null = null;
  callbacks: PyObject | null = null;
  /** Debug output (CPython: PySys_WriteStderr); sys.stderr once the streams exist. */
  writeStderr: (text: string) => void = () => {};
  /** Called when an allocation schedules a collection (sets the eval breaker's bit). */
  onSchedule: () => void = () => {};

  /**
   * The end of the interpreter's run: gc.garbage and gc.callbacks are released, and the
   * settings return to a new interpreter's (the next program run in it starts as CPython's
   * does). CPython: _PyGC_Fini, then _PyGC_InitState for the next interpreter
   */
  fini(): void {
    const garbage = this.garbage;
    const callbacks = this.callbacks;
    this.garbage = null;
    this.callbacks = null;
    Py_XDECREF(garbage);
    Py_XDECREF(callbacks);
    this.enabled = true;
    this.debug = 0;
    this.generations.forEach((g, i) => (g.threshold = DEFAULT_THRESHOLDS[i]!));
  }

  /** Puts `o` at the end of generation 0. CPython: _PyObject_GC_TRACK */
  track(o: PyObject): void {
    if (o.gc_next === null) gcListAppend(o, this.generations[0]!.head);
  }

  /** CPython: _PyObject_GC_UNTRACK */
  untrack(o: PyObject): void {
    if (o.gc_next !== null) {
      gcListRemove(o);
      o.gc_flags &= ~(GC_COLLECTING | GC_UNREACHABLE);
    }
  }

  /**
   * Counts the allocation of a GC object and, past generation 0's threshold, schedules an
   * automatic collection. CPython: _PyObject_GC_Link
   */
  link(): void {
    const g0 = this.generations[0]!;
    g0.count++;
    if ((g0.count > g0.threshold || this.stress !== 0) && this.enabled && (g0.threshold !== 0 || this.stress !== 0) && !this.collecting && !this.scheduled) {
      this.scheduled = true;
      this.onSchedule();
    }
  }

  /** A GC allocation's end for an object Glasspy does not make (CPython: PyObject_GC_Del's count). */
  uncount(): void {
    const g0 = this.generations[0]!;
    if (g0.count > 0) g0.count--;
  }

  /** The end of a GC object's memory: it leaves its generation, and the count goes down. CPython: PyObject_GC_Del */
  unlink(o: PyObject): void {
    if (o.gc_next !== null) gcListRemove(o);
    this.uncount();
  }
}
