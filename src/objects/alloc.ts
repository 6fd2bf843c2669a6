// Memory for objects: CPython's PyObject_Malloc/PyObject_Free paired with the object header.
// An object's address (id) is its block address plus its type's pre-header (GC head, managed
// dict/weakref slots), as in CPython.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject, Py_TPFLAGS_HAVE_GC } from './object.ts';
import type { PyTypeObject } from './typeobject.ts';

// CPython: PyObject_Malloc + _PyObject_Init
export function allocObject(interp: Interpreter, type: PyTypeObject, size: number, ival: number, body: unknown): PyObject {
  const block = interp.obmalloc.malloc(size + type.tp_preheader);
  const pool = type.shellPool;
  let o: PyObject;
  if (pool !== null && pool.length > 0) {
    o = pool.pop()!;
    o.ob_refcnt = 1;
    o.addr = block + type.tp_preheader;
    o.ival = ival;
    o.body = body;
    o.extra = undefined;
    o.gc_flags = 0;
  } else {
    o = new PyObject(type, block + type.tp_preheader, ival, body);
  }
  if (interp.objectRegistry !== null) interp.objectRegistry.add(o);
  if ((type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0) {
    // CPython: _PyObject_GC_Link, then the type's PyObject_GC_Track
    interp.gc.link();
    if (type.tp_gc_track_on_alloc) interp.gc.track(o);
  }
  return o;
}

/** An object taken back from a free list: the refcount audit's registry sees it again. */
export function reviveObject(interp: Interpreter, o: PyObject): void {
  o.ob_refcnt = 1;
  o.gc_flags = 0;
  if (interp.objectRegistry !== null) interp.objectRegistry.add(o);
  // Not counted as an allocation (CPython's free lists skip _PyObject_GC_Link), but tracked anew.
  const type = o.ob_type;
  if ((type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0 && type.tp_gc_track_on_alloc) interp.gc.track(o);
}

/** How many dead objects of a type keep their JS object for reuse. */
const SHELL_POOL_SIZE = 1024;

// CPython: PyObject_Free (for an object's memory)
export function freeObject(o: PyObject): void {
  const type = o.ob_type;
  type.tp_interp.obmalloc.free(o.addr - type.tp_preheader);
  // CPython: PyObject_GC_Del
  if ((type.tp_flags & Py_TPFLAGS_HAVE_GC) !== 0) type.tp_interp.gc.unlink(o);
  // Freed without being released (an error path of a constructor): dead all the same.
  o.ob_refcnt = 0;
  const pool = type.shellPool;
  if (pool !== null && pool.length < SHELL_POOL_SIZE) pool.push(o);
}
