// The gc module's switch: whether automatic collection is enabled. The cyclic collector itself,
// and the rest of the module (collect, thresholds, counts, generations, callbacks, debug
// flags), are not written yet; timeit and others only turn collection off and on again.
// CPython: Modules/gcmodule.c (gc_enable_impl, gc_disable_impl, gc_isenabled_impl)
import type { Interpreter } from '../runtime/interpreter.ts';
import { noArgs } from '../objects/args.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

const enabled = new PerInterpreter<boolean>();

const FUNCTIONS: readonly [string, BuiltinImpl][] = [
  ['enable', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.enable', args, kw);
    enabled.set(interp, true);
    return Py_NewRef(interp.singletons.None);
  }],
  ['disable', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.disable', args, kw);
    enabled.set(interp, false);
    return Py_NewRef(interp.singletons.None);
  }],
  ['isenabled', (interp, _s, args, kw) => {
    noArgs(interp, 'gc.isenabled', args, kw);
    return Py_NewRef(enabled.get(interp) ?? true ? interp.singletons.True : interp.singletons.False);
  }],
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
get_threshold() -- Return the current collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
`;

export function createGcModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'gc'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
