// float. CPython: Objects/floatobject.c. The value is in `ival`. Exact floats keep a free list
// of up to 100 objects that keep their memory (and address) while on it.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import type { PyObject } from './object.ts';

export const PyFloat_MAXFREELIST = 100;

export interface FloatFreeList {
  items: PyObject[];
}

// CPython: PyFloat_FromDouble
export function PyFloat_FromDouble(interp: Interpreter, v: number): PyObject {
  const fl = interp.floatFreeList.items;
  if (fl.length > 0) {
    const o = fl.pop()!;
    o.ob_refcnt = 1;
    o.ival = v;
    return o;
  }
  return allocObject(interp, interp.types.float, 24, v, null);
}

// CPython: float_dealloc (_PyFloat_ExactDealloc)
export function float_dealloc(o: PyObject): void {
  const interp = o.ob_type.tp_interp;
  const fl = interp.floatFreeList.items;
  if (o.ob_type === interp.types.float && fl.length < PyFloat_MAXFREELIST) {
    fl.push(o);
    return;
  }
  freeObject(o);
}
