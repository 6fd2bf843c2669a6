// int. CPython: Objects/longobject.c. Values that fit a JS safe integer are kept in `ival`
// (body null); larger ones as a bigint in `body`. Memory is what CPython allocates: 24 bytes of
// header plus 4 per 30-bit digit, at least one digit.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import type { PyObject } from './object.ts';
import { NSMALLNEGINTS, NSMALLPOSINTS } from './singletons.ts';

export interface PyLongObject extends PyObject {
  body: bigint | null;
}

const PyLong_SHIFT = 30;

/** Number of 30-bit digits CPython uses for |v| (at least 1). */
export function longDigits(v: bigint): number {
  let a = v < 0n ? -v : v;
  let n = 0;
  while (a > 0n) {
    a >>= BigInt(PyLong_SHIFT);
    n++;
  }
  return Math.max(1, n);
}

function digitsOfNumber(v: number): number {
  const a = Math.abs(v);
  if (a < 2 ** 30) return 1;
  if (a < 2 ** 60) return 2;
  return longDigits(BigInt(v));
}

// CPython: PyLong_FromLong (small ints are the immortal cache)
export function PyLong_FromNumber(interp: Interpreter, v: number): PyObject {
  if (v >= -NSMALLNEGINTS && v < NSMALLPOSINTS) return interp.singletons.smallInts[v + NSMALLNEGINTS]!;
  if (!Number.isSafeInteger(v)) return PyLong_FromBigInt(interp, BigInt(v));
  return allocObject(interp, interp.types.int, 24 + 4 * digitsOfNumber(v), v, null);
}

// CPython: _PyLong_FromDigits / PyLong_FromString's result
export function PyLong_FromBigInt(interp: Interpreter, v: bigint): PyObject {
  if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return PyLong_FromNumber(interp, Number(v));
  return allocObject(interp, interp.types.int, 24 + 4 * longDigits(v), 0, v);
}

/** The int's value: a JS number when it is a safe integer, else a bigint. */
export function longValue(o: PyObject): number | bigint {
  const b = (o as PyLongObject).body;
  return b === null ? o.ival : b;
}

// CPython: long_dealloc (int has no free list in 3.12)
export function long_dealloc(o: PyObject): void {
  freeObject(o);
}
