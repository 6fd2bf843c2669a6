// itertools.product. CPython: Modules/itertoolsmodule.c (product_new, product_next, product_sizeof).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PySequence_Tuple, PyTuple_New, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_NOARGS, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, kwCount, ssizeIndexArg } from '../modsupport.ts';
import { ownResult, setResultItem, tupleOf } from './common.ts';

interface ProductBody {
  /** The pools tuple (CPython's lz->pools) and its items. */
  poolsTuple: PyTupleObject;
  pools: PyTupleObject[];
  indices: number[];
  result: PyTupleObject | null;
  stopped: boolean;
}

const SIZEOF_PRODUCTOBJECT = 48;
const SSIZE_MAX = 2n ** 63n - 1n;

// CPython: product_new
export function product_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const nkw = kwCount(kwnames);
  const nargs = args.length - nkw;
  let repeat = 1;
  if (nkw > 0) {
    const [r] = unpackKeywords(interp, 'product', ['repeat'], 0, 0, 0, args.slice(nargs), kwnames);
    repeat = ssizeIndexArg(interp, r!);
    if (repeat < 0) PyErr_SetString(interp, 'ValueError', 'repeat argument cannot be negative');
  }
  const n = repeat === 0 ? 0 : nargs;
  if (repeat !== 0 && BigInt(n) > SSIZE_MAX / 8n / BigInt(repeat)) PyErr_SetString(interp, 'OverflowError', 'repeat argument too large');
  const poolsTuple = PyTuple_New(interp, n * repeat);
  const pools = poolsTuple.body as PyTupleObject[];
  try {
    for (let i = 0; i < n; i++) pools[i] = PySequence_Tuple(interp, args[i]!) as PyTupleObject;
  } catch (e) {
    Py_DECREF(poolsTuple);
    throw e;
  }
  for (let k = n; k < n * repeat; k++) pools[k] = Py_NewRef(pools[k - n]!);
  return allocInstance(interp, type, SIZEOF_PRODUCTOBJECT, 0, { poolsTuple, pools, indices: new Array<number>(pools.length).fill(0), result: null, stopped: false } satisfies ProductBody);
}

export function product_dealloc(o: PyObject): void {
  const b = o.body as ProductBody;
  Py_DECREF(b.poolsTuple);
  Py_XDECREF(b.result);
  freeObject(o);
}

export function product_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as ProductBody;
  visit(b.poolsTuple, arg);
  if (b.result !== null) visit(b.result, arg);
}

// CPython: product_next — indices advance right to left like an odometer.
export function product_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as ProductBody;
  if (b.stopped) return null;
  const pools = b.pools;
  const npools = pools.length;
  if (b.result === null) {
    for (const p of pools) {
      if (p.body.length === 0) {
        b.stopped = true;
        return null;
      }
    }
    b.result = tupleOf(interp, pools.map((p) => p.body[0]!));
  } else {
    const result = ownResult(interp, b.result);
    b.result = result;
    const indices = b.indices;
    let i = npools - 1;
    for (; i >= 0; i--) {
      const pool = pools[i]!.body;
      indices[i]!++;
      if (indices[i] === pool.length) {
        indices[i] = 0;
        setResultItem(result, i, pool[0]!);
      } else {
        setResultItem(result, i, pool[indices[i]!]!);
        break;
      }
    }
    if (i < 0) {
      b.stopped = true;
      return null;
    }
  }
  return Py_NewRef(b.result);
}

// CPython: product_sizeof
function product_sizeof(interp: Interpreter, self: PyObject | null): PyObject {
  return PyLong_FromNumber(interp, SIZEOF_PRODUCTOBJECT + 8 * (self!.body as ProductBody).pools.length);
}

export const product_methods: readonly MethodDef[] = [
  { name: '__sizeof__', flags: METH_NOARGS, impl: product_sizeof, doc: 'Returns size in memory, in bytes.' },
];
