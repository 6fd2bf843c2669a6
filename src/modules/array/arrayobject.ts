// array.array: construction, the sequence and mapping protocols, comparison, repr and the buffer
// export. CPython 3.12: Modules/arraymodule.c (array_new, array_new_internal, array_richcompare,
// array_item, array_subscr, array_ass_subscr, array_del_slice, array_concat, array_repeat,
// array_inplace_concat, array_inplace_repeat, array_contains, array_repr, array_buffer_getbuf).
// The methods are in arraymethods.ts, the memory in arraystore.ts.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyNumber_AsSsize_t } from '../../objects/abstract.ts';
import { kwCount } from '../modsupport.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyList_Check } from '../../objects/listobject.ts';
import { PyLong_Check } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_RichCompare, PyObject_RichCompareBool, Py_EQ, Py_GE, Py_GT, Py_LE, Py_LT, Py_NE, reprText } from '../../objects/objectops.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from '../../objects/sliceobject.ts';
import type { BufferProcs, PyTypeObject } from '../../objects/typeobject.ts';
import { unicodeCodePoints, unicodeLength, PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { PySys_Audit } from '../sysaudit.ts';
import { shortTypeName } from '../itertools/common.ts';
import { arrayFrombytes, arrayTolist, arrayTounicode } from './arraymethods.ts';
import { ab, adoptBlock, arrayResize, checkResizable, getItem, itemBytes, moveItems, newArray, setItem, type ArrayBody } from './arraystore.ts';
import { descrOf } from './descr.ts';
import { arrayState } from './state.ts';

export const isArray = (interp: Interpreter, o: PyObject): boolean => o.ob_type.isSubtypeOf(arrayState(interp).ArrayType);

/** A new exact array of the same typecode holding items [lo, hi). CPython: array_slice */
export function arraySlice(interp: Interpreter, a: PyObject, lo: number, hi: number): PyObject {
  const b = ab(a);
  lo = Math.min(Math.max(lo, 0), b.size);
  hi = Math.min(Math.max(hi, lo), b.size);
  const np = newArray(interp, arrayState(interp).ArrayType, hi - lo, b.descr);
  if (hi > lo) ab(np).mem.set(b.mem.subarray(lo * b.descr.itemsize, hi * b.descr.itemsize));
  return np;
}

/** Inserts `v` before `where` (clamped). The value is converted before the resize and again to store it, as CPython does. CPython: ins1 */
export function ins1(interp: Interpreter, o: PyObject, where: number, v: PyObject): void {
  const b = ab(o);
  const n = b.size;
  setItem(interp, b, -1, v);
  arrayResize(interp, o, n + 1);
  if (where < 0) where = Math.max(where + n, 0);
  if (where > n) where = n;
  moveItems(b, where + 1, where, n - where);
  setItem(interp, b, where, v);
}

/** Deletes items [lo, hi) (clamped). CPython: array_del_slice */
export function arrayDelSlice(interp: Interpreter, o: PyObject, lo: number, hi: number): void {
  const b = ab(o);
  lo = Math.min(Math.max(lo, 0), b.size);
  hi = Math.min(Math.max(hi, lo), b.size);
  const d = hi - lo;
  if (d !== 0) checkResizable(interp, b);
  if (d > 0) {
    moveItems(b, lo, hi, b.size - hi);
    arrayResize(interp, o, b.size - d);
  }
}

/** Appends the items of any iterable one by one. CPython: array_iter_extend */
export function arrayIterExtend(interp: Interpreter, o: PyObject, iterable: PyObject): void {
  const it = PyObject_GetIter(interp, iterable);
  try {
    for (let v = PyIter_Next(interp, it); v !== null; v = PyIter_Next(interp, it)) {
      try {
        ins1(interp, o, ab(o).size, v);
      } finally {
        Py_DECREF(v);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** extend(): an array of the same typecode is copied in one resize; anything else is iterated. CPython: array_do_extend */
export function arrayDoExtend(interp: Interpreter, o: PyObject, bb: PyObject): void {
  if (!isArray(interp, bb)) {
    arrayIterExtend(interp, o, bb);
    return;
  }
  const b = ab(o);
  const other = ab(bb);
  if (b.descr !== other.descr) PyErr_SetString(interp, 'TypeError', 'can only extend with array of same kind');
  const oldsize = b.size;
  const bbsize = other.size;
  arrayResize(interp, o, oldsize + bbsize);
  // bb may be the array itself: its items are the first bbsize of the resized memory.
  if (bbsize > 0) b.mem.set(other.mem.slice(0, bbsize * b.descr.itemsize), oldsize * b.descr.itemsize);
}

// CPython: array_new — array(typecode[, initializer])
export function array_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const state = arrayState(interp);
  const nargs = args.length - kwCount(kwnames);
  if ((type === state.ArrayType || type.tp_init === state.ArrayType.tp_init) && kwCount(kwnames) > 0) {
    PyErr_SetString(interp, 'TypeError', 'array.array() takes no keyword arguments');
  }
  if (nargs < 1) PyErr_SetString(interp, 'TypeError', `array() takes at least 1 argument (${nargs} given)`);
  if (nargs > 2) PyErr_SetString(interp, 'TypeError', `array() takes at most 2 arguments (${nargs} given)`);
  const c = unicodeCharArg(interp, 'array', 1, args[0]!);
  const initial = nargs > 1 ? args[1]! : null;
  PySys_Audit(interp, 'array.__new__', [args[0]!, initial ?? interp.singletons.None]);
  if (initial !== null && c !== 'u') {
    if (initial.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `cannot use a str to initialize an array with typecode '${c}'`);
    if (isArray(interp, initial) && ab(initial).descr.typecode === 'u') {
      PyErr_SetString(interp, 'TypeError', `cannot use a unicode array to initialize an array with typecode '${c}'`);
    }
  }
  return arrayNewInternal(interp, type, initial, c);
}

/** A `C` argument: a str of one character. CPython: getargs.c 'C' */
export function unicodeCharArg(interp: Interpreter, fname: string, pos: number, o: PyObject): string {
  if (!o.ob_type.isSubtypeOf(interp.types.str) || unicodeLength(o) !== 1) {
    const what = o.ob_type.isSubtypeOf(interp.types.str) ? 'a unicode character, not str' : `a unicode character, not ${o.ob_type.tp_name}`;
    PyErr_SetString(interp, 'TypeError', `${fname}() argument ${pos} must be ${what}`);
  }
  return String.fromCodePoint(unicodeCodePoints(o)[0]!);
}

const isBytesLike = (interp: Interpreter, o: PyObject): boolean => o.ob_type.isSubtypeOf(interp.types.bytes) || o.ob_type.isSubtypeOf(interp.types.bytearray);

// CPython: array_new_internal
function arrayNewInternal(interp: Interpreter, type: PyTypeObject, initial: PyObject | null, c: string): PyObject {
  let it: PyObject | null = null;
  const isList = initial !== null && PyList_Check(initial);
  const isTuple = initial !== null && initial.ob_type.isSubtypeOf(interp.types.tuple);
  const sameArray = initial !== null && isArray(interp, initial) && ab(initial).descr.typecode === c;
  if (initial !== null && !(isList || isTuple || isBytesLike(interp, initial) || (c === 'u' && initial.ob_type.isSubtypeOf(interp.types.str)) || sameArray)) {
    it = PyObject_GetIter(interp, initial);
    initial = null;
  }
  try {
    const descr = descrOf(c);
    if (descr === undefined) return PyErr_SetString(interp, 'ValueError', 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
    let len = 0;
    if (initial !== null && (isList || isTuple)) len = (initial.body as PyObject[]).length;
    else if (initial !== null && sameArray) len = ab(initial).size;
    const a = newArray(interp, type, len, descr);
    try {
      if (initial === null) {
        // nothing to copy
      } else if (isList || isTuple) {
        const b = ab(a);
        for (let i = 0; i < len; i++) {
          const items = initial.body as PyObject[];
          if (i >= items.length) PyErr_SetString(interp, 'IndexError', 'list index out of range');
          const v = Py_NewRef(items[i]!);
          try {
            setItem(interp, b, i, v);
          } finally {
            Py_DECREF(v);
          }
        }
      } else if (isBytesLike(interp, initial)) {
        arrayFrombytes(interp, a, initial.body as Uint8Array, 1);
      } else if (initial.ob_type.isSubtypeOf(interp.types.str)) {
        fromWideCharString(interp, a, initial);
      } else if (len > 0) {
        ab(a).mem.set(itemBytes(ab(initial)));
      }
      if (it !== null) arrayIterExtend(interp, a, it);
    } catch (e) {
      Py_DECREF(a);
      throw e;
    }
    return a;
  } finally {
    if (it !== null) Py_DECREF(it);
  }
}

/**
 * A 'u' array made from a str takes over the wchar_t copy PyUnicode_AsWideCharString allocated
 * (n + 1 wide characters with the terminating NUL), or frees it when the str is empty.
 */
function fromWideCharString(interp: Interpreter, a: PyObject, s: PyObject): void {
  const cps = unicodeCodePoints(s);
  const n = cps.length;
  const addr = interp.obmalloc.malloc((n + 1) * 4);
  if (n === 0) {
    interp.obmalloc.free(addr);
    return;
  }
  const mem = new Uint8Array(n * 4);
  const dv = new DataView(mem.buffer);
  for (let i = 0; i < n; i++) dv.setUint32(i * 4, cps[i]!, true);
  adoptBlock(interp, a, addr, mem, n);
}

export const array_length = (o: PyObject): number => ab(o).size;

// CPython: array_item
export function array_item(o: PyObject, i: number): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = ab(o);
  if (i < 0 || i >= b.size) PyErr_SetString(interp, 'IndexError', 'array index out of range');
  return getItem(interp, b, i);
}

// CPython: array_ass_item
export function array_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const b = ab(o);
  if (i < 0 || i >= b.size) PyErr_SetString(interp, 'IndexError', 'array assignment index out of range');
  if (v === null) arrayDelSlice(interp, o, i, i + 1);
  else setItem(interp, b, i, v);
}

const hasIndex = (o: PyObject): boolean => PyLong_Check(o) || o.ob_type.tp_as_number?.nb_index !== undefined;

/** A subscript's index as a ssize_t; too large raises IndexError. CPython: PyNumber_AsSsize_t(item, PyExc_IndexError) */
function subscriptIndex(interp: Interpreter, key: PyObject): number {
  try {
    return PyNumber_AsSsize_t(interp, key);
  } catch (e) {
    if ((e as PyObject).ob_type?.tp_name === 'OverflowError') {
      Py_DECREF(e as PyObject);
      PyErr_SetString(interp, 'IndexError', `cannot fit '${key.ob_type.tp_name}' into an index-sized integer`);
    }
    throw e;
  }
}

// CPython: array_subscr
export function array_subscr(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = ab(o);
  if (hasIndex(key)) {
    let i = subscriptIndex(interp, key);
    if (i < 0) i += b.size;
    return array_item(o, i);
  }
  if (key.ob_type !== interp.types.slice) PyErr_SetString(interp, 'TypeError', 'array indices must be integers');
  const r = PySlice_Unpack(interp, key);
  const n = PySlice_AdjustIndices(b.size, r);
  const [start, , step] = r;
  const state = arrayState(interp);
  if (n <= 0) return newArray(interp, state.ArrayType, 0, b.descr);
  if (step === 1) return arraySlice(interp, o, start, start + n);
  const res = newArray(interp, state.ArrayType, n, b.descr);
  const s = b.descr.itemsize;
  const dst = ab(res).mem;
  for (let i = 0, cur = start; i < n; i++, cur += step) dst.set(b.mem.subarray(cur * s, cur * s + s), i * s);
  return res;
}

// CPython: array_ass_subscr
export function array_ass_subscr(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  const b = ab(o);
  let start: number, stop: number, step: number, slicelength: number;
  if (hasIndex(key)) {
    let i = subscriptIndex(interp, key);
    if (i < 0) i += b.size;
    if (i < 0 || i >= b.size) PyErr_SetString(interp, 'IndexError', 'array assignment index out of range');
    if (value !== null) {
      setItem(interp, b, i, value);
      return;
    }
    [start, stop, step, slicelength] = [i, i + 1, 1, 1];
  } else if (key.ob_type === interp.types.slice) {
    const r = PySlice_Unpack(interp, key);
    slicelength = PySlice_AdjustIndices(b.size, r);
    [start, stop, step] = r;
  } else {
    return PyErr_SetString(interp, 'TypeError', 'array indices must be integers');
  }
  let other: ArrayBody | null = null;
  if (value !== null) {
    if (!isArray(interp, value)) PyErr_SetString(interp, 'TypeError', `can only assign array (not "${value.ob_type.tp_name}") to array slice`);
    if (value === o) {
      // self[i:j] = self: a copy first.
      const copy = arraySlice(interp, value, 0, ab(value).size);
      try {
        array_ass_subscr(o, key, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    other = ab(value);
    if (other.descr !== b.descr) PyErr_SetString(interp, 'TypeError', 'bad argument type for built-in operation');
  }
  const needed = other === null ? 0 : other.size;
  const s = b.descr.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if ((needed === 0 || slicelength !== needed) && b.exports > 0) checkResizable(interp, b);
  if (step === 1) {
    if (slicelength > needed) {
      moveItems(b, start + needed, stop, b.size - stop);
      arrayResize(interp, o, b.size + needed - slicelength);
    } else if (slicelength < needed) {
      arrayResize(interp, o, b.size + needed - slicelength);
      moveItems(b, start + needed, stop, b.size - start - needed);
    }
    if (needed > 0) b.mem.set(other!.mem.subarray(0, needed * s), start * s);
    return;
  }
  if (needed === 0) {
    // Deleting an extended slice: close each gap, from the lowest index up.
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    let cur = start;
    for (let i = 0; i < slicelength; cur += step, i++) {
      let lim = step - 1;
      if (cur + step >= b.size) lim = b.size - cur - 1;
      moveItems(b, cur - i, cur + 1, lim);
    }
    cur = start + slicelength * step;
    if (cur < b.size) moveItems(b, cur - slicelength, cur, b.size - cur);
    arrayResize(interp, o, b.size - slicelength);
    return;
  }
  if (needed !== slicelength) PyErr_SetString(interp, 'ValueError', `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) b.mem.set(other!.mem.subarray(i * s, i * s + s), cur * s);
}

// CPython: array_richcompare — same-typecode integer and unicode arrays compare their memory.
export function array_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!isArray(interp, v) || !isArray(interp, w)) return Py_NewRef(interp.singletons.NotImplemented);
  const va = ab(v);
  const wa = ab(w);
  const bool = (x: boolean) => Py_NewRef(x ? interp.singletons.True : interp.singletons.False);
  if (va.size !== wa.size && (op === Py_EQ || op === Py_NE)) return bool(op === Py_NE);
  const sizes = (): PyObject => bool(cmpOp(op, va.size - wa.size));
  if (va.descr === wa.descr && va.descr.fastCompare) {
    const n = Math.min(va.size, wa.size);
    const s = va.descr.itemsize;
    for (let i = 0; i < n; i++) {
      const x = va.descr.read(va.dv, i * s);
      const y = wa.descr.read(wa.dv, i * s);
      if (x !== y) return bool(cmpOp(op, x < y ? -1 : 1));
    }
    return sizes();
  }
  for (let i = 0; i < va.size && i < wa.size; i++) {
    const vi = getItem(interp, va, i);
    let wi: PyObject;
    try {
      wi = getItem(interp, wa, i);
    } catch (e) {
      Py_DECREF(vi);
      throw e;
    }
    try {
      if (!PyObject_RichCompareBool(interp, vi, wi, Py_EQ)) {
        if (op === Py_EQ || op === Py_NE) return bool(op === Py_NE);
        return PyObject_RichCompare(interp, vi, wi, op);
      }
    } finally {
      Py_DECREF(vi);
      Py_DECREF(wi);
    }
  }
  return sizes();
}

function cmpOp(op: number, c: number): boolean {
  switch (op) {
    case Py_LT: return c < 0;
    case Py_LE: return c <= 0;
    case Py_EQ: return c === 0;
    case Py_NE: return c !== 0;
    case Py_GT: return c > 0;
    case Py_GE: return c >= 0;
    default: return false;
  }
}

// CPython: array_concat
export function array_concat(a: PyObject, bb: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  if (!isArray(interp, bb)) PyErr_SetString(interp, 'TypeError', `can only append array (not "${bb.ob_type.tp_name}") to array`);
  const x = ab(a);
  const y = ab(bb);
  if (x.descr !== y.descr) PyErr_SetString(interp, 'TypeError', 'bad argument type for built-in operation');
  const np = newArray(interp, arrayState(interp).ArrayType, x.size + y.size, x.descr);
  ab(np).mem.set(itemBytes(x));
  ab(np).mem.set(itemBytes(y), x.size * x.descr.itemsize);
  return np;
}

/** `bytes` repeated to fill `dst`. CPython: _PyBytes_Repeat */
function repeatInto(dst: Uint8Array, src: Uint8Array): void {
  if (src.length === 0 || dst.length === 0) return;
  dst.set(src);
  for (let done = src.length; done < dst.length; done *= 2) dst.copyWithin(done, 0, Math.min(done, dst.length - done));
}

// CPython: array_repeat
export function array_repeat(a: PyObject, n: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = ab(a);
  if (n < 0) n = 0;
  if (x.size !== 0 && n * x.size * x.descr.itemsize > Number.MAX_SAFE_INTEGER) PyErr_SetString(interp, 'MemoryError', '');
  const np = newArray(interp, arrayState(interp).ArrayType, x.size * n, x.descr);
  repeatInto(itemBytes(ab(np)), itemBytes(x).slice());
  return np;
}

// CPython: array_inplace_concat
export function array_inplace_concat(a: PyObject, bb: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  if (!isArray(interp, bb)) PyErr_SetString(interp, 'TypeError', `can only extend array with array (not "${bb.ob_type.tp_name}")`);
  arrayDoExtend(interp, a, bb);
  return Py_NewRef(a);
}

// CPython: array_inplace_repeat
export function array_inplace_repeat(a: PyObject, n: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const x = ab(a);
  const size = x.size;
  if (size > 0 && n !== 1) {
    if (n < 0) n = 0;
    if (n * size * x.descr.itemsize > Number.MAX_SAFE_INTEGER) PyErr_SetString(interp, 'MemoryError', '');
    const data = itemBytes(x).slice();
    arrayResize(interp, a, n * size);
    repeatInto(itemBytes(x), data);
  }
  return Py_NewRef(a);
}

// CPython: array_contains
export function array_contains(o: PyObject, v: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  const b = ab(o);
  for (let i = 0; i < b.size; i++) {
    const item = getItem(interp, b, i);
    try {
      if (PyObject_RichCompareBool(interp, item, v, Py_EQ)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

// CPython: array_repr — array('i', [1, 2]) or array('u', 'text')
export function array_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = ab(o);
  const tc = b.descr.typecode;
  const name = shortTypeName(o.ob_type);
  if (b.size === 0) return PyUnicode_FromString(interp, `${name}('${tc}')`);
  const v = tc === 'u' ? arrayTounicode(interp, o) : arrayTolist(interp, o);
  let text: string;
  try {
    text = reprText(interp, v);
  } finally {
    Py_DECREF(v);
  }
  return PyUnicode_FromString(interp, `${name}('${tc}', ${text})`);
}

/** The buffer export: the items in use, with the typecode's struct format. CPython: array_buffer_getbuf, array_buffer_relbuf */
export const ARRAY_BUFFER_PROCS: BufferProcs = {
  bf_getbuffer: (o) => itemBytes(ab(o)),
  bf_readonly: false,
  bf_exports: (o, delta) => {
    ab(o).exports += delta;
  },
  bf_format: (o) => ({ format: ab(o).descr.format, itemsize: ab(o).descr.itemsize }),
};
