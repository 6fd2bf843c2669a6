// A full collection gives the free lists' memory back to the allocator, so that their blocks
// can empty whole pools and arenas. CPython: _PyGC_ClearAllFreeLists (Modules/gcmodule.c
// clear_freelists) and the _Py*_ClearFreeList functions it calls, each list last-in first.
import type { Interpreter } from '../runtime/interpreter.ts';
import { freeObject } from '../objects/alloc.ts';
import type { PyObject } from '../objects/object.ts';
import { clearAsyncGenFreeLists } from '../objects/asyncgenobject.ts';

function drain(list: PyObject[]): void {
  for (let o = list.pop(); o !== undefined; o = list.pop()) freeObject(o);
}

export function clearFreeLists(interp: Interpreter): void {
  for (const fl of interp.tupleFreeLists.bySize) drain(fl);
  drain(interp.floatFreeList.items);
  drain(interp.listFreeList);
  drain(interp.dictFreeList);
  interp.dictRuntime.clearKeysFreeList();
  clearAsyncGenFreeLists(interp);
}
