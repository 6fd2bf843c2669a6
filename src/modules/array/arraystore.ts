// The memory of an array.array: ob_item, a PyMem block of `allocated` items that grows and
// shrinks as CPython 3.12's array_resize decides, and ob_exports, the buffer views that pin it.
// CPython: Modules/arraymodule.c (arrayobject, newarrayobject, array_resize, array_dealloc).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import type { ArrayDescr, ItemValue } from './descr.ts';

/** sizeof(arrayobject) on 64-bit 3.12: the var head, ob_item, allocated, ob_descr, weakreflist, ob_exports. */
export const SIZEOF_ARRAYOBJECT = 64;

export interface ArrayBody {
  descr: ArrayDescr;
  /** ob_size: the items in use. */
  size: number;
  /** The items ob_item has room for. */
  allocated: number;
  /** ob_item's block (0 for NULL). */
  addr: number;
  /** The items' bytes: `allocated * itemsize` of them. A view exported keeps this very array. */
  mem: Uint8Array;
  dv: DataView;
  /** ob_exports: the buffer views on the array. */
  exports: number;
}

const EMPTY = new Uint8Array(0);

export const ab = (o: PyObject): ArrayBody => o.body as ArrayBody;

function setMem(b: ArrayBody, mem: Uint8Array): void {
  b.mem = mem;
  b.dv = new DataView(mem.buffer, mem.byteOffset, mem.byteLength);
}

/** A new array of `size` items (uninitialized: zero). CPython: newarrayobject */
export function newArray(interp: Interpreter, type: PyTypeObject, size: number, descr: ArrayDescr): PyObject {
  if (size > Math.floor(Number.MAX_SAFE_INTEGER / descr.itemsize)) PyErr_SetString(interp, 'MemoryError', '');
  const body: ArrayBody = { descr, size, allocated: size, addr: 0, mem: EMPTY, dv: new DataView(EMPTY.buffer), exports: 0 };
  const o = allocInstance(interp, type, SIZEOF_ARRAYOBJECT, 0, body);
  if (size > 0) {
    body.addr = interp.obmalloc.malloc(size * descr.itemsize);
    setMem(body, new Uint8Array(size * descr.itemsize));
  }
  return o;
}

/**
 * Hands the array a block of `allocated` items allocated elsewhere (CPython: the wchar_t string
 * PyUnicode_AsWideCharString made, which array_new_internal adopts as ob_item).
 */
export function adoptBlock(interp: Interpreter, o: PyObject, addr: number, items: Uint8Array, count: number): void {
  const b = ab(o);
  if (b.addr !== 0) interp.obmalloc.free(b.addr);
  b.addr = addr;
  b.size = count;
  b.allocated = count;
  setMem(b, items);
}

const RESIZE_WHILE_EXPORTED = 'cannot resize an array that is exporting buffers';

/** BufferError when a change of size meets a view on the array. */
export function checkResizable(interp: Interpreter, b: ArrayBody): void {
  if (b.exports > 0) PyErr_SetString(interp, 'BufferError', RESIZE_WHILE_EXPORTED);
}

/**
 * Sets the size: within the allocation (unless it shrinks by 16 or more) only ob_size changes;
 * else the block is reallocated to newsize + newsize/16 + 3 (7 from 8 items on). CPython: array_resize
 */
export function arrayResize(interp: Interpreter, o: PyObject, newsize: number): void {
  const b = ab(o);
  if (b.exports > 0 && newsize !== b.size) PyErr_SetString(interp, 'BufferError', RESIZE_WHILE_EXPORTED);
  if (b.allocated >= newsize && b.size < newsize + 16 && b.addr !== 0) {
    b.size = newsize;
    return;
  }
  if (newsize === 0) {
    interp.obmalloc.free(b.addr);
    b.addr = 0;
    b.size = 0;
    b.allocated = 0;
    setMem(b, EMPTY);
    return;
  }
  const newAlloc = (newsize >> 4) + (b.size < 8 ? 3 : 7) + newsize;
  const itemsize = b.descr.itemsize;
  if (newAlloc * itemsize > Number.MAX_SAFE_INTEGER) PyErr_SetString(interp, 'MemoryError', '');
  b.addr = b.addr === 0 ? interp.obmalloc.malloc(newAlloc * itemsize) : interp.obmalloc.realloc(b.addr, newAlloc * itemsize);
  const mem = new Uint8Array(newAlloc * itemsize);
  mem.set(b.mem.subarray(0, Math.min(b.size, newsize) * itemsize));
  setMem(b, mem);
  b.size = newsize;
  b.allocated = newAlloc;
}

/** The item at i (0 <= i < size) as a Python object. CPython: getarrayitem */
export function getItem(interp: Interpreter, b: ArrayBody, i: number): PyObject {
  return b.descr.box(interp, b.descr.read(b.dv, i * b.descr.itemsize));
}

export function writeItem(b: ArrayBody, i: number, v: ItemValue): void {
  b.descr.write(b.dv, i * b.descr.itemsize, v);
}

/** Converts and stores `v` at i; i < 0 only checks it. CPython: setarrayitem */
export function setItem(interp: Interpreter, b: ArrayBody, i: number, v: PyObject): void {
  const x = b.descr.convert(interp, v);
  if (i >= 0) writeItem(b, i, x);
}

/** The items in use, as bytes (a view on the array's memory). */
export const itemBytes = (b: ArrayBody): Uint8Array => b.mem.subarray(0, b.size * b.descr.itemsize);

/** Moves `count` items from `from` to `to` inside the array. CPython: memmove on ob_item */
export function moveItems(b: ArrayBody, to: number, from: number, count: number): void {
  const s = b.descr.itemsize;
  if (count > 0) b.mem.copyWithin(to * s, from * s, (from + count) * s);
}

// CPython: array_dealloc
export function array_dealloc(o: PyObject): void {
  const b = ab(o);
  if (b.addr !== 0) o.ob_type.tp_interp.obmalloc.free(b.addr);
  b.addr = 0;
  freeObject(o);
}
