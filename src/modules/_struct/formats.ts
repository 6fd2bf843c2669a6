// The struct format language: the native and standard tables of item sizes, alignments, packers
// and unpackers, and the compiling of a format into codes. CPython: Modules/_struct.c
// (native_table, lilendian_table, bigendian_table, whichtable, getentry, align, prepare_s).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_AsDouble, PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyNumericError } from '../../objects/numeric/errors.ts';
import { packHalf, unpackHalf } from '../../objects/numeric/float_pack.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { dropException } from '../modsupport.ts';

/** What packing and unpacking need: the module's struct.error. */
export interface StructContext {
  interp: Interpreter;
  error: PyTypeObject;
}

interface FormatDef {
  size: number;
  /** Native alignment; 0 in the standard tables. */
  align: number;
  pack(ctx: StructContext, dv: DataView, off: number, v: PyObject, le: boolean, code: Code): void;
  unpack(ctx: StructContext, dv: DataView, off: number, le: boolean, code: Code): PyObject;
}

/** One compiled item (or run of items of one kind). CPython: formatcode */
export interface Code {
  fmt: string;
  def: FormatDef;
  offset: number;
  /** The size of one item (of the whole string for 's' and 'p'). */
  size: number;
  repeat: number;
}

export interface CompiledFormat {
  codes: Code[];
  /** The packed size. */
  size: number;
  /** How many values pack takes. */
  len: number;
  littleEndian: boolean;
}

/** A value for an integer format, through __index__. CPython: get_pylong */
function intOf(ctx: StructContext, v: PyObject): bigint {
  if (PyLong_Check(v)) return BigInt(longValue(v));
  if (v.ob_type.tp_as_number?.nb_index === undefined) PyErr_SetString(ctx.interp, ctx.error, 'required argument is not an integer');
  return BigInt(indexValueOf(ctx.interp, v));
}

/** A value for a float format; any failure becomes struct.error. CPython: np_double, np_float */
function floatOf(ctx: StructContext, v: PyObject): number {
  try {
    return PyFloat_AsDouble(ctx.interp, v);
  } catch (e) {
    // The numeric layer's errors (an int too large for a double) are JS errors until raised.
    if (!(e instanceof PyNumericError)) dropException(e);
    return PyErr_SetString(ctx.interp, ctx.error, 'required argument is not a float');
  }
}

// CPython: _range_error
function rangeError(ctx: StructContext, fmt: string, size: number, unsigned: boolean): never {
  const bits = BigInt(size * 8);
  const msg = unsigned ? `'${fmt}' format requires 0 <= number <= ${(1n << bits) - 1n}`
    : `'${fmt}' format requires ${-(1n << (bits - 1n))} <= number <= ${(1n << (bits - 1n)) - 1n}`;
  return PyErr_SetString(ctx.interp, ctx.error, msg);
}

function intDef(size: number, align: number, unsigned: boolean): FormatDef {
  const bits = BigInt(size * 8);
  const min = unsigned ? 0n : -(1n << (bits - 1n));
  const max = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  return {
    size, align,
    pack(ctx, dv, off, v, le, code) {
      const x = intOf(ctx, v);
      if (x < min || x > max) rangeError(ctx, code.fmt, size, unsigned);
      writeInt(dv, off, size, x, le);
    },
    unpack(ctx, dv, off, le) {
      const x = readInt(dv, off, size, le, unsigned);
      return typeof x === 'number' ? PyLong_FromNumber(ctx.interp, x) : PyLong_FromBigInt(ctx.interp, x);
    },
  };
}

function writeInt(dv: DataView, off: number, size: number, x: bigint, le: boolean): void {
  switch (size) {
    case 1: dv.setUint8(off, Number(BigInt.asUintN(8, x))); break;
    case 2: dv.setUint16(off, Number(BigInt.asUintN(16, x)), le); break;
    case 4: dv.setUint32(off, Number(BigInt.asUintN(32, x)), le); break;
    default: dv.setBigUint64(off, BigInt.asUintN(64, x), le);
  }
}

function readInt(dv: DataView, off: number, size: number, le: boolean, unsigned: boolean): number | bigint {
  switch (size) {
    case 1: return unsigned ? dv.getUint8(off) : dv.getInt8(off);
    case 2: return unsigned ? dv.getUint16(off, le) : dv.getInt16(off, le);
    case 4: return unsigned ? dv.getUint32(off, le) : dv.getInt32(off, le);
    default: return unsigned ? dv.getBigUint64(off, le) : dv.getBigInt64(off, le);
  }
}

// CPython: np_void_p / nu_void_p (PyLong_AsVoidPtr accepts negatives as their two's complement)
const voidPtrDef: FormatDef = {
  size: 8, align: 8,
  pack(ctx, dv, off, v, le) {
    const x = intOf(ctx, v);
    if (x >= 1n << 64n || x < -(1n << 63n)) PyErr_SetString(ctx.interp, ctx.error, 'int too large to convert');
    dv.setBigUint64(off, BigInt.asUintN(64, x), le);
  },
  unpack(ctx, dv, off, le) {
    return PyLong_FromBigInt(ctx.interp, dv.getBigUint64(off, le));
  },
};

function floatDef(size: 2 | 4 | 8, align: number, checkOverflow: boolean): FormatDef {
  return {
    size, align,
    pack(ctx, dv, off, v, le, code) {
      const x = floatOf(ctx, v);
      if (size === 8) dv.setFloat64(off, x, le);
      else if (size === 4) {
        // The native 'f' is a C cast, which does not check for overflow. CPython: np_float, PyFloat_Pack4
        if (checkOverflow && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) {
          PyErr_SetString(ctx.interp, 'OverflowError', `float too large to pack with ${code.fmt} format`);
        }
        dv.setFloat32(off, x, le);
      } else {
        const h = packHalf(x);
        if (h === null) PyErr_SetString(ctx.interp, 'OverflowError', 'float too large to pack with e format');
        dv.setUint16(off, h, le);
      }
    },
    unpack(ctx, dv, off, le) {
      const x = size === 8 ? dv.getFloat64(off, le) : size === 4 ? dv.getFloat32(off, le) : unpackHalf(dv.getUint16(off, le));
      return PyFloat_FromDouble(ctx.interp, x);
    },
  };
}

const padDef: FormatDef = {
  size: 1, align: 0,
  pack() { /* padding takes no value */ },
  unpack(ctx) { return Py_NewRef(ctx.interp.singletons.None); },
};

const boolDef: FormatDef = {
  size: 1, align: 0,
  pack(ctx, dv, off, v) { dv.setUint8(off, PyObject_IsTrue(ctx.interp, v) ? 1 : 0); },
  unpack(ctx, dv, off) { return Py_NewRef(dv.getUint8(off) !== 0 ? ctx.interp.singletons.True : ctx.interp.singletons.False); },
};

const charDef: FormatDef = {
  size: 1, align: 0,
  pack(ctx, dv, off, v) {
    const t = ctx.interp.types;
    if (!v.ob_type.isSubtypeOf(t.bytes) || (v.body as Uint8Array).length !== 1) {
      PyErr_SetString(ctx.interp, ctx.error, 'char format requires a bytes object of length 1');
    }
    dv.setUint8(off, (v.body as Uint8Array)[0]!);
  },
  unpack(ctx, dv, off) { return PyBytes_FromData(ctx.interp, Uint8Array.of(dv.getUint8(off))); },
};

function bytesArg(ctx: StructContext, v: PyObject, fmt: string): Uint8Array {
  const t = ctx.interp.types;
  if (!v.ob_type.isSubtypeOf(t.bytes) && !v.ob_type.isSubtypeOf(t.bytearray)) {
    PyErr_SetString(ctx.interp, ctx.error, `argument for '${fmt}' must be a bytes object`);
  }
  return v.body as Uint8Array;
}

function bytesView(dv: DataView, off: number, n: number): Uint8Array {
  return new Uint8Array(dv.buffer, dv.byteOffset + off, n);
}

// 's': the bytes, cut or padded with NULs to the count. CPython: s_pack / s_unpack
const stringDef: FormatDef = {
  size: 1, align: 0,
  pack(ctx, dv, off, v, _le, code) {
    const data = bytesArg(ctx, v, 's');
    bytesView(dv, off, code.size).set(data.subarray(0, code.size));
  },
  unpack(ctx, dv, off, _le, code) { return PyBytes_FromData(ctx.interp, bytesView(dv, off, code.size).slice()); },
};

// 'p': a length byte, then the bytes. CPython: s_pack / s_unpack (the 'p' branches)
const pascalDef: FormatDef = {
  size: 1, align: 0,
  pack(ctx, dv, off, v, _le, code) {
    const data = bytesArg(ctx, v, 'p');
    if (code.size === 0) return;
    const n = Math.min(data.length, code.size - 1);
    bytesView(dv, off + 1, n).set(data.subarray(0, n));
    dv.setUint8(off, Math.min(n, 255));
  },
  unpack(ctx, dv, off, _le, code) {
    const n = Math.min(dv.getUint8(off), code.size - 1);
    return PyBytes_FromData(ctx.interp, bytesView(dv, off + 1, n).slice());
  },
};

/** A format table: native (with C alignment) or standard (fixed sizes, no alignment). */
function table(native: boolean): Map<string, FormatDef> {
  const a = (n: number) => (native ? n : 0);
  const longSize = native ? 8 : 4;
  const m = new Map<string, FormatDef>([
    ['x', padDef], ['c', charDef], ['s', stringDef], ['p', pascalDef], ['?', boolDef],
    ['b', intDef(1, a(1), false)], ['B', intDef(1, a(1), true)],
    ['h', intDef(2, a(2), false)], ['H', intDef(2, a(2), true)],
    ['i', intDef(4, a(4), false)], ['I', intDef(4, a(4), true)],
    ['l', intDef(longSize, a(longSize), false)], ['L', intDef(longSize, a(longSize), true)],
    ['q', intDef(8, a(8), false)], ['Q', intDef(8, a(8), true)],
    ['e', floatDef(2, a(2), true)], ['f', floatDef(4, a(4), !native)], ['d', floatDef(8, a(8), true)],
  ]);
  if (native) {
    m.set('n', intDef(8, 8, false));
    m.set('N', intDef(8, 8, true));
    m.set('P', voidPtrDef);
  }
  return m;
}

const NATIVE = table(true);
const STANDARD = table(false);
const SSIZE_MAX = 2 ** 63 - 1;

/** The compiled form of a format, cached by its text. */
const cache = new Map<string, CompiledFormat>();
const MAXCACHE = 100;

/** Compiles a format (its text, latin-1). CPython: prepare_s */
export function compileFormat(ctx: StructContext, fmt: string): CompiledFormat {
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit;
  const first = fmt[0];
  const native = first !== '<' && first !== '>' && first !== '!' && first !== '=';
  const tbl = native ? NATIVE : STANDARD;
  // '=' is the machine's order (little-endian) with standard sizes; '@' and none are native.
  const littleEndian = first !== '>' && first !== '!';
  let i = first === '@' || !native ? 1 : 0;
  const codes: Code[] = [];
  let size = 0;
  let len = 0;
  const tooLong = (): never => PyErr_SetString(ctx.interp, ctx.error, 'total struct size too long');
  while (i < fmt.length) {
    let c = fmt[i++]!;
    if (c === ' ' || (c >= '\t' && c <= '\r')) continue;
    let num = 1;
    if (c >= '0' && c <= '9') {
      num = c.charCodeAt(0) - 48;
      for (;;) {
        if (i >= fmt.length) PyErr_SetString(ctx.interp, ctx.error, 'repeat count given without format specifier');
        c = fmt[i++]!;
        if (c < '0' || c > '9') break;
        num = num * 10 + (c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) tooLong();
      }
    }
    const def = tbl.get(c);
    if (def === undefined) PyErr_SetString(ctx.interp, ctx.error, 'bad char in struct format');
    if (def.align > 0 && size > 0) size += (def.align - 1) - ((size - 1) % def.align);
    if (num > (SSIZE_MAX - size) / def.size) tooLong();
    if (c === 's' || c === 'p') {
      codes.push({ fmt: c, def, offset: size, size: num, repeat: 1 });
      len++;
    } else if (c !== 'x') {
      if (num > 0) codes.push({ fmt: c, def, offset: size, size: def.size, repeat: num });
      len += num;
    }
    size += num * def.size;
  }
  const compiled: CompiledFormat = { codes, size, len, littleEndian };
  if (cache.size >= MAXCACHE) cache.clear();
  cache.set(fmt, compiled);
  return compiled;
}

/** Packs `values` (exactly cf.len of them) into `out` at `base`. CPython: s_pack_internal */
export function packInto(ctx: StructContext, cf: CompiledFormat, values: readonly PyObject[], out: Uint8Array, base: number): void {
  out.fill(0, base, base + cf.size);
  const dv = new DataView(out.buffer, out.byteOffset + base, cf.size);
  let k = 0;
  for (const code of cf.codes) {
    if (code.fmt === 's' || code.fmt === 'p') {
      code.def.pack(ctx, dv, code.offset, values[k++]!, cf.littleEndian, code);
      continue;
    }
    for (let r = 0; r < code.repeat; r++) code.def.pack(ctx, dv, code.offset + r * code.size, values[k++]!, cf.littleEndian, code);
  }
}

/** The values of one packed struct at `base` of `data`. CPython: s_unpack_internal */
export function unpackItems(ctx: StructContext, cf: CompiledFormat, data: Uint8Array, base: number): PyObject[] {
  const dv = new DataView(data.buffer, data.byteOffset + base, cf.size);
  const items: PyObject[] = [];
  for (const code of cf.codes) {
    if (code.fmt === 's' || code.fmt === 'p') {
      items.push(code.def.unpack(ctx, dv, code.offset, cf.littleEndian, code));
      continue;
    }
    for (let r = 0; r < code.repeat; r++) items.push(code.def.unpack(ctx, dv, code.offset + r * code.size, cf.littleEndian, code));
  }
  return items;
}

/** Forgets the compiled formats. CPython: _clearcache */
export function clearFormatCache(): void {
  cache.clear();
}

/** The number of formatcodes CPython's Struct holds (for __sizeof__). */
export function codeCount(cf: CompiledFormat): number {
  return cf.codes.length;
}
