// The gc module: the cyclic collector's switches, counts, thresholds, generations, debug flags,
// callbacks and the object graph as the collector sees it.
// CPython: Modules/gcmodule.c (the gc_*_impl functions, gcmodule_exec)
import type { Interpreter } from '../runtime/interpreter.ts';
import { cIntArg, noArgs, noKeywords, oneArg, parseTupleCount } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { makeTpCallArgs, withArgsTuple } from '../objects/call_args.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyList_Append, PyList_New } from '../objects/listobject.ts';
import { PyLong_Check, PyLong_FromNumber } from '../objects/longobject.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyNumber_AsSsize_t, indexValueOf } from '../objects/abstract.ts';
import { PySys_Audit } from './sysaudit.ts';
import {
  DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, GC_FINALIZED, NUM_GENERATIONS, gcListMerge, gcListSize,
} from '../memory/gcstate.ts';
import { _PyObject_IS_GC, gcCollect, intDict, traverseOf } from '../memory/gc.ts';

/** Argument Clinic's int converter. CPython: _PyLong_AsInt */
function clinicInt(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

/** Argument Clinic's Py_ssize_t(accept={int, NoneType}) converter; `dflt` for None. CPython: _Py_convert_optional_to_ssize_t */
function optionalSsize(interp: Interpreter, o: PyObject, dflt: number): number {
  if (o === interp.singletons.None) return dflt;
  if (!PyLong_Check(o) && o.ob_type.tp_as_number?.nb_index === undefined) {
    PyErr_SetString(interp, 'TypeError', `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  }
  return PyNumber_AsSsize_t(interp, o);
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

/** A module function: its name, code and internal docstring (the Argument Clinic signature first). */
type GcFunction = readonly [name: string, impl: BuiltinImpl, doc: string];

/** `f(list)` with a new empty list, which is dropped if `f` throws. */
function fillList(interp: Interpreter, f: (result: PyObject) => void): PyObject {
  const result = PyList_New(interp, 0);
  try {
    f(result);
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

/** Whether `o`'s traversal visits one of the items of the tuple `objs`. CPython: referrersvisit */
function refersToAny(o: PyObject, objs: PyObject): boolean {
  const items = objs.body as PyObject[];
  let found = false;
  traverseOf(o)(o, (x) => {
    if (!found && x !== null && items.includes(x)) found = true;
  }, null);
  return found;
}

// CPython: gc_get_referrers (METH_VARARGS)
function getReferrers(interp: Interpreter, objs: PyObject): PyObject {
  PySys_Audit(interp, 'gc.get_referrers', [objs]);
  return fillList(interp, (result) => {
    for (const g of interp.gc.generations) {
      // CPython: gc_referrers_for — neither the arguments' tuple nor the result count.
      for (let gc = g.head.gc_next!; gc !== g.head; gc = gc.gc_next!) {
        if (gc !== objs && gc !== result && refersToAny(gc, objs)) PyList_Append(result, gc);
      }
    }
  });
}

// CPython: gc_get_referents (METH_VARARGS)
function getReferents(interp: Interpreter, objs: PyObject): PyObject {
  PySys_Audit(interp, 'gc.get_referents', [objs]);
  return fillList(interp, (result) => {
    for (const o of objs.body as PyObject[]) {
      if (!_PyObject_IS_GC(o)) continue;
      traverseOf(o)(o, (x) => {
        if (x !== null) PyList_Append(result, x);
      }, null);
    }
  });
}

const FUNCTIONS: readonly GcFunction[] = [
  ['enable', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.enable', args, kw);
    interp.gc.enabled = true;
    return none(interp);
  }, 'enable($module, /)\n--\n\nEnable automatic garbage collection.'],
  ['disable', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.disable', args, kw);
    interp.gc.enabled = false;
    return none(interp);
  }, 'disable($module, /)\n--\n\nDisable automatic garbage collection.'],
  ['isenabled', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.isenabled', args, kw);
    return bool(interp, interp.gc.enabled);
  }, 'isenabled($module, /)\n--\n\nReturns true if automatic garbage collection is enabled.'],
  // CPython: gc_collect_impl
  ['collect', (interp, _s, args, kw) => {
    const [g] = unpackKeywords(interp, 'collect', ['generation'], 0, 0, 1, args, kw);
    const generation = g === undefined ? NUM_GENERATIONS - 1 : clinicInt(interp, g);
    if (generation < 0 || generation >= NUM_GENERATIONS) PyErr_SetString(interp, 'ValueError', 'invalid generation');
    return PyLong_FromNumber(interp, gcCollect(interp, generation));
  }, 'collect($module, /, generation=2)\n--\n\nRun the garbage collector.\n\n'
    + 'With no arguments, run a full collection.  The optional argument\n'
    + 'may be an integer specifying which generation to collect.  A ValueError\n'
    + 'is raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.'],
  ['set_debug', (interp, _s, args, kw) => {
    interp.gc.debug = clinicInt(interp, oneArg(interp, 'gc.set_debug', args, kw));
    return none(interp);
  }, 'set_debug($module, flags, /)\n--\n\nSet the garbage collection debugging flags.\n\n'
    + '  flags\n    An integer that can have the following bits turned on:\n'
    + '      DEBUG_STATS - Print statistics during collection.\n'
    + '      DEBUG_COLLECTABLE - Print collectable objects found.\n'
    + '      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n'
    + '      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n'
    + '      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\n'
    + 'Debugging information is written to sys.stderr.'],
  ['get_debug', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_debug', args, kw);
    return PyLong_FromNumber(interp, interp.gc.debug);
  }, 'get_debug($module, /)\n--\n\nGet the garbage collection debugging flags.'],
  ['get_count', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_count', args, kw);
    return intTuple(interp, interp.gc.generations.map((g) => g.count));
  }, 'get_count($module, /)\n--\n\nReturn a three-tuple of the current collection counts.'],
  // CPython: gc_set_threshold — PyArg_ParseTuple(args, "i|ii:set_threshold", ...) stores each
  // threshold as it converts it, so a bad later argument leaves the earlier ones set.
  ['set_threshold', withArgsTuple((interp, _s, args, kw) => {
    noKeywords(interp, 'set_threshold', kw);
    parseTupleCount(interp, 'set_threshold', args.length, 1, 3);
    const gens = interp.gc.generations;
    for (let i = 0; i < args.length; i++) gens[i]!.threshold = cIntArg(interp, args[i]!);
    return none(interp);
  }), 'set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n'
    + 'Sets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n'],
  ['get_threshold', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_threshold', args, kw);
    return intTuple(interp, interp.gc.generations.map((g) => g.threshold));
  }, 'get_threshold($module, /)\n--\n\nReturn the current collection thresholds.'],
  ['get_referrers', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_referrers', kw);
    const [objs] = makeTpCallArgs(interp, args, null);
    try {
      return getReferrers(interp, objs);
    } finally {
      Py_DECREF(objs);
    }
  }, 'get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.'],
  ['get_referents', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_referents', kw);
    const [objs] = makeTpCallArgs(interp, args, null);
    try {
      return getReferents(interp, objs);
    } finally {
      Py_DECREF(objs);
    }
  }, 'get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.'],
  // CPython: gc_get_objects_impl — the event comes before the checks, the result list before the errors.
  ['get_objects', (interp, _s, args, kw) => {
    const [g] = unpackKeywords(interp, 'get_objects', ['generation'], 0, 0, 1, args, kw);
    const generation = g === undefined ? -1 : optionalSsize(interp, g, -1);
    const event = PyLong_FromNumber(interp, generation);
    try {
      PySys_Audit(interp, 'gc.get_objects', [event]);
    } finally {
      Py_DECREF(event);
    }
    return fillList(interp, (result) => {
      const gens = interp.gc.generations;
      if (generation === -1) {
        for (const gen of gens) appendObjects(result, gen.head);
        return;
      }
      if (generation >= NUM_GENERATIONS) {
        PyErr_SetString(interp, 'ValueError', `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      }
      if (generation < 0) PyErr_SetString(interp, 'ValueError', 'generation parameter cannot be negative');
      appendObjects(result, gens[generation]!.head);
    });
  }, 'get_objects($module, /, generation=None)\n--\n\n'
    + 'Return a list of objects tracked by the collector (excluding the list returned).\n\n'
    + '  generation\n    Generation to extract the objects from.\n\n'
    + 'If generation is not None, return only the objects tracked by the collector\nthat are in that generation.'],
  ['get_stats', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_stats', args, kw);
    // A snapshot first: building the result allocates.
    const stats = interp.gc.stats.map((s) => ({ ...s }));
    return fillList(interp, (result) => {
      for (const st of stats) {
        const d = intDict(interp, [['collections', st.collections], ['collected', st.collected], ['uncollectable', st.uncollectable]]);
        PyList_Append(result, d);
        Py_DECREF(d);
      }
    });
  }, 'get_stats($module, /)\n--\n\nReturn a list of dictionaries containing per-generation statistics.'],
  ['is_tracked', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'gc.is_tracked', args, kw);
    return bool(interp, _PyObject_IS_GC(o) && o.gc_next !== null);
  }, 'is_tracked($module, obj, /)\n--\n\nReturns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.'],
  ['is_finalized', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'gc.is_finalized', args, kw);
    return bool(interp, _PyObject_IS_GC(o) && (o.gc_flags & GC_FINALIZED) !== 0);
  }, 'is_finalized($module, obj, /)\n--\n\nReturns true if the object has been already finalized by the GC.'],
  // CPython: gc_freeze_impl
  ['freeze', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.freeze', args, kw);
    for (const g of interp.gc.generations) {
      gcListMerge(g.head, interp.gc.permanent.head);
      g.count = 0;
    }
    return none(interp);
  }, 'freeze($module, /)\n--\n\nFreeze all current tracked objects and ignore them for future collections.\n\n'
    + 'This can be used before a POSIX fork() call to make the gc copy-on-write friendly.\n'
    + 'Note: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.'],
  // CPython: gc_unfreeze_impl
  ['unfreeze', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.unfreeze', args, kw);
    gcListMerge(interp.gc.permanent.head, interp.gc.generations[NUM_GENERATIONS - 1]!.head);
    return none(interp);
  }, 'unfreeze($module, /)\n--\n\nUnfreeze all objects in the permanent generation.\n\n'
    + 'Put all objects in the permanent generation back into oldest generation.'],
  ['get_freeze_count', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.get_freeze_count', args, kw);
    return PyLong_FromNumber(interp, gcListSize(interp.gc.permanent.head));
  }, 'get_freeze_count($module, /)\n--\n\nReturn the number of objects in the permanent generation.'],
];

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
  for (const [name, impl, doc] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m), doc));
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

