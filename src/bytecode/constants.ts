// What a code object's co_consts can hold, as plain descriptors (no runtime objects): the AST's
// constant values, tuples and frozensets of constants, and nested code objects. The runtime
// materializes them; one descriptor instance stands for one object, so constants the compiler
// merged (CPython's const cache) are the same instance wherever they appear.
import { PyBytes, PyComplex, PyEllipsis, type PyConstant } from '../ast/constant.ts';
import { reprBytes, reprComplex, reprFloat, reprStr } from '../ast/repr.ts';

/** A tuple constant (folded `(1, 2)`, keyword-name tuples, default-argument tuples...). */
export class ConstTuple {
  constructor(readonly items: readonly CodeConstant[]) {}
}

/** A frozenset constant (`x in {1, 2}`). Items are kept in insertion order. */
export class ConstFrozenSet {
  constructor(readonly items: readonly CodeConstant[]) {}
}

/** The Python-visible fields of a code object that the disassembler reads. */
export interface CodeObjectLike {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_flags: number;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
  readonly co_code: Uint8Array;
  readonly co_consts: readonly CodeConstant[];
  readonly co_names: readonly string[];
  readonly co_localsplusnames: readonly string[];
  readonly co_localspluskinds: Uint8Array;
  readonly co_linetable: Uint8Array;
  readonly co_exceptiontable: Uint8Array;
}

export type CodeConstant = PyConstant | ConstTuple | ConstFrozenSet | CodeObjectLike;

export function isCodeConstant(v: CodeConstant): v is CodeObjectLike {
  return typeof v === 'object' && v !== null && 'co_code' in v;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function floatBits(x: number): string {
  f64[0] = x;
  return u32[1]!.toString(16) + ':' + u32[0]!.toString(16);
}

const codeKeys = new WeakMap<CodeObjectLike, string>();

/** The bytes as a string of char codes 0..255 (a compact key, not for display). */
function bytesKey(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return b.length + ':' + s;
}

/** Code objects compare by content (not qualname, filename, stack size or kinds). CPython: code_richcompare */
function codeKey(co: CodeObjectLike): string {
  let key = codeKeys.get(co);
  if (key === undefined) {
    const parts = [
      co.co_name.length + ':' + co.co_name,
      co.co_argcount,
      co.co_posonlyargcount,
      co.co_kwonlyargcount,
      co.co_flags,
      co.co_firstlineno,
      bytesKey(co.co_code),
      co.co_consts.map(constantKey).join(','),
      co.co_names.map((n) => n.length + ':' + n).join(','),
      co.co_localsplusnames.map((n) => n.length + ':' + n).join(','),
      bytesKey(co.co_linetable),
      bytesKey(co.co_exceptiontable),
    ];
    key = 'C(' + parts.join(';') + ')';
    codeKeys.set(co, key);
  }
  return key;
}

/**
 * A string equal for two constants exactly when CPython's _PyCode_ConstantKey() of them compare
 * equal: the type matters (1, 1.0 and True differ), 0.0 and -0.0 differ, tuples and frozensets
 * compare by their items' keys, code objects by their content (two equal lambdas, or the two
 * copies of a generator expression in a while loop's test, are one constant).
 */
// CPython: Objects/codeobject.c _PyCode_ConstantKey
export function constantKey(v: CodeConstant): string {
  if (v === null) return 'N';
  if (v === PyEllipsis) return 'E';
  if (v === true) return 'T';
  if (v === false) return 'F';
  if (typeof v === 'bigint') return 'i' + v.toString(16);
  if (typeof v === 'number') return 'f' + floatBits(v);
  if (typeof v === 'string') return 's' + v.length + ':' + v;
  if (v instanceof PyComplex) return 'c' + floatBits(v.real) + ',' + floatBits(v.imag);
  if (v instanceof PyBytes) return 'y' + bytesKey(v.bytes);
  if (v instanceof ConstTuple) return 't(' + v.items.map(constantKey).join(',') + ')';
  if (v instanceof ConstFrozenSet) return 'z{' + [...new Set(v.items.map(constantKey))].sort().join(',') + '}';
  return codeKey(v);
}

/** Python's truth value of a constant. CPython: PyObject_IsTrue */
export function constantIsTrue(v: CodeConstant): boolean {
  if (v === null || v === false) return false;
  if (v === true || v === PyEllipsis) return true;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  return true;
}

/** Python's type name of a constant (for compiler warnings). */
export function constantTypeName(v: CodeConstant): string {
  if (v === null) return 'NoneType';
  if (v === PyEllipsis) return 'ellipsis';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof ConstTuple) return 'tuple';
  if (v instanceof ConstFrozenSet) return 'frozenset';
  return 'code';
}

/**
 * The order CPython's set iterates the items of a frozenset built from them in this order, for
 * items whose hash does not depend on the process (ints, bools, floats with integral values);
 * anything else keeps the given order (str hashes are randomized per process anyway).
 */
// CPython: Objects/setobject.c set_add_entry, set_table_resize (LINEAR_PROBES 9, PERTURB_SHIFT 5)
export function frozensetIterationOrder(items: readonly CodeConstant[]): CodeConstant[] {
  const hashes: bigint[] = [];
  for (const it of items) {
    const h = stableHash(it);
    if (h === null) return [...items];
    hashes.push(h);
  }
  const keys = items.map(constantKey);
  type Slot = { index: number; hash: bigint } | null;
  let mask = 7;
  let table: Slot[] = new Array(8).fill(null);
  let used = 0;
  let fill = 0;
  const insert = (tab: Slot[], m: number, index: number, hash: bigint, check: boolean): boolean => {
    let perturb = hash;
    let i = Number(hash & BigInt(m));
    for (;;) {
      const probes = i + 9 <= m ? 9 : 0;
      for (let j = 0; j <= probes; j++) {
        const e = tab[i + j];
        if (e === null || e === undefined) {
          tab[i + j] = { index, hash };
          return true;
        }
        if (check && e.hash === hash && keys[e.index] === keys[index]) return false;
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (let n = 0; n < items.length; n++) {
    if (!insert(table, mask, n, hashes[n]!, true)) continue;
    used++;
    fill++;
    if (fill * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      const old = table;
      table = new Array(newsize).fill(null);
      mask = newsize - 1;
      for (const e of old) if (e !== null) insert(table, mask, e.index, e.hash, false);
      fill = used;
    }
  }
  return table.filter((e): e is { index: number; hash: bigint } => e !== null).map((e) => items[e.index]!);
}

const HASH_MODULUS = (1n << 61n) - 1n;

function stableHash(v: CodeConstant): bigint | null {
  if (v === true) return 1n;
  if (v === false) return 0n;
  let n: bigint;
  if (typeof v === 'bigint') n = v;
  else if (typeof v === 'number' && Number.isInteger(v)) n = BigInt(v);
  else return null;
  const neg = n < 0n;
  let h = (neg ? -n : n) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h & ((1n << 64n) - 1n);
}

/** Python's repr() of a constant, with `codeRepr` for code objects. */
export function reprCodeConstant(v: CodeConstant, codeRepr: (co: CodeObjectLike) => string): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === PyEllipsis) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return reprFloat(v);
  if (typeof v === 'string') return reprStr(v);
  if (v instanceof PyComplex) return reprComplex(v.real, v.imag);
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  if (v instanceof ConstTuple) {
    const parts = v.items.map((x) => reprCodeConstant(x, codeRepr));
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  if (v instanceof ConstFrozenSet) {
    if (v.items.length === 0) return 'frozenset()';
    // The constant was built from its items, then rebuilt in that set's order when the compiler
    // merged it into its constant cache (merge_consts_recursive): two insertions.
    const order = frozensetIterationOrder(frozensetIterationOrder(v.items));
    return 'frozenset({' + order.map((x) => reprCodeConstant(x, codeRepr)).join(', ') + '})';
  }
  return codeRepr(v);
}
