// The type objects of bytes, bytearray and their iterators, created with the other builtin types
// (src/objects/registry.ts). CPython: PyBytes_Type, PyBytesIter_Type, PyByteArray_Type,
// PyByteArrayIter_Type.
import type { Interpreter } from '../runtime/interpreter.ts';
import { Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_READY, type PyObject } from './object.ts';
import type { PyTypeObject, TypeSpec } from './typeobject.ts';
import {
  bytes_concat, bytes_contains, bytes_dealloc, bytes_hash, bytes_iter, bytes_length, bytes_mod, bytes_repeat, bytes_repr, bytes_richcompare,
  bytes_subscript, bytes_vectorcall, bytesiter_dealloc, bytesiter_next, bytesiter_traverse,
} from './bytesobject.ts';
import {
  bytearray_ass_subscript, bytearray_concat, bytearray_contains, bytearray_dealloc, bytearrayExportsAdd, bytearray_iconcat, bytearray_irepeat, bytearray_iter, bytearray_mod,
  bytearray_init, bytearray_new, bytearray_repeat, bytearray_repr, bytearray_richcompare, bytearray_subscript, bytearray_vectorcall,
} from './bytearrayobject.ts';
import { bytearray_methods, bytes_methods } from './bytes_methods.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';

export interface BytesTypes {
  bytes: PyTypeObject;
  bytes_iterator: PyTypeObject;
  bytearray: PyTypeObject;
  bytearray_iterator: PyTypeObject;
}

const STATIC = Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE;

function selfIter(o: PyObject): PyObject {
  if (o.ob_refcnt < 0xffffffff) o.ob_refcnt++;
  return o;
}

/** Creates the bytes types. */
export function createBytesTypes(interp: Interpreter, make: (meta: PyTypeObject | null, spec: TypeSpec) => PyTypeObject, type: PyTypeObject,
  object: PyTypeObject): BytesTypes {
  const bytes = make(type, { name: 'bytes', basicsize: 33, itemsize: 1, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_MATCH_SELF, dealloc: bytes_dealloc, methods: bytes_methods });
  const bytes_iterator = make(type, { name: 'bytes_iterator', basicsize: 32, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: bytesiter_dealloc, traverse: bytesiter_traverse });
  const bytearray = make(type, { name: 'bytearray', basicsize: 56, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_MATCH_SELF, dealloc: bytearray_dealloc, methods: bytearray_methods });
  const bytearray_iterator = make(type, { name: 'bytearray_iterator', basicsize: 32, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: bytesiter_dealloc, traverse: bytesiter_traverse });
  for (const t of [bytes, bytes_iterator, bytearray, bytearray_iterator]) t.tp_base = object;
  bytes.tp_repr = (o) => PyUnicode_FromString(interp, bytes_repr(o));
  bytes.tp_hash = bytes_hash;
  bytes.tp_richcompare = bytes_richcompare;
  bytes.tp_iter = bytes_iter;
  bytes.tp_vectorcall = bytes_vectorcall;
  bytes.tp_as_sequence = { sq_length: bytes_length, sq_concat: bytes_concat, sq_repeat: bytes_repeat, sq_contains: bytes_contains };
  bytes.tp_as_mapping = { mp_length: bytes_length, mp_subscript: bytes_subscript };
  bytes.tp_as_number = { nb_remainder: bytes_mod };
  bytes.tp_as_buffer = { bf_getbuffer: (o) => o.body as Uint8Array, bf_readonly: true, bf_exports: null };
  bytes_iterator.tp_iter = selfIter;
  bytes_iterator.tp_iternext = bytesiter_next;
  bytearray.tp_repr = (o) => PyUnicode_FromString(interp, bytearray_repr(o));
  bytearray.tp_richcompare = bytearray_richcompare;
  bytearray.tp_iter = bytearray_iter;
  bytearray.tp_vectorcall = bytearray_vectorcall;
  bytearray.tp_call_makes_args = true;
  bytearray.tp_new = bytearray_new;
  bytearray.tp_init = bytearray_init;
  bytearray.tp_as_sequence = {
    sq_length: bytes_length, sq_concat: bytearray_concat, sq_repeat: bytearray_repeat, sq_contains: bytearray_contains,
    sq_inplace_concat: bytearray_iconcat, sq_inplace_repeat: bytearray_irepeat,
  };
  bytearray.tp_as_mapping = { mp_length: bytes_length, mp_subscript: bytearray_subscript, mp_ass_subscript: bytearray_ass_subscript };
  bytearray.tp_as_number = { nb_remainder: bytearray_mod };
  bytearray.tp_as_buffer = { bf_getbuffer: (o) => o.body as Uint8Array, bf_readonly: false, bf_exports: bytearrayExportsAdd };
  bytearray_iterator.tp_iter = selfIter;
  // bytearrayiter_next: the same walk (a bytearray that shrank ends it early)
  bytearray_iterator.tp_iternext = bytesiter_next;
  return { bytes, bytes_iterator, bytearray, bytearray_iterator };
}
