// The methods and attributes of array.array. CPython 3.12: Modules/arraymodule.c
// (array_array_append_impl .. array_array___sizeof___impl, array_array___reduce_ex___impl,
// array_get_typecode, array_get_itemsize) and Modules/clinic/arraymodule.c.h (their arguments).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyObject_GetAttr, PyObject_LookupAttr } from '../../objects/attributes.ts';
import { bufferOf, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyObject_CallOneArg } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { _PyList_FromArraySteal, PyList_Check } from '../../objects/listobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_RichCompareBool, Py_EQ } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef } from '../../objects/typeobject.ts';
import { PyUnicode_FromCodePoints, PyUnicode_FromString, unicodeCodePoints } from '../../objects/unicodeobject.ts';
import { kwCount, sliceIndexNotNone, ssizeIndexArg } from '../modsupport.ts';
import { arrayDelSlice, arrayDoExtend, arraySlice, ins1 } from './arrayobject.ts';
import { ab, arrayResize, getItem, itemBytes, setItem } from './arraystore.ts';
import { arrayState } from './state.ts';

const none = (interp: Interpreter): PyObject => Py_NewRef(interp.singletons.None);

/** f.name(arg), the attribute looked up as any other. CPython: _PyObject_CallMethod, PyObject_CallMethodOneArg */
function callMethodOf(interp: Interpreter, f: PyObject, name: string, arg: PyObject): PyObject {
  const meth = PyObject_GetAttr(interp, f, internedStr(interp, name));
  try {
    return PyObject_CallOneArg(interp, meth, arg);
  } finally {
    Py_DECREF(meth);
  }
}

/** The argument check Argument Clinic makes for a method with defining_class and `n` positional-only parameters. */
function definingClassArgs(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null, n: number): void {
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  const plural = n === 1 ? '' : 's';
  if (npos + nkw > n) PyErr_SetString(interp, 'TypeError', `${name}() takes at most ${n} argument${plural} (${npos + nkw} given)`);
  if (npos !== n || nkw > 0) PyErr_SetString(interp, 'TypeError', `${name}() takes exactly ${n} positional argument${plural} (${npos} given)`);
}

/**
 * The bytes of a buffer argument and its item size, with the exporter's export counted while
 * `use` runs (an array reading its own buffer then cannot resize). CPython: PyObject_GetBuffer(PyBUF_SIMPLE)
 */
function withBuffer<T>(interp: Interpreter, o: PyObject, use: (data: Uint8Array, itemsize: number) => T): T {
  const procs = o.ob_type.tp_as_buffer;
  if (o.ob_type === interp.types.memoryview) {
    return use(bufferOf(o)!, (o.body as { itemsize: number }).itemsize);
  }
  if (procs === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  procs.bf_exports?.(o, 1);
  try {
    return use(procs.bf_getbuffer(o), procs.bf_format?.(o).itemsize ?? 1);
  } finally {
    procs.bf_exports?.(o, -1);
  }
}

/** Appends machine values. CPython: array_array_frombytes_impl */
export function arrayFrombytes(interp: Interpreter, self: PyObject, data: Uint8Array, bufItemsize: number): void {
  const b = ab(self);
  const itemsize = b.descr.itemsize;
  if (bufItemsize !== 1) PyErr_SetString(interp, 'TypeError', 'a bytes-like object is required');
  if (data.length % itemsize !== 0) PyErr_SetString(interp, 'ValueError', 'bytes length not a multiple of item size');
  const n = data.length / itemsize;
  if (n > 0) {
    const old = b.size;
    const copy = data.slice();
    arrayResize(interp, self, old + n);
    b.mem.set(copy, old * itemsize);
  }
}

const frombytes = (interp: Interpreter, self: PyObject, arg: PyObject): void =>
  withBuffer(interp, arg, (data, itemsize) => arrayFrombytes(interp, self, data, itemsize));

// CPython: array_array_tolist_impl
export function arrayTolist(interp: Interpreter, self: PyObject): PyObject {
  const b = ab(self);
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < b.size; i++) items.push(getItem(interp, b, i));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return _PyList_FromArraySteal(interp, items);
}

// CPython: array_array_tounicode_impl (PyUnicode_FromWideChar)
export function arrayTounicode(interp: Interpreter, self: PyObject): PyObject {
  const b = ab(self);
  if (b.descr.typecode !== 'u') PyErr_SetString(interp, 'ValueError', 'tounicode() may only be called on unicode type arrays');
  const cps = new Array<number>(b.size);
  for (let i = 0; i < b.size; i++) {
    const c = b.dv.getInt32(i * 4, true);
    if (c < 0 || c > 0x10ffff) PyErr_SetString(interp, 'ValueError', `character U+${(c >>> 0).toString(16)} is not in range [U+0000; U+10ffff]`);
    cps[i] = c;
  }
  return PyUnicode_FromCodePoints(interp, cps);
}

/** The first index in [start, stop) whose item equals v, or -1. CPython: the loops of count, index, remove */
function find(interp: Interpreter, self: PyObject, v: PyObject, start: number, stop: number, count: boolean): number {
  const b = ab(self);
  let n = 0;
  // The size is read again each round: a comparison may change the array.
  for (let i = start; i < stop && i < b.size; i++) {
    const item = getItem(interp, b, i);
    let eq: boolean;
    try {
      eq = PyObject_RichCompareBool(interp, item, v, Py_EQ);
    } finally {
      Py_DECREF(item);
    }
    if (eq) {
      if (!count) return i;
      n++;
    }
  }
  return count ? n : -1;
}

// CPython: array_array_index_impl — index(v, start=0, stop=sys.maxsize)
function array_index(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'index', args.length, 1, 3);
  const size = ab(self!).size;
  let start = args.length > 1 ? sliceIndexNotNone(interp, args[1]!) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(interp, args[2]!) : Number.MAX_SAFE_INTEGER;
  if (start < 0) start = Math.max(start + size, 0);
  if (stop < 0) stop += size;
  const i = find(interp, self!, args[0]!, start, stop, false);
  if (i < 0) PyErr_SetString(interp, 'ValueError', 'array.index(x): x not in array');
  return PyLong_FromNumber(interp, i);
}

// CPython: array_array_remove_impl
function array_remove(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const i = find(interp, self!, args[0]!, 0, ab(self!).size, false);
  if (i < 0) PyErr_SetString(interp, 'ValueError', 'array.remove(x): x not in array');
  arrayDelSlice(interp, self!, i, i + 1);
  return none(interp);
}

// CPython: array_array_pop_impl
function array_pop(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'pop', args.length, 0, 1);
  let i = args.length > 0 ? ssizeIndexArg(interp, args[0]!) : -1;
  const b = ab(self!);
  if (b.size === 0) PyErr_SetString(interp, 'IndexError', 'pop from empty array');
  if (i < 0) i += b.size;
  if (i < 0 || i >= b.size) PyErr_SetString(interp, 'IndexError', 'pop index out of range');
  const v = getItem(interp, b, i);
  try {
    arrayDelSlice(interp, self!, i, i + 1);
  } catch (e) {
    Py_DECREF(v);
    throw e;
  }
  return v;
}

// CPython: array_array_insert_impl
function array_insert(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  checkPositional(interp, 'insert', args.length, 2, 2);
  ins1(interp, self!, ssizeIndexArg(interp, args[0]!), args[1]!);
  return none(interp);
}

// CPython: array_array_byteswap_impl
function array_byteswap(interp: Interpreter, self: PyObject | null): PyObject {
  const b = ab(self!);
  const s = b.descr.itemsize;
  const mem = itemBytes(b);
  if (s > 1) for (let off = 0; off < mem.length; off += s) mem.subarray(off, off + s).reverse();
  return none(interp);
}

// CPython: array_array_reverse_impl
function array_reverse(interp: Interpreter, self: PyObject | null): PyObject {
  const b = ab(self!);
  const s = b.descr.itemsize;
  const mem = itemBytes(b);
  const tmp = new Uint8Array(s);
  for (let p = 0, q = (b.size - 1) * s; p < q; p += s, q -= s) {
    tmp.set(mem.subarray(p, p + s));
    mem.copyWithin(p, q, q + s);
    mem.set(tmp, q);
  }
  return none(interp);
}

// CPython: array_array_fromlist_impl — the list is converted in place after one resize; a bad item undoes it.
function array_fromlist(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const list = args[0]!;
  if (!PyList_Check(list)) PyErr_SetString(interp, 'TypeError', 'arg must be list');
  const items = list.body as PyObject[];
  const n = items.length;
  if (n > 0) {
    const b = ab(self!);
    const old = b.size;
    arrayResize(interp, self!, old + n);
    for (let i = 0; i < n; i++) {
      try {
        setItem(interp, b, b.size - n + i, (list.body as PyObject[])[i]!);
        if ((list.body as PyObject[]).length !== n) PyErr_SetString(interp, 'RuntimeError', 'list changed size during iteration');
      } catch (e) {
        arrayResize(interp, self!, old);
        throw e;
      }
    }
  }
  return none(interp);
}

// CPython: array_array_fromunicode_impl
function array_fromunicode(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const s = args[0]!;
  if (!s.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `fromunicode() argument must be str, not ${s.ob_type.tp_name}`);
  const b = ab(self!);
  if (b.descr.typecode !== 'u') PyErr_SetString(interp, 'ValueError', 'fromunicode() may only be called on unicode type arrays');
  const cps = unicodeCodePoints(s);
  if (cps.length > 0) {
    const old = b.size;
    arrayResize(interp, self!, old + cps.length);
    for (let i = 0; i < cps.length; i++) b.dv.setUint32((old + i) * 4, cps[i]!, true);
  }
  return none(interp);
}

// CPython: array_array_fromfile_impl
function array_fromfile(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  definingClassArgs(interp, 'fromfile', args, kwnames, 2);
  const n = ssizeIndexArg(interp, args[1]!);
  if (n < 0) PyErr_SetString(interp, 'ValueError', 'negative count');
  const nbytes = n * ab(self!).descr.itemsize;
  const arg = PyLong_FromNumber(interp, nbytes);
  let data: PyObject;
  try {
    data = callMethodOf(interp, args[0]!, 'read', arg);
  } finally {
    Py_DECREF(arg);
  }
  try {
    if (!data.ob_type.isSubtypeOf(interp.types.bytes)) PyErr_SetString(interp, 'TypeError', "read() didn't return bytes");
    const bytes = data.body as Uint8Array;
    arrayFrombytes(interp, self!, bytes, 1);
    if (bytes.length !== nbytes) PyErr_SetString(interp, 'EOFError', "read() didn't return enough bytes");
  } finally {
    Py_DECREF(data);
  }
  return none(interp);
}

/** tofile writes blocks of this many bytes. */
const TOFILE_BLOCKSIZE = 64 * 1024;

// CPython: array_array_tofile_impl
function array_tofile(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  definingClassArgs(interp, 'tofile', args, kwnames, 1);
  const b = ab(self!);
  const nbytes = b.size * b.descr.itemsize;
  for (let off = 0; off < nbytes; off += TOFILE_BLOCKSIZE) {
    const bytes = PyBytes_FromData(interp, b.mem.slice(off, Math.min(off + TOFILE_BLOCKSIZE, nbytes)));
    try {
      Py_DECREF(callMethodOf(interp, args[0]!, 'write', bytes));
    } finally {
      Py_DECREF(bytes);
    }
  }
  return none(interp);
}

// CPython: array_array_extend_impl
function array_extend(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  definingClassArgs(interp, 'extend', args, kwnames, 1);
  arrayDoExtend(interp, self!, args[0]!);
  return none(interp);
}

// CPython: array_array_buffer_info_impl — (address of ob_item, length)
function array_buffer_info(interp: Interpreter, self: PyObject | null): PyObject {
  const b = ab(self!);
  return tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, b.addr), PyLong_FromNumber(interp, b.size)]);
}

// CPython: array_array___sizeof___impl
function array_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  const b = ab(self!);
  return PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + b.allocated * b.descr.itemsize);
}

/** A one-character str (the shared latin-1 ones for typecodes). CPython: Py_BuildValue 'C' / PyUnicode_FromOrdinal */
const typecodeStr = (interp: Interpreter, self: PyObject): PyObject => PyUnicode_FromString(interp, ab(self).descr.typecode);

/**
 * Pickles as (array, (typecode, list), __dict__) below protocol 3, else as
 * (array._array_reconstructor, (type, typecode, mformat_code, bytes), __dict__). CPython: array_array___reduce_ex___impl
 */
function array_reduce_ex(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  definingClassArgs(interp, '__reduce_ex__', args, kwnames, 1);
  const o = self!;
  const state = arrayState(interp);
  const value = args[0]!;
  if (!PyLong_Check(value)) PyErr_SetString(interp, 'TypeError', '__reduce_ex__ argument should be an integer');
  const protocol = longValue(value);
  const dict = PyObject_LookupAttr(interp, o, internedStr(interp, '__dict__')) ?? none(interp);
  const b = ab(o);
  if (protocol < 3) {
    let list: PyObject;
    try {
      list = arrayTolist(interp, o);
    } catch (e) {
      Py_DECREF(dict);
      throw e;
    }
    return tupleFromItemsSteal(interp, [Py_NewRef(o.ob_type), tupleFromItemsSteal(interp, [typecodeStr(interp, o), list]), dict]);
  }
  const data = PyBytes_FromData(interp, itemBytes(b).slice());
  const rargs = tupleFromItemsSteal(interp, [Py_NewRef(o.ob_type), typecodeStr(interp, o), PyLong_FromNumber(interp, b.descr.mformat), data]);
  return tupleFromItemsSteal(interp, [Py_NewRef(state.reconstructor!), rargs, dict]);
}

const copy = (interp: Interpreter, self: PyObject | null): PyObject => arraySlice(interp, self!, 0, ab(self!).size);

export const array_methods: readonly MethodDef[] = [
  { name: 'append', flags: METH_O, impl: (interp, self, args) => (ins1(interp, self!, ab(self!).size, args[0]!), none(interp)), doc: 'Append new value v to the end of the array.' },
  { name: 'buffer_info', flags: METH_NOARGS, impl: array_buffer_info,
    doc: "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes." },
  { name: 'byteswap', flags: METH_NOARGS, impl: array_byteswap,
    doc: 'Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.' },
  { name: '__copy__', flags: METH_NOARGS, impl: copy, doc: 'Return a copy of the array.' },
  { name: 'count', flags: METH_O, impl: (interp, self, args) => PyLong_FromNumber(interp, find(interp, self!, args[0]!, 0, ab(self!).size, true)),
    doc: 'Return number of occurrences of v in the array.' },
  { name: '__deepcopy__', flags: METH_O, impl: copy, doc: 'Return a copy of the array.' },
  { name: 'extend', flags: METH_FASTCALL | METH_KEYWORDS, impl: array_extend, doc: 'Append items to the end of the array.' },
  { name: 'fromfile', flags: METH_FASTCALL | METH_KEYWORDS, impl: array_fromfile, doc: 'Read n objects from the file object f and append them to the end of the array.' },
  { name: 'fromlist', flags: METH_O, impl: array_fromlist, doc: 'Append items to array from list.' },
  { name: 'frombytes', flags: METH_O, impl: (interp, self, args) => (frombytes(interp, self!, args[0]!), none(interp)),
    doc: 'Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.' },
  { name: 'fromunicode', flags: METH_O, impl: array_fromunicode,
    doc: 'Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.' },
  { name: 'index', flags: METH_FASTCALL, impl: array_index, doc: 'Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.' },
  { name: 'insert', flags: METH_FASTCALL, impl: array_insert, doc: 'Insert a new item v into the array before position i.' },
  { name: 'pop', flags: METH_FASTCALL, impl: array_pop, doc: 'Return the i-th element and delete it from the array.\n\ni defaults to -1.' },
  { name: '__reduce_ex__', flags: METH_FASTCALL | METH_KEYWORDS, impl: array_reduce_ex, doc: 'Return state information for pickling.' },
  { name: 'remove', flags: METH_O, impl: array_remove, doc: 'Remove the first occurrence of v in the array.' },
  { name: 'reverse', flags: METH_NOARGS, impl: array_reverse, doc: 'Reverse the order of the items in the array.' },
  { name: 'tofile', flags: METH_FASTCALL | METH_KEYWORDS, impl: array_tofile, doc: 'Write all items (as machine values) to the file object f.' },
  { name: 'tolist', flags: METH_NOARGS, impl: (interp, self) => arrayTolist(interp, self!), doc: 'Convert array to an ordinary list with the same items.' },
  { name: 'tobytes', flags: METH_NOARGS, impl: (interp, self) => PyBytes_FromData(interp, itemBytes(ab(self!)).slice()),
    doc: 'Convert the array to an array of machine values and return the bytes representation.' },
  { name: 'tounicode', flags: METH_NOARGS, impl: (interp, self) => arrayTounicode(interp, self!),
    doc: 'Extends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.' },
  { name: '__sizeof__', flags: METH_NOARGS, impl: array_sizeof, doc: 'Size of the array in memory, in bytes.' },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias, doc: 'See PEP 585' },
];

export const array_getset: readonly GetSetDef[] = [
  { name: 'typecode', get: (interp, o) => typecodeStr(interp, o), doc: 'the typecode character used to create the array' },
  { name: 'itemsize', get: (interp, o) => PyLong_FromNumber(interp, ab(o).descr.itemsize), doc: 'the size, in bytes, of one array item' },
];
