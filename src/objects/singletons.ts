// The immortal singletons of an interpreter. CPython: Include/internal/pycore_global_objects.h
// (small ints -5..256, None, True, False, the empty tuple), all statically allocated.
import type { Interpreter } from '../runtime/interpreter.ts';
import { IMMORTAL_REFCNT, PyObject } from './object.ts';
import { makeStaticStrs } from './unicodeobject.ts';

export const NSMALLNEGINTS = 5;
export const NSMALLPOSINTS = 257;

export interface Singletons {
  None: PyObject;
  NotImplemented: PyObject;
  Ellipsis: PyObject;
  True: PyObject;
  False: PyObject;
  /** smallInts[v + NSMALLNEGINTS] is the int v, for -5 <= v <= 256. */
  smallInts: PyObject[];
  emptyTuple: PyObject;
  emptyStr: PyObject;
  /** The immortal one-character strs chr(0)..chr(255). */
  latin1Chars: PyObject[];
  /** One-character static identifiers, interned in place of latin1Chars (see makeStaticStrs). */
  charIdentifiers: PyObject[];
}

export function createSingletons(interp: Interpreter): Singletons {
  const t = interp.types;
  const imm = (type: typeof t.int, size: number, ival: number, body: unknown, pre = 0) =>
    new PyObject(type, interp.staticAddress(size, pre), ival, body, IMMORTAL_REFCNT);
  const None = imm(t.NoneType, 16, 0, null);
  const NotImplemented = imm(t.NotImplementedType, 16, 0, null);
  const Ellipsis = imm(t.ellipsis, 16, 0, null);
  // bool objects are ints of one digit (False too, as in 3.12's _Py_FalseStruct).
  const False = imm(t.bool, 28, 0, null);
  const True = imm(t.bool, 28, 1, null);
  const smallInts: PyObject[] = [];
  for (let v = -NSMALLNEGINTS; v < NSMALLPOSINTS; v++) smallInts.push(imm(t.int, 28, v, null));
  const emptyTuple = imm(t.tuple, 24, 0, [] as PyObject[], 16);
  const strs = makeStaticStrs(interp, t.str);
  return { None, NotImplemented, Ellipsis, True, False, smallInts, emptyTuple, emptyStr: strs.empty, latin1Chars: strs.chars, charIdentifiers: strs.charIdentifiers };
}
