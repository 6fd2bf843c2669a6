// itertools.combinations_with_replacement. CPython: Modules/itertoolsmodule.c
// (itertools_combinations_with_replacement_impl, cwr_next).
import type { PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { poolNext, setResultItem, type PoolBody } from './common.ts';
import { poolAndR } from './combinations.ts';
import { allocInstance } from '../modsupport.ts';

// CPython: itertools_combinations_with_replacement_impl
export function cwr_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [pool, r] = poolAndR(type, 'combinations_with_replacement', args, kwnames);
  const body: PoolBody = { pool, indices: new Array<number>(r).fill(0), cycles: null, result: null, r, stopped: pool.body.length === 0 && r > 0 };
  return allocInstance(type.tp_interp, type, 56, 0, body);
}

// CPython: cwr_next — the rightmost index below n-1 moves up, those after it take its value.
export function cwr_next(o: PyObject): PyObject | null {
  return poolNext(o, (b) => (b.pool.body.length > 0 ? new Array<PyObject>(b.r).fill(b.pool.body[0]!) : []), (b, result) => {
    const pool = b.pool.body;
    const { indices, r } = b;
    let i = r - 1;
    while (i >= 0 && indices[i] === pool.length - 1) i--;
    if (i < 0) return false;
    const index = indices[i]! + 1;
    for (; i < r; i++) {
      indices[i] = index;
      setResultItem(result, i, pool[index]!);
    }
    return true;
  });
}
