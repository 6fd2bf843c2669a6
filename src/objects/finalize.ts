// PEP 442 finalization from a deallocator: __del__ (tp_finalize) runs at most once per object,
// with the object briefly alive again; if it stores a new reference somewhere, the object is
// resurrected and its deallocation stops. CPython: Objects/object.c (PyObject_CallFinalizer,
// PyObject_CallFinalizerFromDealloc).
import { GC_FINALIZED } from '../memory/gcstate.ts';
import { PyObject, Py_TPFLAGS_HAVE_GC } from './object.ts';

/** Runs `o`'s tp_finalize unless the collector or an earlier deallocation already did; true when `o` was resurrected. */
export function PyObject_CallFinalizerFromDealloc(o: PyObject): boolean {
  const type = o.ob_type;
  const interp = type.tp_interp;
  const gc = (type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0;
  if (type.tp_finalize === null || (gc && (o.gc_flags & GC_FINALIZED) !== 0)) return false;
  o.ob_refcnt = 1;
  // Tracked again while Python code may see it (CPython: subtype_dealloc's _PyObject_GC_TRACK).
  if (gc) interp.gc.track(o);
  try {
    type.tp_finalize(o);
  } catch (e) {
    if (!(e instanceof PyObject)) throw e;
    interp.writeUnraisable(e, o);
  }
  if (gc) o.gc_flags |= GC_FINALIZED;
  if (--o.ob_refcnt > 0) return true;
  if (gc) interp.gc.untrack(o);
  return false;
}
