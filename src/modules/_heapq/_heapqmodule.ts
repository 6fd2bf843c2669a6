// The _heapq module: heap operations on lists, with CPython's exact comparison order and its
// checks that the list did not change size meanwhile. CPython: Modules/_heapqmodule.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { list_ass_slice, PyList_Append, PyList_Check, type PyListObject } from '../../objects/listobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { Py_LT, PyObject_RichCompareBool } from '../../objects/objectops.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';

/** Whether a should come before b: a < b for the min-heap, b < a for the max-heap. */
type Before = (interp: Interpreter, a: PyObject, b: PyObject) => boolean;

/** a < b with both held across the call (a comparison may drop the list's references). */
function lessThan(interp: Interpreter, a: PyObject, b: PyObject): boolean {
  Py_INCREF(a);
  Py_INCREF(b);
  try {
    return PyObject_RichCompareBool(interp, a, b, Py_LT);
  } finally {
    Py_DECREF(a);
    Py_DECREF(b);
  }
}

const minBefore: Before = lessThan;
const maxBefore: Before = (interp, a, b) => lessThan(interp, b, a);

const items = (heap: PyObject): PyObject[] => (heap as PyListObject).body;

function changedSize(interp: Interpreter): never {
  return PyErr_SetString(interp, 'RuntimeError', 'list changed size during iteration');
}

// CPython: siftdown / siftdown_max — move the item at pos up towards startpos.
function siftdown(interp: Interpreter, heap: PyObject, startpos: number, pos: number, before: Before): void {
  const size = items(heap).length;
  if (pos >= size) PyErr_SetString(interp, 'IndexError', 'index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const arr = items(heap);
    const cmp = before(interp, arr[pos]!, arr[parentpos]!);
    if (size !== items(heap).length) changedSize(interp);
    if (!cmp) break;
    const a = items(heap);
    const parent = a[parentpos]!;
    a[parentpos] = a[pos]!;
    a[pos] = parent;
    pos = parentpos;
  }
}

// CPython: siftup / siftup_max — bubble the smaller (larger) child up to a leaf, then siftdown.
function siftup(interp: Interpreter, heap: PyObject, pos: number, before: Before): void {
  const endpos = items(heap).length;
  const startpos = pos;
  if (pos >= endpos) PyErr_SetString(interp, 'IndexError', 'index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const arr = items(heap);
      const cmp = before(interp, arr[childpos]!, arr[childpos + 1]!);
      if (!cmp) childpos++;
      if (endpos !== items(heap).length) changedSize(interp);
    }
    const arr = items(heap);
    const child = arr[childpos]!;
    arr[childpos] = arr[pos]!;
    arr[pos] = child;
    pos = childpos;
  }
  siftdown(interp, heap, startpos, pos, before);
}

/** The heap argument: 'argument 1' for two-argument functions, 'argument' for METH_O ones. */
function listArg(interp: Interpreter, name: string, o: PyObject, which: string): PyObject {
  if (!PyList_Check(o)) PyErr_SetString(interp, 'TypeError', `${name}() ${which} must be list, not ${o.ob_type.tp_name}`);
  return o;
}

function heapArgs(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null, n: number): PyObject {
  noKeywords(interp, `_heapq.${name}`, kwnames);
  if (n === 1) {
    if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `_heapq.${name}() takes exactly one argument (${args.length} given)`);
  } else checkPositional(interp, name, args.length, n, n);
  return listArg(interp, name, args[0]!, n === 1 ? 'argument' : 'argument 1');
}

// CPython: heappop_internal
function heappop(interp: Interpreter, heap: PyObject, before: Before): PyObject {
  const n = items(heap).length;
  if (n === 0) PyErr_SetString(interp, 'IndexError', 'index out of range');
  const lastelt = Py_NewRef(items(heap)[n - 1]!);
  list_ass_slice(interp, heap, n - 1, n, null);
  if (n - 1 === 0) return lastelt;
  return replaceTop(interp, heap, lastelt, before);
}

/** Puts `item` (a reference taken over) at the top and sifts it down; returns the old top. */
function replaceTop(interp: Interpreter, heap: PyObject, item: PyObject, before: Before): PyObject {
  const arr = items(heap);
  const returnitem = arr[0]!;
  arr[0] = item;
  try {
    siftup(interp, heap, 0, before);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

// CPython: heapreplace_internal
function heapreplace(interp: Interpreter, heap: PyObject, item: PyObject, before: Before): PyObject {
  if (items(heap).length === 0) PyErr_SetString(interp, 'IndexError', 'index out of range');
  return replaceTop(interp, heap, Py_NewRef(item), before);
}

// CPython: keep_top_bit
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

// CPython: heapify_internal, with cache_friendly_heapify for long lists.
function heapify(interp: Interpreter, heap: PyObject, before: Before): PyObject {
  const n = items(heap).length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const siftChain = (i: number) => {
      for (let j = i; ; j >>= 1) {
        siftup(interp, heap, j, before);
        if (!(j & 1)) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) siftChain(i);
    for (let i = m - 1; i >= leftmost; i--) siftChain(i);
  } else {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(interp, heap, i, before);
  }
  return Py_NewRef(interp.singletons.None);
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: _heapq_heappush_impl
  ['heappush', (interp, _s, args, kw) => {
    const heap = heapArgs(interp, 'heappush', args, kw, 2);
    PyList_Append(heap, args[1]!);
    siftdown(interp, heap, 0, items(heap).length - 1, minBefore);
    return Py_NewRef(interp.singletons.None);
  }],
  ['heappushpop', (interp, _s, args, kw) => {
    // CPython: _heapq_heappushpop_impl
    const heap = heapArgs(interp, 'heappushpop', args, kw, 2);
    const item = args[1]!;
    if (items(heap).length === 0) return Py_NewRef(item);
    if (!lessThan(interp, items(heap)[0]!, item)) return Py_NewRef(item);
    return heapreplace(interp, heap, item, minBefore);
  }],
  ['heappop', (interp, _s, args, kw) => heappop(interp, heapArgs(interp, 'heappop', args, kw, 1), minBefore)],
  ['heapreplace', (interp, _s, args, kw) => heapreplace(interp, heapArgs(interp, 'heapreplace', args, kw, 2), args[1]!, minBefore)],
  ['heapify', (interp, _s, args, kw) => heapify(interp, heapArgs(interp, 'heapify', args, kw, 1), minBefore)],
  ['_heappop_max', (interp, _s, args, kw) => heappop(interp, heapArgs(interp, '_heappop_max', args, kw, 1), maxBefore)],
  ['_heapify_max', (interp, _s, args, kw) => heapify(interp, heapArgs(interp, '_heapify_max', args, kw, 1), maxBefore)],
  ['_heapreplace_max', (interp, _s, args, kw) => heapreplace(interp, heapArgs(interp, '_heapreplace_max', args, kw, 2), args[1]!, maxBefore)],
];

const MODULE_DOC = 'Heap queue algorithm (a.k.a. priority queue).\n\n' +
  'Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n' +
  'all k, counting elements from 0.  For the sake of comparison,\n' +
  'non-existing elements are considered to be infinite.  The interesting\n' +
  'property of a heap is that a[0] is always its smallest element.\n\n' +
  'Usage:\n\n' +
  'heap = []            # creates an empty heap\n' +
  'heappush(heap, item) # pushes a new item on the heap\n' +
  'item = heappop(heap) # pops the smallest item from the heap\n' +
  'item = heap[0]       # smallest item on the heap without popping it\n' +
  'heapify(x)           # transforms list into a heap, in-place, in linear time\n' +
  'item = heappushpop(heap, item) # pushes a new item and then returns\n' +
  '                               # the smallest item; the heap size is unchanged\n' +
  'item = heapreplace(heap, item) # pops and returns smallest item, and adds\n' +
  '                               # new item; the heap size is unchanged\n\n' +
  'Our API differs from textbook heap algorithms as follows:\n\n' +
  '- We use 0-based indexing.  This makes the relationship between the\n' +
  '  index for a node and the indexes for its children slightly less\n' +
  '  obvious, but is more suitable since Python uses 0-based indexing.\n\n' +
  '- Our heappop() method returns the smallest item, not the largest.\n\n' +
  'These two make it possible to view the heap as a regular Python list\n' +
  'without surprises: heap[0] is the smallest item, and heap.sort()\n' +
  'maintains the heap invariant!\n';

/** The _heapq module object. CPython: heapq_exec */
export function createHeapqModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_heapq'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
