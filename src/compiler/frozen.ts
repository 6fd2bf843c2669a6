// Code objects as JSON data, for the Python modules the runtime would otherwise compile at each
// start (CPython's frozen modules): tools/gen-frozen.ts freezes them at build time, the runtime
// thaws them. Shared instances (a co_names array several code objects use, a merged constant)
// stay shared: each object is written once in a table and referred to by its index.
// CPython: Tools/build/freeze_modules.py, Python/frozen.c
import { PyBytes, PyComplex, PyEllipsis } from '../ast/constant.ts';
import { ConstFrozenSet, ConstTuple, type CodeConstant } from '../bytecode/constants.ts';
import { CodeDescriptor, type CodeFields } from './code.ts';

/** A value: a plain JSON value, or an object naming its kind by its only key. */
type Frozen = null | boolean | string | { f: string } | { i: string } | { e: 1 } | { r: number };

/** An entry of the table of shared objects. */
type FrozenObject =
  | { u8: number[] }
  | { strs: string[] }
  | { bytes: number[] }
  | { complex: [string, string] }
  | { tuple: Frozen[] }
  | { frozenset: Frozen[] }
  | { code: Record<string, Frozen | number> };

export interface FrozenCode {
  readonly table: FrozenObject[];
  /** The table index of the module's code object. */
  readonly root: number;
}

const NUMBER_FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
const STRING_FIELDS = ['co_name', 'co_qualname', 'co_filename'] as const;
const OBJECT_FIELDS = ['co_code', 'co_consts', 'co_names', 'co_localsplusnames', 'co_localspluskinds', 'co_linetable', 'co_exceptiontable'] as const;

function floatText(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/** `code` (a compiler's output) as JSON data. */
export function freezeCode(code: CodeDescriptor): FrozenCode {
  const table: FrozenObject[] = [];
  const seen = new Map<object, number>();
  const shared = (o: object, make: () => FrozenObject): { r: number } => {
    let at = seen.get(o);
    if (at === undefined) {
      at = table.length;
      seen.set(o, at);
      table.push(null as unknown as FrozenObject);
      table[at] = make();
    }
    return { r: at };
  };
  const field = (v: unknown): Frozen => {
    if (v instanceof Uint8Array) return shared(v, () => ({ u8: [...v] }));
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return shared(v, () => ({ strs: [...(v as string[])] }));
    return value(v as CodeConstant);
  };
  const value = (v: CodeConstant): Frozen => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') return { f: floatText(v) };
    if (typeof v === 'bigint') return { i: v.toString() };
    if (v === PyEllipsis) return { e: 1 };
    if (v instanceof PyBytes) return shared(v, () => ({ bytes: [...v.bytes] }));
    if (v instanceof PyComplex) return shared(v, () => ({ complex: [floatText(v.real), floatText(v.imag)] }));
    if (v instanceof ConstTuple) return shared(v, () => ({ tuple: v.items.map(value) }));
    if (v instanceof ConstFrozenSet) return shared(v, () => ({ frozenset: v.items.map(value) }));
    if (v instanceof CodeDescriptor) {
      return shared(v, () => {
        const fields: Record<string, Frozen | number> = {};
        for (const k of NUMBER_FIELDS) fields[k] = v[k];
        for (const k of STRING_FIELDS) fields[k] = v[k];
        fields.co_consts = shared(v.co_consts, () => ({ tuple: v.co_consts.map(value) }));
        for (const k of OBJECT_FIELDS) if (k !== 'co_consts') fields[k] = field(v[k]);
        return { code: fields };
      });
    }
    throw new Error(`cannot freeze the constant ${String(v)}`);
  };
  const root = value(code) as { r: number };
  return { table, root: root.r };
}

/** The code object `frozen` holds. */
export function thawCode(frozen: FrozenCode): CodeDescriptor {
  const made: unknown[] = new Array(frozen.table.length);
  const ref = (at: number): unknown => {
    if (made[at] !== undefined) return made[at];
    const o = frozen.table[at]!;
    let v: unknown;
    if ('u8' in o) v = Uint8Array.from(o.u8);
    else if ('strs' in o) v = o.strs;
    else if ('bytes' in o) v = new PyBytes(Uint8Array.from(o.bytes));
    else if ('complex' in o) v = new PyComplex(Number(o.complex[0]), Number(o.complex[1]));
    else if ('tuple' in o) v = new ConstTuple(o.tuple.map(value));
    else if ('frozenset' in o) v = new ConstFrozenSet(o.frozenset.map(value));
    else {
      const fields: Record<string, unknown> = {};
      for (const [k, f] of Object.entries(o.code)) fields[k] = typeof f === 'number' ? f : value(f);
      // co_consts is a tuple in the table: the code object holds its items.
      fields.co_consts = (fields.co_consts as ConstTuple).items;
      v = new CodeDescriptor(fields as unknown as CodeFields);
    }
    made[at] = v;
    return v;
  };
  const value = (f: Frozen): CodeConstant => {
    if (f === null || typeof f === 'boolean' || typeof f === 'string') return f;
    if ('f' in f) return Number(f.f);
    if ('i' in f) return BigInt(f.i);
    if ('e' in f) return PyEllipsis;
    return ref(f.r) as CodeConstant;
  };
  return ref(frozen.root) as CodeDescriptor;
}
