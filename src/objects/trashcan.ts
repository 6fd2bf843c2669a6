// The trashcan: containers freed inside one another (a long chain of nested lists, a linked
// list of instances) are freed at most 50 levels deep; a deeper one waits in a LIFO chain and is
// freed when the outermost deallocation ends, so tearing down any structure takes bounded stack.
// CPython: Py_TRASHCAN_BEGIN / Py_TRASHCAN_END (Include/cpython/object.h), Objects/object.c
// _PyTrash_begin, _PyTrash_end, _PyTrash_thread_deposit_object, _PyTrash_thread_destroy_chain.
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyObject } from './object.ts';

/** CPython: _PyTrash_UNWIND_LEVEL */
const UNWIND_LEVEL = 50;

/** trashBegin results. */
export const TRASH_SKIPPED = 0;
export const TRASH_ENTERED = 1;
export const TRASH_DEPOSITED = 2;

/**
 * Py_TRASHCAN_BEGIN(o, dealloc), for the type whose tp_dealloc is `dealloc` (a subclass's
 * instance goes through subtype_dealloc's instead): TRASH_DEPOSITED means the object now waits
 * in the chain and the deallocator returns at once; TRASH_ENTERED means it runs its body and
 * then calls trashEnd.
 */
export function trashBegin(o: PyObject, dealloc: (o: PyObject) => void): number {
  if (o.ob_type.tp_dealloc !== dealloc) return TRASH_SKIPPED;
  const ts = o.ob_type.tp_interp.tstate;
  if (ts.trashNesting >= UNWIND_LEVEL) {
    ts.trashLater.push(o);
    return TRASH_DEPOSITED;
  }
  ts.trashNesting++;
  return TRASH_ENTERED;
}

/** Py_TRASHCAN_END: at the outermost level, frees what waits, last deposited first. */
export function trashEnd(interp: Interpreter): void {
  const ts = interp.tstate;
  ts.trashNesting--;
  const later = ts.trashLater;
  if (later.length === 0 || ts.trashNesting > 0) return;
  // CPython: _PyTrash_thread_destroy_chain (one level up, so the deallocations nest no deeper)
  ts.trashNesting++;
  while (later.length > 0) {
    const op = later.pop()!;
    op.ob_type.tp_dealloc(op);
  }
  ts.trashNesting--;
}
