// _struct.Struct: a compiled format with pack, unpack and their buffer forms. CPython:
// Modules/_struct.c (s_new, Struct___init__, s_pack, s_pack_into, s_unpack, s_unpack_from,
// Struct_iter_unpack, s_sizeof).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyNumber_AsSsize_t } from '../../objects/abstract.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { needBuffer, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { writableBufferOf } from '../../objects/memoryobject.ts';
import type { BuiltinImpl } from '../../objects/methodobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { codeCount, compileFormat, packInto, unpackItems, type CompiledFormat, type StructContext } from './formats.ts';
import { structState } from './state.ts';

interface StructBody {
  /** The format as a str; None before __init__. */
  format: PyObject;
  cf: CompiledFormat | null;
}

const SIZEOF_STRUCT = 56;
const SIZEOF_FORMATCODE = 32;

const body = (o: PyObject): StructBody => o.body as StructBody;

export function structContext(interp: Interpreter): StructContext {
  return { interp, error: structState(interp).error };
}

/** The text of a format argument (str or bytes). CPython: Struct___init___impl's conversion */
export function formatText(interp: Interpreter, fmt: PyObject): string {
  const t = interp.types;
  let text: string;
  if (fmt.ob_type.isSubtypeOf(t.str)) {
    text = unicodeText(fmt);
    const bad = /[^\x00-\x7f]/.exec(text);
    if (bad !== null) {
      PyErr_SetString(interp, 'UnicodeEncodeError', `'ascii' codec can't encode character '\\x${bad[0].charCodeAt(0).toString(16)}' in position ${bad.index}: ordinal not in range(128)`);
    }
  } else if (fmt.ob_type.isSubtypeOf(t.bytes)) {
    text = String.fromCharCode(...(fmt.body as Uint8Array));
  } else {
    return PyErr_SetString(interp, 'TypeError', `Struct() argument 1 must be a str or bytes object, not ${fmt.ob_type.tp_name}`);
  }
  if (text.includes('\0')) PyErr_SetString(interp, structState(interp).error, 'embedded null character');
  return text;
}

/** The compiled format of a struct.pack-style format argument. CPython: cache_struct_converter */
export function compiledOf(interp: Interpreter, fmt: PyObject): CompiledFormat {
  return compileFormat(structContext(interp), formatText(interp, fmt));
}

// CPython: s_new — a Struct with no format yet.
export function s_new(type: PyTypeObject): PyObject {
  const interp = type.tp_interp;
  return allocInstance(interp, type, SIZEOF_STRUCT, 0, { format: Py_NewRef(interp.singletons.None), cf: null } satisfies StructBody);
}

// CPython: Struct___init___impl
export function s_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [fmt] = unpackKeywords(interp, 'Struct', ['format'], 0, 1, 1, args, kwnames);
  const text = formatText(interp, fmt!);
  const cf = compileFormat(structContext(interp), text);
  const b = body(self);
  const old = b.format;
  b.format = PyUnicode_FromString(interp, text);
  b.cf = cf;
  Py_DECREF(old);
}

export function s_dealloc(o: PyObject): void {
  Py_XDECREF(body(o).format);
  freeObject(o);
}

function compiled(interp: Interpreter, o: PyObject): CompiledFormat {
  const cf = body(o).cf;
  if (cf === null) return PyErr_SetString(interp, 'SystemError', 'Struct object not initialised');
  return cf;
}

/** `values` packed into a new bytes. CPython: s_pack */
export function packToBytes(interp: Interpreter, cf: CompiledFormat, values: readonly PyObject[]): PyObject {
  if (values.length !== cf.len) {
    PyErr_SetString(interp, structState(interp).error, `pack expected ${cf.len} items for packing (got ${values.length})`);
  }
  const out = new Uint8Array(cf.size);
  packInto(structContext(interp), cf, values, out, 0);
  return PyBytes_FromData(interp, out);
}

/** The writable memory of a buffer argument. CPython: PyObject_GetBuffer(PyBUF_WRITABLE) */
function writableBuffer(interp: Interpreter, o: PyObject): Uint8Array {
  return writableBufferOf(interp, o) ?? PyErr_SetString(interp, 'TypeError', `argument must be read-write bytes-like object, not ${o.ob_type.tp_name}`);
}

/** pack_into(buffer, offset, *values). CPython: s_pack_into */
export function packIntoBuffer(interp: Interpreter, cf: CompiledFormat, args: readonly PyObject[]): PyObject {
  const error = structState(interp).error;
  if (args.length !== cf.len + 2) {
    if (args.length === 0) PyErr_SetString(interp, error, 'pack_into expected buffer argument');
    if (args.length === 1) PyErr_SetString(interp, error, 'pack_into expected offset argument');
    PyErr_SetString(interp, error, `pack_into expected ${cf.len} items for packing (got ${args.length - 2})`);
  }
  const buf = writableBuffer(interp, args[0]!);
  let offset = PyNumber_AsSsize_t(interp, args[1]!);
  const size = cf.size;
  if (offset < 0) {
    if (offset + size > 0) PyErr_SetString(interp, error, `no space to pack ${size} bytes at offset ${offset}`);
    if (offset + buf.length < 0) PyErr_SetString(interp, error, `offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < size) {
    PyErr_SetString(interp, error,
      `pack_into requires a buffer of at least ${size + offset} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  }
  packInto(structContext(interp), cf, args.slice(2), buf, offset);
  return Py_NewRef(interp.singletons.None);
}

function itemsTuple(interp: Interpreter, cf: CompiledFormat, data: Uint8Array, offset: number): PyObject {
  return tupleFromItemsSteal(interp, unpackItems(structContext(interp), cf, data, offset));
}

/** CPython: s_unpack */
export function unpackBuffer(interp: Interpreter, cf: CompiledFormat, buffer: PyObject): PyObject {
  const data = needBuffer(interp, buffer);
  if (data.length !== cf.size) PyErr_SetString(interp, structState(interp).error, `unpack requires a buffer of ${cf.size} bytes`);
  return itemsTuple(interp, cf, data, 0);
}

/** CPython: s_unpack_from */
export function unpackFrom(interp: Interpreter, cf: CompiledFormat, buffer: PyObject, offsetArg: PyObject | undefined): PyObject {
  const error = structState(interp).error;
  const data = needBuffer(interp, buffer);
  let offset = offsetArg === undefined ? 0 : PyNumber_AsSsize_t(interp, offsetArg);
  const size = cf.size;
  if (offset < 0) {
    if (offset + size > 0) PyErr_SetString(interp, error, `not enough data to unpack ${size} bytes at offset ${offset}`);
    if (offset + data.length < 0) PyErr_SetString(interp, error, `offset ${offset} out of range for ${data.length}-byte buffer`);
    offset += data.length;
  }
  if (data.length - offset < size) {
    PyErr_SetString(interp, error,
      `unpack_from requires a buffer of at least ${size + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  return itemsTuple(interp, cf, data, offset);
}

// ---- the unpack iterator ----

interface IterBody {
  cf: CompiledFormat;
  /** The buffer's bytes (a snapshot for views; CPython holds the buffer itself). */
  data: Uint8Array;
  /** The exporter, kept alive as CPython's Py_buffer does. */
  obj: PyObject;
  index: number;
}

const iterBody = (o: PyObject): IterBody => o.body as IterBody;

/** CPython: Struct_iter_unpack */
export function iterUnpack(interp: Interpreter, cf: CompiledFormat, buffer: PyObject): PyObject {
  const error = structState(interp).error;
  if (cf.size === 0) PyErr_SetString(interp, error, 'cannot iteratively unpack with a struct of length 0');
  const data = needBuffer(interp, buffer);
  if (data.length % cf.size !== 0) PyErr_SetString(interp, error, `iterative unpacking requires a buffer of a multiple of ${cf.size} bytes`);
  return allocInstance(interp, structState(interp).unpack_iterator, 72, 0, { cf, data, obj: Py_NewRef(buffer), index: 0 } satisfies IterBody);
}

// CPython: unpackiter_iternext
export function unpackiter_next(o: PyObject): PyObject | null {
  const b = iterBody(o);
  if (b.index + b.cf.size > b.data.length) return null;
  const r = itemsTuple(o.ob_type.tp_interp, b.cf, b.data, b.index);
  b.index += b.cf.size;
  return r;
}

export function unpackiter_dealloc(o: PyObject): void {
  Py_DECREF(iterBody(o).obj);
  freeObject(o);
}

export function unpackiter_traverse(o: PyObject, visit: (o: PyObject, arg: unknown) => void, arg: unknown): void {
  visit(iterBody(o).obj, arg);
}

export const unpackiter_methods: readonly MethodDef[] = [
  { name: '__length_hint__', flags: METH_NOARGS, impl: (interp, self) => {
    const b = iterBody(self!);
    return PyLong_FromNumber(interp, Math.floor((b.data.length - b.index) / b.cf.size));
  } },
];

// ---- the methods ----

const s_pack: BuiltinImpl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'pack', kwnames);
  return packToBytes(interp, compiled(interp, self!), args);
};

const s_pack_into: BuiltinImpl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'pack_into', kwnames);
  return packIntoBuffer(interp, compiled(interp, self!), args);
};

const s_unpack_from: BuiltinImpl = (interp, self, args, kwnames) => {
  const [buffer, offset] = unpackKeywords(interp, 'unpack_from', ['buffer', 'offset'], 0, 1, 2, args, kwnames);
  return unpackFrom(interp, compiled(interp, self!), buffer!, offset);
};

export const s_methods: readonly MethodDef[] = [
  { name: 'iter_unpack', flags: METH_O, impl: (interp, self, args) => iterUnpack(interp, compiled(interp, self!), args[0]!) },
  { name: 'pack', flags: METH_FASTCALL, impl: s_pack },
  { name: 'pack_into', flags: METH_FASTCALL, impl: s_pack_into },
  { name: 'unpack', flags: METH_O, impl: (interp, self, args) => unpackBuffer(interp, compiled(interp, self!), args[0]!) },
  { name: 'unpack_from', flags: METH_FASTCALL | METH_KEYWORDS, impl: s_unpack_from },
  { name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => {
    const cf = body(self!).cf;
    return PyLong_FromNumber(interp, SIZEOF_STRUCT + SIZEOF_FORMATCODE * ((cf === null ? 0 : codeCount(cf)) + 1));
  } },
];

export const s_getset: readonly GetSetDef[] = [
  { name: 'format', doc: 'struct format string', get: (_interp, o) => Py_NewRef(body(o).format) },
  { name: 'size', doc: 'struct size in bytes', get: (interp, o) => PyLong_FromNumber(interp, body(o).cf?.size ?? -1) },
];

/** Module-level calls check their argument count the way Argument Clinic does. */
export function checkArgs(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null, min: number, max: number): void {
  noKeywords(interp, name, kwnames);
  checkPositional(interp, name, args.length, min, max);
}
