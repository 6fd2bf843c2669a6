// The cyclic garbage collector: CPython 3.12's generational collection over the objects the
// GC tracks (src/memory/gcstate.ts holds the lists and counts). Every step walks objects through
// their type's traverse hook and loops over lists; nothing recurses, whatever the heap's shape.
// CPython: Modules/gcmodule.c (gc_collect_main and the functions it calls, gc_collect_generations,
// invoke_gc_callback, _Py_RunGC).
import type { Interpreter } from '../runtime/interpreter.ts';
import { Py_DECREF, Py_INCREF, Py_REFCNT, PyObject, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE } from '../objects/object.ts';
import { PyTypeObject, type traverseproc } from '../objects/typeobject.ts';
import {
  DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, GC_COLLECTING, GC_FINALIZED, GC_UNREACHABLE,
  NUM_GENERATIONS, gcListHead, gcListMerge, gcListMove, gcListSize, type GCState,
} from './gcstate.ts';
import { genericTraverse } from './gc_generic.ts';
import { clearFreeLists } from './freelists.ts';
import { PyList_Append } from '../objects/listobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { _PyTuple_MaybeUntrack } from '../objects/tupleobject.ts';
import { _PyDict_MaybeUntrack } from '../objects/dict_gc.ts';
import { REF_TYPE_NAME, _PyWeakref_ClearRef, supportsWeakrefs, type PyWeakReference } from '../objects/weakrefobject.ts';

/** Whether the collector may walk `o`: a GC type's instance, a class but not a static type. CPython: _PyObject_IS_GC */
export function _PyObject_IS_GC(o: PyObject): boolean {
  if ((o.ob_type.tp_flags & Py_TPFLAGS_HAVE_GC) === 0) return false;
  return !(o instanceof PyTypeObject) || (o.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0;
}

/** The traverse hook of `o`'s type, the generic field walk for types that have none. */
export function traverseOf(o: PyObject): traverseproc {
  return o.ob_type.tp_traverse ?? genericTraverse;
}

// CPython: update_refs
function updateRefs(containers: PyObject): void {
  for (let gc = containers.gc_next!; gc !== containers; gc = gc.gc_next!) {
    gc.gc_refs = Py_REFCNT(gc);
    gc.gc_flags |= GC_COLLECTING;
  }
}

// CPython: visit_decref
function visitDecref(o: PyObject): void {
  // (Py_VISIT skips a NULL field; some hooks leave that to the visitor.)
  if (o !== null && (o.gc_flags & GC_COLLECTING) !== 0) o.gc_refs--;
}

// CPython: subtract_refs
function subtractRefs(containers: PyObject): void {
  for (let gc = containers.gc_next!; gc !== containers; gc = gc.gc_next!) traverseOf(gc)(gc, visitDecref, null);
}

// CPython: visit_reachable
function visitReachable(o: PyObject, reachable: unknown): void {
  if (o === null || (o.gc_flags & GC_COLLECTING) === 0) return;
  if ((o.gc_flags & GC_UNREACHABLE) !== 0) {
    // Thought unreachable, but reachable after all: back to the young list, to be scanned.
    o.gc_flags &= ~GC_UNREACHABLE;
    gcListMove(o, reachable as PyObject);
    o.gc_refs = 1;
  } else if (o.gc_refs === 0) {
    o.gc_refs = 1;
  }
}

/**
 * Moves what is unreachable from outside `young` into `unreachable` (flagged GC_UNREACHABLE and
 * still GC_COLLECTING); what stays in `young` loses GC_COLLECTING. CPython: move_unreachable
 */
function moveUnreachable(young: PyObject, unreachable: PyObject): void {
  let gc = young.gc_next!;
  while (gc !== young) {
    if (gc.gc_refs !== 0) {
      // Reachable from outside: what it refers to is too. The traversal may move objects to the
      // end of `young`, so the next object is read after it.
      traverseOf(gc)(gc, visitReachable, young);
      gc.gc_flags &= ~GC_COLLECTING;
      gc = gc.gc_next!;
    } else {
      const next = gc.gc_next!;
      gcListMove(gc, unreachable);
      gc.gc_flags |= GC_UNREACHABLE;
      gc = next;
    }
  }
}

// CPython: deduce_unreachable
function deduceUnreachable(base: PyObject, unreachable: PyObject): void {
  updateRefs(base);
  subtractRefs(base);
  moveUnreachable(base, unreachable);
}

/**
 * Gives each object of exactly `type` in the list to `maybeUntrack`; returns how many objects
 * stay in the list (the size CPython takes with gc_list_size). CPython: untrack_tuples, untrack_dicts
 */
function untrackExact(interp: Interpreter, head: PyObject, type: PyTypeObject, maybeUntrack: (interp: Interpreter, o: PyObject) => void): number {
  let n = 0;
  for (let gc = head.gc_next!; gc !== head;) {
    const next = gc.gc_next!;
    if (gc.ob_type === type) maybeUntrack(interp, gc);
    if (gc.gc_next !== null) n++;
    gc = next;
  }
  return n;
}

/** Objects with a legacy (tp_del) finalizer: none in Glasspy, as in CPython's own types. CPython: move_legacy_finalizers */
function moveLegacyFinalizers(unreachable: PyObject): void {
  for (let gc = unreachable.gc_next!; gc !== unreachable; gc = gc.gc_next!) gc.gc_flags &= ~GC_UNREACHABLE;
}

function debugCycle(interp: Interpreter, msg: string, o: PyObject): void {
  // %p as glibc prints it: 0x and the hex digits, no padding.
  stderr(interp, `gc: ${msg} <${o.ob_type.tp_name} 0x${o.addr.toString(16)}>\n`);
}

function stderr(interp: Interpreter, text: string): void {
  interp.gc.writeStderr(text);
}

/**
 * Clears the weak references to unreachable objects; calls the callbacks of those that are not
 * garbage themselves. Returns how many such weakrefs died right after their callback.
 * CPython: handle_weakrefs
 */
function handleWeakrefs(interp: Interpreter, unreachable: PyObject, old: PyObject): number {
  const wrcbToCall = gcListHead();
  const ref = interp.lazyTypes.get(REF_TYPE_NAME) ?? null;
  const proxy = interp.lazyTypes.get('weakref.ProxyType');
  const callableProxy = interp.lazyTypes.get('weakref.CallableProxyType');
  // No weak reference was ever made.
  if (ref === null && proxy === undefined && callableProxy === undefined) return 0;
  const lists = interp.weakrefLists;
  for (let gc = unreachable.gc_next!; gc !== unreachable; gc = gc.gc_next!) {
    // A weakref in the garbage is cleared, so its callback never runs. CPython: PyWeakref_Check
    const t = gc.ob_type;
    if (t === ref || t === proxy || t === callableProxy || (ref !== null && (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.isSubtypeOf(ref))) {
      _PyWeakref_ClearRef(interp, gc as PyWeakReference);
    }
    if (lists.size === 0 || !supportsWeakrefs(gc)) continue;
    const list = lists.get(gc);
    if (list === undefined) continue;
    for (const wr of list.slice()) {
      _PyWeakref_ClearRef(interp, wr);
      if (wr.body.callback === null) continue;
      // A weakref that is garbage itself: its callback need not (and must not) run.
      if ((wr.gc_flags & GC_COLLECTING) !== 0) continue;
      Py_INCREF(wr);
      gcListMove(wr, wrcbToCall);
    }
  }
  let freed = 0;
  while (wrcbToCall.gc_next !== wrcbToCall) {
    const wr = wrcbToCall.gc_next! as PyWeakReference;
    const callback = wr.body.callback!;
    try {
      Py_DECREF(PyObject_Vectorcall(interp, callback, [wr], null));
    } catch (e) {
      if (!(e instanceof PyObject)) throw e;
      interp.writeUnraisable(e, callback);
    }
    Py_DECREF(wr);
    if (wrcbToCall.gc_next === wr) gcListMove(wr, old);
    else freed++;
  }
  return freed;
}

/** Runs tp_finalize once on each object that has one; objects may die meanwhile. CPython: finalize_garbage */
function finalizeGarbage(collectable: PyObject): void {
  const seen = gcListHead();
  while (collectable.gc_next !== collectable) {
    const op = collectable.gc_next!;
    gcListMove(op, seen);
    const finalize = op.ob_type.tp_finalize;
    if ((op.gc_flags & GC_FINALIZED) === 0 && finalize !== null) {
      op.gc_flags |= GC_FINALIZED;
      Py_INCREF(op);
      finalize(op);
      Py_DECREF(op);
    }
  }
  gcListMerge(seen, collectable);
}

// CPython: gc_list_clear_collecting
function clearCollecting(list: PyObject): void {
  for (let gc = list.gc_next!; gc !== list; gc = gc.gc_next!) gc.gc_flags &= ~GC_COLLECTING;
}

/** What finalizers resurrected goes to `old`; the rest stays garbage. CPython: handle_resurrected_objects */
function handleResurrectedObjects(unreachable: PyObject, stillUnreachable: PyObject, old: PyObject): void {
  clearCollecting(unreachable);
  deduceUnreachable(unreachable, stillUnreachable);
  for (let gc = stillUnreachable.gc_next!; gc !== stillUnreachable; gc = gc.gc_next!) gc.gc_flags &= ~GC_UNREACHABLE;
  gcListMerge(unreachable, old);
}

/** Breaks the cycles: tp_clear on each object (or, with DEBUG_SAVEALL, into gc.garbage). CPython: delete_garbage */
function deleteGarbage(interp: Interpreter, state: GCState, collectable: PyObject, old: PyObject): void {
  while (collectable.gc_next !== collectable) {
    const op = collectable.gc_next!;
    if ((state.debug & DEBUG_SAVEALL) !== 0) {
      PyList_Append(state.garbage!, op);
    } else {
      const clear = op.ob_type.tp_clear;
      if (clear !== null) {
        Py_INCREF(op);
        try {
          clear(op);
        } catch (e) {
          if (!(e instanceof PyObject)) throw e;
          interp.writeUnraisable(e, op.ob_type, 'in tp_clear of');
        }
        Py_DECREF(op);
      }
    }
    if (collectable.gc_next === op) {
      // Still alive: it may die later.
      op.gc_flags &= ~GC_COLLECTING;
      gcListMove(op, old);
    }
  }
}

function showStatsEachGeneration(interp: Interpreter, state: GCState): void {
  const sizes = state.generations.map((g) => ` ${gcListSize(g.head)}`).join('');
  stderr(interp, `gc: objects in each generation:${sizes}\ngc: objects in permanent generation: ${gcListSize(state.permanent.head)}\n`);
}

/** One collection of `generation` and the younger ones: [collected, uncollectable]. CPython: gc_collect_main */
function collectMain(interp: Interpreter, generation: number): [number, number] {
  const state = interp.gc;
  let m = 0;
  let n = 0;
  let t1 = 0;
  if ((state.debug & DEBUG_STATS) !== 0) {
    stderr(interp, `gc: collecting generation ${generation}...\n`);
    showStatsEachGeneration(interp, state);
    t1 = performance.now();
  }
  const gens = state.generations;
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1]!.count += 1;
  for (let i = 0; i <= generation; i++) gens[i]!.count = 0;
  for (let i = 0; i < generation; i++) gcListMerge(gens[i]!.head, gens[generation]!.head);
  const young = gens[generation]!.head;
  const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1]!.head : young;

  const unreachable = gcListHead();
  deduceUnreachable(young, unreachable);
  const survivors = untrackExact(interp, young, interp.types.tuple, _PyTuple_MaybeUntrack);
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) state.longLivedPending += survivors;
    gcListMerge(young, old);
  } else {
    // Dicts are untracked only in full collections, to avoid quadratic dict build-up.
    state.longLivedTotal = untrackExact(interp, young, interp.types.dict, _PyDict_MaybeUntrack);
    state.longLivedPending = 0;
  }
  const finalizers = gcListHead();
  moveLegacyFinalizers(unreachable);
  if ((state.debug & DEBUG_COLLECTABLE) !== 0) {
    for (let gc = unreachable.gc_next!; gc !== unreachable; gc = gc.gc_next!) debugCycle(interp, 'collectable', gc);
  }
  m += handleWeakrefs(interp, unreachable, old);
  finalizeGarbage(unreachable);
  const finalUnreachable = gcListHead();
  handleResurrectedObjects(unreachable, finalUnreachable, old);
  m += gcListSize(finalUnreachable);
  deleteGarbage(interp, state, finalUnreachable, old);
  for (let gc = finalizers.gc_next!; gc !== finalizers; gc = gc.gc_next!) {
    n++;
    if ((state.debug & DEBUG_UNCOLLECTABLE) !== 0) debugCycle(interp, 'uncollectable', gc);
  }
  if ((state.debug & DEBUG_STATS) !== 0) {
    const d = (performance.now() - t1) / 1000;
    stderr(interp, `gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  gcListMerge(finalizers, old);
  if (generation === NUM_GENERATIONS - 1) clearFreeLists(interp);
  const st = state.stats[generation]!;
  st.collections++;
  st.collected += m;
  st.uncollectable += n;
  return [m, n];
}

/** A dict of str keys to ints, built key by key. CPython: Py_BuildValue("{sn...}") */
export function intDict(interp: Interpreter, entries: readonly (readonly [string, number])[]): PyObject {
  const d = PyDict_New(interp);
  for (const [k, v] of entries) {
    const key = PyUnicode_FromString(interp, k);
    const value = PyLong_FromNumber(interp, v);
    PyDict_SetItem(interp, d, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
  }
  return d;
}

/**
 * Calls each of gc.callbacks with the phase and an info dict. The list is read afresh at each
 * step, so callbacks that add or remove callbacks change what runs next; a failing callback (or
 * an item that is not callable) is reported as unraisable, with the item as the object.
 * CPython: invoke_gc_callback
 */
function invokeCallbacks(interp: Interpreter, phase: string, generation: number, collected: number, uncollectable: number): void {
  const callbacks = interp.gc.callbacks;
  if (callbacks === null || (callbacks.body as PyObject[]).length === 0) return;
  const info = intDict(interp, [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]]);
  const phaseObj = PyUnicode_FromString(interp, phase);
  for (let i = 0; i < (callbacks.body as PyObject[]).length; i++) {
    const cb = (callbacks.body as PyObject[])[i]!;
    Py_INCREF(cb);
    try {
      Py_DECREF(PyObject_Vectorcall(interp, cb, [phaseObj, info], null));
    } catch (e) {
      if (!(e instanceof PyObject)) throw e;
      interp.writeUnraisable(e, cb);
    } finally {
      Py_DECREF(cb);
    }
  }
  Py_DECREF(phaseObj);
  Py_DECREF(info);
}

/** A collection with gc.callbacks told before and after; collected + uncollectable. CPython: gc_collect_with_callback */
export function collectWithCallback(interp: Interpreter, generation: number): number {
  invokeCallbacks(interp, 'start', generation, 0, 0);
  const [m, n] = collectMain(interp, generation);
  invokeCallbacks(interp, 'stop', generation, m, n);
  return m + n;
}

/** The oldest generation over its threshold, collected (a full one only when enough is pending). CPython: gc_collect_generations */
function collectGenerations(interp: Interpreter): number {
  const state = interp.gc;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    const g = state.generations[i]!;
    if (g.count > g.threshold) {
      if (i === NUM_GENERATIONS - 1 && state.longLivedPending < Math.trunc(state.longLivedTotal / 4)) continue;
      return collectWithCallback(interp, i);
    }
  }
  return 0;
}

/** Runs `collect` as the one collection under way; 0 when another is already running. */
function exclusive(interp: Interpreter, collect: () => number): number {
  const state = interp.gc;
  if (state.collecting) return 0;
  state.collecting = true;
  try {
    return collect();
  } finally {
    state.collecting = false;
  }
}

/** The automatic collection an allocation scheduled, at an eval breaker check point. CPython: _Py_RunGC */
export function runScheduledGC(interp: Interpreter): void {
  const state = interp.gc;
  state.scheduled = false;
  // Unlike gc.collect(), CPython's _Py_RunGC does not look whether a collection is under way.
  state.collecting = true;
  try {
    if (state.stress !== 0) collectWithCallback(interp, state.stress === 2 ? NUM_GENERATIONS - 1 : 0);
    else collectGenerations(interp);
  } finally {
    state.collecting = false;
  }
}

/** gc.collect(generation): 0 when a collection is already running. CPython: gc_collect_impl */
export function gcCollect(interp: Interpreter, generation: number): number {
  return exclusive(interp, () => collectWithCallback(interp, generation));
}

/** A full collection at interpreter exit, without callbacks, enabled or not. CPython: _PyGC_CollectNoFail */
export function gcCollectNoFail(interp: Interpreter): number {
  return exclusive(interp, () => collectMain(interp, NUM_GENERATIONS - 1)[0]);
}

/** A full collection with callbacks, unless the collector is disabled. CPython: PyGC_Collect */
export function PyGC_Collect(interp: Interpreter): number {
  return interp.gc.enabled ? gcCollect(interp, NUM_GENERATIONS - 1) : 0;
}
