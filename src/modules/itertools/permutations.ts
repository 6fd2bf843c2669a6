// itertools.permutations. CPython: Modules/itertoolsmodule.c (itertools_permutations_impl,
// permutations_next).
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PySequence_Tuple, type PyTupleObject } from '../../objects/tupleobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { longAsSsize } from '../modsupport.ts';
import { poolNext, setResultItem, type PoolBody } from './common.ts';
import { allocInstance } from '../modsupport.ts';

// CPython: itertools_permutations_impl
export function permutations_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [iterable, rObj] = unpackKeywords(interp, 'permutations', ['iterable', 'r'], 0, 1, 2, args, kwnames);
  const pool = PySequence_Tuple(interp, iterable!) as PyTupleObject;
  const n = pool.body.length;
  let r = n;
  try {
    if (rObj !== undefined && rObj !== interp.singletons.None) {
      r = longAsSsize(interp, rObj, 'Expected int as r');
    }
    if (r < 0) PyErr_SetString(interp, 'ValueError', 'r must be non-negative');
  } catch (e) {
    Py_DECREF(pool);
    throw e;
  }
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r > n ? 0 : r }, (_, i) => n - i);
  const body: PoolBody = { pool, indices, cycles, result: null, r, stopped: r > n };
  return allocInstance(interp, type, 64, 0, body);
}

// CPython: permutations_next — the rightmost cycle counts down; at zero its index rotates to the end.
export function permutations_next(o: PyObject): PyObject | null {
  return poolNext(o, (b) => b.indices.slice(0, b.r).map((k) => b.pool.body[k]!), (b, result) => {
    const pool = b.pool.body;
    const { indices, r } = b;
    const cycles = b.cycles!;
    const n = pool.length;
    if (n === 0) return false;
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const index = indices[i]!;
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1]!;
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        const index = indices[i]!;
        indices[i] = indices[n - j]!;
        indices[n - j] = index;
        for (let k = i; k < r; k++) setResultItem(result, k, pool[indices[k]!]!);
        return true;
      }
    }
    return false;
  });
}
