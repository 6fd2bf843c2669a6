// itertools.combinations. CPython: Modules/itertoolsmodule.c (itertools_combinations_impl,
// combinations_next).
import { unpackKeywords } from '../../objects/args_kw.ts';
import type { PyObject } from '../../objects/object.ts';
import type { PyTupleObject } from '../../objects/tupleobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { allocInstance, ssizeIndexArg } from '../modsupport.ts';
import { poolNext, setResultItem, poolOf, type PoolBody } from './common.ts';

/** The arguments of combinations() and combinations_with_replacement(): (iterable, r). */
export function poolAndR(type: PyTypeObject, name: string, args: readonly PyObject[], kwnames: PyObject | null): [PyTupleObject, number] {
  const interp = type.tp_interp;
  const [iterable, rObj] = unpackKeywords(interp, name, ['iterable', 'r'], 0, 2, 2, args, kwnames);
  const r = ssizeIndexArg(interp, rObj!);
  return [poolOf(interp, iterable!, r), r];
}

// CPython: itertools_combinations_impl
export function combinations_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [pool, r] = poolAndR(type, 'combinations', args, kwnames);
  const indices = Array.from({ length: r }, (_, i) => i);
  const body: PoolBody = { pool, indices, cycles: null, result: null, r, stopped: r > pool.body.length };
  return allocInstance(type.tp_interp, type, 56, 0, body);
}

// CPython: combinations_next — the rightmost index not at its maximum moves up, those after it follow.
export function combinations_next(o: PyObject): PyObject | null {
  return poolNext(o, (b) => b.indices.map((k) => b.pool.body[k]!), (b, result) => {
    const pool = b.pool.body;
    const { indices, r } = b;
    const n = pool.length;
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return false;
    indices[i]!++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    for (; i < r; i++) setResultItem(result, i, pool[indices[i]!]!);
    return true;
  });
}
