// The itertools types of an interpreter, made when the module is first imported.
import type { Interpreter } from '../../runtime/interpreter.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { accumulate_dealloc, accumulate_new, accumulate_next, accumulate_traverse } from './accumulate.ts';
import { batched_dealloc, batched_new, batched_next, batched_traverse } from './batched.ts';
import { chain_dealloc, chain_methods, chain_new, chain_next, chain_traverse } from './chain.ts';
import { combinations_new, combinations_next } from './combinations.ts';
import { funciter_dealloc, funciter_traverse, pool_dealloc, pool_methods, pool_traverse } from './common.ts';
import { compress_dealloc, compress_new, compress_next, compress_traverse } from './compress.ts';
import { count_dealloc, count_new, count_next, count_repr, count_traverse } from './count.ts';
import { cwr_new, cwr_next } from './cwr.ts';
import { cycle_dealloc, cycle_new, cycle_next, cycle_traverse } from './cycle.ts';
import { ITERTOOLS_DOCS } from './docs.ts';
import { dropwhile_new, dropwhile_next } from './dropwhile.ts';
import { filterfalse_new, filterfalse_next } from './filterfalse.ts';
import { groupby_dealloc, groupby_new, groupby_next, groupby_traverse } from './groupby.ts';
import { grouper_dealloc, grouper_new, grouper_next, grouper_traverse } from './grouper.ts';
import { islice_dealloc, islice_new, islice_next, islice_traverse } from './islice.ts';
import { pairwise_dealloc, pairwise_new, pairwise_next, pairwise_traverse } from './pairwise.ts';
import { permutations_new, permutations_next } from './permutations.ts';
import { product_dealloc, product_methods, product_new, product_next, product_traverse } from './product.ts';
import { repeat_dealloc, repeat_methods, repeat_new, repeat_next, repeat_repr, repeat_traverse } from './repeat.ts';
import { starmap_new, starmap_next } from './starmap.ts';
import { takewhile_new, takewhile_next } from './takewhile.ts';
import { tee_dealloc, tee_methods, tee_new, tee_next, tee_traverse } from './tee.ts';
import { teedata_dealloc, teedata_new, teedata_traverse } from './teedata.ts';
import { zip_longest_dealloc, zip_longest_new, zip_longest_next, zip_longest_traverse } from './zip_longest.ts';

export interface ItertoolsState {
  accumulate: PyTypeObject;
  batched: PyTypeObject;
  chain: PyTypeObject;
  combinations: PyTypeObject;
  combinations_with_replacement: PyTypeObject;
  compress: PyTypeObject;
  count: PyTypeObject;
  cycle: PyTypeObject;
  dropwhile: PyTypeObject;
  filterfalse: PyTypeObject;
  groupby: PyTypeObject;
  islice: PyTypeObject;
  pairwise: PyTypeObject;
  permutations: PyTypeObject;
  product: PyTypeObject;
  repeat: PyTypeObject;
  starmap: PyTypeObject;
  takewhile: PyTypeObject;
  zip_longest: PyTypeObject;
  _grouper: PyTypeObject;
  _tee: PyTypeObject;
  _tee_dataobject: PyTypeObject;
}

// CPython: itertoolsmodule_exec (the types' specs)
export const itertoolsState = moduleState((interp: Interpreter): ItertoolsState => {
  const make = (name: string, def: Omit<Parameters<typeof createModuleType>[1], 'name'>) =>
    createModuleType(interp, { name: `itertools.${name}`, doc: ITERTOOLS_DOCS[name], ...def });
  const funciter = { basicsize: 40, dealloc: funciter_dealloc, traverse: funciter_traverse };
  const pool = { dealloc: pool_dealloc, traverse: pool_traverse, methods: pool_methods };
  return {
    accumulate: make('accumulate', { basicsize: 56, new: accumulate_new, next: accumulate_next, dealloc: accumulate_dealloc, traverse: accumulate_traverse }),
    batched: make('batched', { basicsize: 32, new: batched_new, next: batched_next, dealloc: batched_dealloc, traverse: batched_traverse }),
    chain: make('chain', { basicsize: 32, new: chain_new, keepsArgsTuple: true, next: chain_next, dealloc: chain_dealloc, traverse: chain_traverse, methods: chain_methods }),
    combinations: make('combinations', { basicsize: 56, new: combinations_new, next: combinations_next, ...pool }),
    combinations_with_replacement: make('combinations_with_replacement', { basicsize: 56, new: cwr_new, next: cwr_next, ...pool }),
    compress: make('compress', { basicsize: 32, new: compress_new, next: compress_next, dealloc: compress_dealloc, traverse: compress_traverse }),
    count: make('count', { basicsize: 40, new: count_new, next: count_next, repr: count_repr, dealloc: count_dealloc, traverse: count_traverse }),
    cycle: make('cycle', { basicsize: 48, new: cycle_new, next: cycle_next, dealloc: cycle_dealloc, traverse: cycle_traverse }),
    dropwhile: make('dropwhile', { new: dropwhile_new, next: dropwhile_next, ...funciter }),
    filterfalse: make('filterfalse', { new: filterfalse_new, next: filterfalse_next, ...funciter, basicsize: 32 }),
    groupby: make('groupby', { basicsize: 72, new: groupby_new, next: groupby_next, dealloc: groupby_dealloc, traverse: groupby_traverse }),
    islice: make('islice', { basicsize: 56, new: islice_new, next: islice_next, dealloc: islice_dealloc, traverse: islice_traverse }),
    pairwise: make('pairwise', { basicsize: 32, new: pairwise_new, next: pairwise_next, dealloc: pairwise_dealloc, traverse: pairwise_traverse }),
    permutations: make('permutations', { basicsize: 64, new: permutations_new, next: permutations_next, ...pool }),
    product: make('product', {
      basicsize: 48, new: product_new, next: product_next, dealloc: product_dealloc, traverse: product_traverse, methods: product_methods,
    }),
    repeat: make('repeat', {
      basicsize: 32, new: repeat_new, next: repeat_next, repr: repeat_repr, dealloc: repeat_dealloc, traverse: repeat_traverse, methods: repeat_methods,
    }),
    starmap: make('starmap', { new: starmap_new, next: starmap_next, ...funciter, basicsize: 32 }),
    takewhile: make('takewhile', { new: takewhile_new, next: takewhile_next, ...funciter }),
    zip_longest: make('zip_longest', { basicsize: 56, new: zip_longest_new, next: zip_longest_next, dealloc: zip_longest_dealloc, traverse: zip_longest_traverse }),
    _grouper: make('_grouper', { basicsize: 32, subclassable: false, new: grouper_new, next: grouper_next, dealloc: grouper_dealloc, traverse: grouper_traverse }),
    _tee: make('_tee', {
      basicsize: 48, subclassable: false, weaklist: true, new: tee_new, next: tee_next, dealloc: tee_dealloc, traverse: tee_traverse, methods: tee_methods,
    }),
    _tee_dataobject: make('_tee_dataobject', { basicsize: 496, subclassable: false, new: teedata_new, dealloc: teedata_dealloc, traverse: teedata_traverse }),
  };
});
