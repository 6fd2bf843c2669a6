// Type objects: the slots every type fills. CPython: Include/cpython/object.h (PyTypeObject),
// Objects/typeobject.c. Only the mechanism lives here for now; type's Python-level behaviour
// (type(), MRO, descriptors, super) comes with the eval loop.
import { PyObject, IMMORTAL_REFCNT, preHeaderSize } from './object.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { PyHash } from './hash/pyhash.ts';

export type destructor = (o: PyObject) => void;
export type reprfunc = (o: PyObject) => PyObject;
export type hashfunc = (o: PyObject) => PyHash;
export type richcmpfunc = (a: PyObject, b: PyObject, op: number) => PyObject;
export type getattrofunc = (o: PyObject, name: PyObject) => PyObject;
export type setattrofunc = (o: PyObject, name: PyObject, value: PyObject | null) => void;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
export type unaryfunc = (a: PyObject) => PyObject;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type iternextfunc = (o: PyObject) => PyObject | null;
export type visitproc = (o: PyObject, arg: unknown) => void;
export type traverseproc = (o: PyObject, visit: visitproc, arg: unknown) => void;

export interface TypeSpec {
  name: string;
  basicsize: number;
  itemsize?: number;
  flags: number;
  dealloc: destructor;
  traverse?: traverseproc;
}

export class PyTypeObject extends PyObject {
  tp_name: string;
  tp_basicsize: number;
  tp_itemsize: number;
  tp_flags: number;
  tp_base: PyTypeObject | null = null;
  tp_interp: Interpreter;
  tp_dealloc: destructor;
  tp_repr: reprfunc | null = null;
  tp_str: reprfunc | null = null;
  tp_hash: hashfunc | null = null;
  tp_call: ternaryfunc | null = null;
  tp_getattro: getattrofunc | null = null;
  tp_setattro: setattrofunc | null = null;
  tp_richcompare: richcmpfunc | null = null;
  tp_iter: unaryfunc | null = null;
  tp_iternext: iternextfunc | null = null;
  tp_traverse: traverseproc | null;
  /** Bytes placed before the object header (GC head, managed pre-header). */
  tp_preheader: number;

  constructor(interp: Interpreter, metatype: PyTypeObject | null, spec: TypeSpec, addr: number) {
    // A static type's metatype is `type`, which is created first and is its own type.
    super(null as unknown as PyTypeObject, addr, 0, null, IMMORTAL_REFCNT);
    this.ob_type = metatype ?? this;
    this.tp_name = spec.name;
    this.tp_basicsize = spec.basicsize;
    this.tp_itemsize = spec.itemsize ?? 0;
    this.tp_flags = spec.flags;
    this.tp_interp = interp;
    this.tp_dealloc = spec.dealloc;
    this.tp_traverse = spec.traverse ?? null;
    this.tp_preheader = preHeaderSize(this);
  }
}
