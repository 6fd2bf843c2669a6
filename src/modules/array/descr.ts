// The item types of array.array: how each typecode reads an item from memory and converts a
// Python object to one. CPython 3.12: Modules/arraymodule.c (descriptors[], b_getitem ..
// d_setitem, the compareitems functions) with Python/getargs.c's 'b', 'h', 'i', 'l', 'L', 'f', 'd'
// converters, which give the range errors their wording.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_AsDouble, PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyUnicode_FromCodePoints, unicodeCodePoints, unicodeLength } from '../../objects/unicodeobject.ts';

/** An item's value: a number, or a bigint for the 64-bit integer types. */
export type ItemValue = number | bigint;

export interface ArrayDescr {
  typecode: string;
  itemsize: number;
  /** The struct format a buffer export announces ('w' for 'u': wchar_t is 4 bytes). */
  format: string;
  isInteger: boolean;
  isSigned: boolean;
  /** Whether same-typecode arrays compare their memory directly (CPython: compareitems != NULL). */
  fastCompare: boolean;
  /** The machine format code pickles carry (CPython: typecode_to_mformat_code, little-endian 64-bit). */
  mformat: number;
  read(dv: DataView, off: number): ItemValue;
  write(dv: DataView, off: number, v: ItemValue): void;
  /** The C value of `v`, or the TypeError/OverflowError CPython's setitem raises. */
  convert(interp: Interpreter, v: PyObject): ItemValue;
  /** The Python object of an item (a new reference). CPython: the getitem functions */
  box(interp: Interpreter, v: ItemValue): PyObject;
}

const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);
const ULONG_MAX = 2n ** 64n - 1n;

/** PyLong_AsLong on an int or an __index__ object. */
function asLong(interp: Interpreter, v: PyObject): number | bigint {
  const x = indexValueOf(interp, v);
  if (typeof x === 'bigint' && (x > LONG_MAX || x < LONG_MIN)) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C long');
  return x;
}

/** getargs.c's range check of a converted long: "<what> is less than minimum" / "greater than maximum". */
function inRange(interp: Interpreter, x: number | bigint, min: number, max: number, what: string): number {
  if (x < min) PyErr_SetString(interp, 'OverflowError', `${what} is less than minimum`);
  if (x > max) PyErr_SetString(interp, 'OverflowError', `${what} is greater than maximum`);
  return Number(x);
}

// CPython: getargs.c 'h' (signed short)
const argShort = (interp: Interpreter, v: PyObject): number => inRange(interp, asLong(interp, v), -32768, 32767, 'signed short integer');
// CPython: getargs.c 'i' (int)
const argInt = (interp: Interpreter, v: PyObject): number => inRange(interp, asLong(interp, v), -(2 ** 31), 2 ** 31 - 1, 'signed integer');

/** PyLong_AsUnsignedLong: negative values and values past 64 bits are errors. */
function asUnsignedLong(interp: Interpreter, v: PyObject): number | bigint {
  const x = indexValueOf(interp, v);
  if (x < 0) PyErr_SetString(interp, 'OverflowError', "can't convert negative value to unsigned int");
  if (typeof x === 'bigint' && x > ULONG_MAX) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C unsigned long');
  return x;
}

const boxInt = (interp: Interpreter, v: ItemValue): PyObject => (typeof v === 'bigint' ? PyLong_FromBigInt(interp, v) : PyLong_FromNumber(interp, v));
const boxFloat = (interp: Interpreter, v: ItemValue): PyObject => PyFloat_FromDouble(interp, v as number);

// The machine format codes (CPython: enum machine_format_code) of a little-endian 64-bit machine.
const MF = { U8: 0, S8: 1, U16: 2, S16: 4, U32: 6, S32: 8, U64: 10, S64: 12, F32: 14, F64: 16, UTF32: 20 } as const;

interface Spec {
  itemsize: number;
  isInteger?: boolean;
  isSigned?: boolean;
  fastCompare?: boolean;
  format?: string;
  mformat: number;
  read: ArrayDescr['read'];
  write: ArrayDescr['write'];
  convert: ArrayDescr['convert'];
  box?: ArrayDescr['box'];
}

function descr(typecode: string, s: Spec): ArrayDescr {
  return {
    typecode, itemsize: s.itemsize, format: s.format ?? typecode, isInteger: s.isInteger ?? true, isSigned: s.isSigned ?? false,
    fastCompare: s.fastCompare ?? true, mformat: s.mformat, read: s.read, write: s.write, convert: s.convert, box: s.box ?? boxInt,
  };
}

const w8 = (dv: DataView, o: number, v: ItemValue) => dv.setUint8(o, Number(v) & 0xff);
const w16 = (dv: DataView, o: number, v: ItemValue) => dv.setUint16(o, Number(v) & 0xffff, true);
const w32 = (dv: DataView, o: number, v: ItemValue) => dv.setUint32(o, Number(v) >>> 0, true);
const w64 = (dv: DataView, o: number, v: ItemValue) => dv.setBigUint64(o, BigInt.asUintN(64, BigInt(v)), true);

/** A 64-bit item as a number when it is a safe integer. */
function small(v: bigint): ItemValue {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** The C values of 'u' items: one code point from a str of length 1. CPython 3.12: u_setitem */
function convertWchar(interp: Interpreter, v: PyObject): number {
  if (!v.ob_type.isSubtypeOf(interp.types.str) || unicodeLength(v) !== 1) PyErr_SetString(interp, 'TypeError', 'array item must be unicode character');
  return unicodeCodePoints(v)[0]!;
}

/** A wchar_t as a str. CPython: PyUnicode_FromOrdinal */
function boxWchar(interp: Interpreter, v: ItemValue): PyObject {
  const cp = Number(v) | 0;
  if (cp < 0 || cp > 0x10ffff) PyErr_SetString(interp, 'ValueError', 'chr() arg not in range(0x110000)');
  return PyUnicode_FromCodePoints(interp, [cp]);
}

/** The typecodes in CPython's order (array.typecodes). */
export const DESCRIPTORS: readonly ArrayDescr[] = [
  descr('b', {
    itemsize: 1, isSigned: true, mformat: MF.S8, read: (dv, o) => dv.getInt8(o), write: w8,
    convert: (interp, v) => inRange(interp, argShort(interp, v), -128, 127, 'signed char'),
  }),
  descr('B', {
    itemsize: 1, mformat: MF.U8, read: (dv, o) => dv.getUint8(o), write: w8,
    convert: (interp, v) => inRange(interp, asLong(interp, v), 0, 255, 'unsigned byte integer'),
  }),
  descr('u', {
    itemsize: 4, isInteger: false, format: 'w', mformat: MF.UTF32, read: (dv, o) => dv.getInt32(o, true), write: w32, convert: convertWchar, box: boxWchar,
  }),
  descr('h', { itemsize: 2, isSigned: true, mformat: MF.S16, read: (dv, o) => dv.getInt16(o, true), write: w16, convert: argShort }),
  descr('H', {
    itemsize: 2, mformat: MF.U16, read: (dv, o) => dv.getUint16(o, true), write: w16,
    convert: (interp, v) => inRange(interp, argInt(interp, v), 0, 65535, 'unsigned short'),
  }),
  descr('i', { itemsize: 4, isSigned: true, mformat: MF.S32, read: (dv, o) => dv.getInt32(o, true), write: w32, convert: argInt }),
  descr('I', {
    itemsize: 4, mformat: MF.U32, read: (dv, o) => dv.getUint32(o, true), write: w32,
    convert: (interp, v) => {
      const x = asUnsignedLong(interp, v);
      if (x > 0xffffffff) PyErr_SetString(interp, 'OverflowError', 'unsigned int is greater than maximum');
      return Number(x);
    },
  }),
  descr('l', { itemsize: 8, isSigned: true, mformat: MF.S64, read: (dv, o) => small(dv.getBigInt64(o, true)), write: w64, convert: asLong }),
  descr('L', { itemsize: 8, mformat: MF.U64, read: (dv, o) => small(dv.getBigUint64(o, true)), write: w64, convert: asUnsignedLong }),
  descr('q', {
    itemsize: 8, isSigned: true, mformat: MF.S64, read: (dv, o) => small(dv.getBigInt64(o, true)), write: w64,
    // getargs.c 'L': PyLong_AsLongLong
    convert: (interp, v) => {
      const x = indexValueOf(interp, v);
      if (typeof x === 'bigint' && (x > LONG_MAX || x < LONG_MIN)) PyErr_SetString(interp, 'OverflowError', 'int too big to convert');
      return x;
    },
  }),
  descr('Q', {
    itemsize: 8, mformat: MF.U64, read: (dv, o) => small(dv.getBigUint64(o, true)), write: w64,
    // CPython: PyLong_AsUnsignedLongLong
    convert: (interp, v) => {
      const x = indexValueOf(interp, v);
      if (x < 0) PyErr_SetString(interp, 'OverflowError', "can't convert negative int to unsigned");
      if (typeof x === 'bigint' && x > ULONG_MAX) PyErr_SetString(interp, 'OverflowError', 'int too big to convert');
      return x;
    },
  }),
  descr('f', {
    itemsize: 4, isInteger: false, fastCompare: false, mformat: MF.F32, read: (dv, o) => dv.getFloat32(o, true),
    write: (dv, o, v) => dv.setFloat32(o, v as number, true), convert: (interp, v) => Math.fround(PyFloat_AsDouble(interp, v)), box: boxFloat,
  }),
  descr('d', {
    itemsize: 8, isInteger: false, fastCompare: false, mformat: MF.F64, read: (dv, o) => dv.getFloat64(o, true),
    write: (dv, o, v) => dv.setFloat64(o, v as number, true), convert: (interp, v) => PyFloat_AsDouble(interp, v), box: boxFloat,
  }),
];

export const TYPECODES = DESCRIPTORS.map((d) => d.typecode).join('');

export function descrOf(typecode: string): ArrayDescr | undefined {
  return DESCRIPTORS.find((d) => d.typecode === typecode);
}

/** The size and signedness of the integer machine formats (CPython: mformat_descriptors). */
export function mformatInt(code: number): { size: number; signed: boolean; bigEndian: boolean } | null {
  if (code < 0 || code > 13) return null;
  const size = code < 2 ? 1 : code < 6 ? 2 : code < 10 ? 4 : 8;
  if (code < 2) return { size, signed: code === 1, bigEndian: false };
  const k = (code - 2) % 4;
  return { size, signed: k >= 2, bigEndian: k % 2 === 1 };
}
