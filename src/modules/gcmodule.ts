// The gc module: the cyclic collector's switches, counts, thresholds, generations, debug flags,
// callbacks and the object graph as the collector sees it.
// CPython: Modules/gcmodule.c (the gc_*_impl functions, gcmodule_exec)
import type { Interpreter } from '../runtime/interpreter.ts';
import { noArgs, noKeywords, oneArg } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyList_Append, PyList_New } from '../objects/listobject.ts';
import { PyLong_Check, PyLong_FromNumber, longValue } from '../objects/longobject.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { indexValueOf } from '../objects/abstract.ts';
import {
  DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, GC_FINALIZED, NUM_GENERATIONS, gcListMerge, gcListSize,
} from '../memory/gcstate.ts';
import { _PyObject_IS_GC, gcCollect, traverseOf } from '../memory/gc.ts';

/** A C int argument as Argument Clinic converts it. CPython: _PyLong_AsInt */
function clinicInt(interp: Interpreter, o: PyObject): number {
  if (o.ob_type === interp.types.float || o.ob_type.isSubtypeOf(interp.types.float)) {
    PyErr_SetString(interp, 'TypeError', "'float' object cannot be interpreted as an integer");
  }
  const v = indexValueOf(interp, o);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C long');
  if (v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

function bool(interp: Interpreter, b: boolean): PyObject {
  return Py_NewRef(b ? interp.singletons.True : interp.singletons.False);
}

function none(interp: Interpreter): PyObject {
  return Py_NewRef(interp.singletons.None);
}

function intTuple(interp: Interpreter, values: readonly number[]): PyObject {
  return tupleFromItemsSteal(interp, values.map((v) => PyLong_FromNumber(interp, v)));
}

/** Appends the objects of a generation list to `result`, but `result` itself. CPython: append_objects */
function appendObjects(result: PyObject, head: PyObject): void {
  for (let gc = head.gc_next!; gc !== head; gc = gc.gc_next!) if (gc !== result) PyList_Append(result, gc);
}

const FUNCTIONS: readonly [string, BuiltinImpl][] = [
  ['enable', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.enable', args, kw);
    interp.gc.enabled = true;
    return none(interp);
  }],
  ['disable', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.disable', args, kw);
    interp.gc.enabled = false;
    return none(interp);
  }],
  ['isenabled', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.isenabled', args, kw);
    return bool(interp, interp.gc.enabled);
  }],
  ['collect', (interp, _s, args, kw) => {
    const [g] = unpackKeywords(interp, 'collect', ['generation'], 0, 0, 1, args, kw);
    const generation = g === undefined ? NUM_GENERATIONS - 1 : clinicInt(interp, g);
    if (generation < 0 || generation >= NUM_GENERATIONS) PyErr_SetString(interp, 'ValueError', 'invalid generation');
    return PyLong_FromNumber(interp, gcCollect(interp, generation));
  }],
  ['set_debug', (interp, _s, args, kw) => {
    interp.gc.debug = clinicInt(interp, oneArg(interp, 'gc.set_debug', args, kw));
    return none(interp);
  }],
  ['get_debug', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_debug', args, kw);
    return PyLong_FromNumber(interp, interp.gc.debug);
  }],
  ['get_count', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_count', args, kw);
    return intTuple(interp, interp.gc.generations.map((g) => g.count));
  }],
  ['set_threshold', (interp, _s, args, kw) => {
    noKeywords(interp, 'set_threshold', kw);
    if (args.length < 1) PyErr_SetString(interp, 'TypeError', `set_threshold expected at least 1 argument, got ${args.length}`);
    if (args.length > 3) PyErr_SetString(interp, 'TypeError', `set_threshold expected at most 3 arguments, got ${args.length}`);
    // CPython: PyArg_ParseTuple(args, "i|ii:set_threshold", ...) stores each as it converts it.
    const gens = interp.gc.generations;
    for (let i = 0; i < args.length; i++) gens[i]!.threshold = parseTupleInt(interp, args[i]!);
    return none(interp);
  }],
  ['get_threshold', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_threshold', args, kw);
    return intTuple(interp, interp.gc.generations.map((g) => g.threshold));
  }],
  ['get_referrers', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_referrers', kw);
    const result = PyList_New(interp, 0);
    try {
      for (const g of interp.gc.generations) {
        for (let gc = g.head.gc_next!; gc !== g.head; gc = gc.gc_next!) {
          if (gc === result) continue;
          let found = false;
          traverseOf(gc)(gc, (o) => {
            if (!found && args.includes(o)) found = true;
          }, null);
          if (found) PyList_Append(result, gc);
        }
      }
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  }],
  ['get_referents', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_referents', kw);
    const result = PyList_New(interp, 0);
    try {
      for (const o of args) {
        if (!_PyObject_IS_GC(o)) continue;
        traverseOf(o)(o, (x) => {
          if (x !== null) PyList_Append(result, x);
        }, null);
      }
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  }],
  ['get_objects', (interp, _s, args, kw) => {
    const [g] = unpackKeywords(interp, 'get_objects', ['generation'], 0, 0, 1, args, kw);
    let generation = -1;
    if (g !== undefined && g !== interp.singletons.None) {
      if (!PyLong_Check(g)) {
        PyErr_SetString(interp, 'TypeError', `get_objects() argument 'generation' must be int or None, not ${g.ob_type.tp_name}`);
      }
      const v = longValue(g);
      generation = typeof v === 'bigint' ? (v > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER) : v;
      if (generation >= NUM_GENERATIONS) {
        PyErr_SetString(interp, 'ValueError', `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      }
      if (generation < 0) PyErr_SetString(interp, 'ValueError', 'generation parameter cannot be negative');
    }
    const result = PyList_New(interp, 0);
    const gens = interp.gc.generations;
    if (generation >= 0) appendObjects(result, gens[generation]!.head);
    else for (const gen of gens) appendObjects(result, gen.head);
    return result;
  }],
  ['get_stats', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_stats', args, kw);
    // A snapshot first: building the result allocates.
    const stats = interp.gc.stats.map((s) => ({ ...s }));
    const result = PyList_New(interp, 0);
    for (const st of stats) {
      const d = PyDict_New(interp);
      for (const [k, v] of [['collections', st.collections], ['collected', st.collected], ['uncollectable', st.uncollectable]] as const) {
        const key = PyUnicode_FromString(interp, k);
        const value = PyLong_FromNumber(interp, v);
        PyDict_SetItem(interp, d, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
      }
      PyList_Append(result, d);
      Py_DECREF(d);
    }
    return result;
  }],
  ['is_tracked', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'gc.is_tracked', args, kw);
    return bool(interp, _PyObject_IS_GC(o) && o.gc_next !== null);
  }],
  ['is_finalized', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'gc.is_finalized', args, kw);
    return bool(interp, _PyObject_IS_GC(o) && (o.gc_flags & GC_FINALIZED) !== 0);
  }],
  ['freeze', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.freeze', args, kw);
    for (const g of interp.gc.generations) {
      gcListMerge(g.head, interp.gc.permanent.head);
      g.count = 0;
    }
    return none(interp);
  }],
  ['unfreeze', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.unfreeze', args, kw);
    gcListMerge(interp.gc.permanent.head, interp.gc.generations[NUM_GENERATIONS - 1]!.head);
    return none(interp);
  }],
  ['get_freeze_count', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_freeze_count', args, kw);
    return PyLong_FromNumber(interp, gcListSize(interp.gc.permanent.head));
  }],
];

/** PyArg_ParseTuple's 'i' converter. */
function parseTupleInt(interp: Interpreter, o: PyObject): number {
  if (o.ob_type === interp.types.float || o.ob_type.isSubtypeOf(interp.types.float)) {
    PyErr_SetString(interp, 'TypeError', "'float' object cannot be interpreted as an integer");
  }
  const v = indexValueOf(interp, o);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C long');
  if (v > 0x7fffffff) PyErr_SetString(interp, 'OverflowError', 'signed integer is greater than maximum');
  if (v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'signed integer is less than minimum');
  return Number(v);
}

const DOC = `This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
`;

// CPython: gcmodule_exec
export function createGcModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'gc'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  const state = interp.gc;
  state.garbage ??= PyList_New(interp, 0);
  state.callbacks ??= PyList_New(interp, 0);
  moduleAdd(interp, m, 'garbage', Py_NewRef(state.garbage));
  moduleAdd(interp, m, 'callbacks', Py_NewRef(state.callbacks));
  const flags: [string, number][] = [['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE], ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
    ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK]];
  for (const [name, v] of flags) moduleAdd(interp, m, name, PyLong_FromNumber(interp, v));
  return m;
}

