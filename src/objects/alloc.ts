// Memory for objects: CPython's PyObject_Malloc/PyObject_Free paired with the object header.
// An object's address (id) is its block address plus its type's pre-header (GC head, managed
// dict/weakref slots), as in CPython.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject } from './object.ts';
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
  } else {
    o = new PyObject(type, block + type.tp_preheader, ival, body);
  }
  if (interp.objectRegistry !== null) interp.objectRegistry.add(o);
  return o;
}

/** An object taken back from a free list: the refcount audit's registry sees it again. */
export function reviveObject(interp: Interpreter, o: PyObject): void {
  o.ob_refcnt = 1;
  if (interp.objectRegistry !== null) interp.objectRegistry.add(o);
}

/** How many dead objects of a type keep their JS object for reuse. */
const SHELL_POOL_SIZE = 1024;

// CPython: PyObject_Free (for an object's memory)
export function freeObject(o: PyObject): void {
  const type = o.ob_type;
  type.tp_interp.obmalloc.free(o.addr - type.tp_preheader);
  // Freed without being released (an error path of a constructor): dead all the same.
  o.ob_refcnt = 0;
  const pool = type.shellPool;
  if (pool !== null && pool.length < SHELL_POOL_SIZE) pool.push(o);
}
