// Constant de-duplication: the compile-wide constant cache (equal constants become one object
// across all code objects of a compilation) and each code unit's co_consts table.
// CPython: Python/compile.c merge_consts_recursive, compiler_add_const, _PyCompile_ConstCacheMergeOne
import { PyBytes, PyEllipsis } from '../ast/constant.ts';
import { type CodeConstant, ConstFrozenSet, ConstTuple, constantKey } from '../bytecode/constants.ts';

export class ConstCache {
  private readonly map = new Map<string, CodeConstant>();
  private readonly nameTuples = new Map<string, readonly string[]>();
  private readonly constTuples = new Map<string, readonly CodeConstant[]>();
  private readonly byteStrings = new Map<string, Uint8Array>();

  /**
   * CPython also merges a new code object's co_names, co_consts and co_localsplusnames tuples
   * and its co_code, co_linetable and co_exceptiontable bytes through the cache: equal ones
   * are one object across the code objects of a compilation. These return the instance to
   * use (the first one seen), so that the runtime can make one object of each.
   * (A names tuple equal to a constant tuple is one object in CPython too; that is not kept.)
   */
  // CPython: _PyCompile_ConstCacheMergeOne in assemble.c assemble_emit and makecode
  shareNames(names: readonly string[]): readonly string[] {
    return share(this.nameTuples, constantKey(new ConstTuple(names)), names);
  }

  shareConsts(consts: readonly CodeConstant[]): readonly CodeConstant[] {
    return share(this.constTuples, constantKey(new ConstTuple(consts)), consts);
  }

  shareBytes(b: Uint8Array): Uint8Array {
    return share(this.byteStrings, constantKey(new PyBytes(b)), b);
  }

  /**
   * The canonical instance of a constant, its tuple/frozenset items merged too. Tuples and
   * frozensets are always new instances of this compilation (never the caller's), so no two
   * compilations share a constant object.
   */
  // CPython: merge_consts_recursive
  merge(o: CodeConstant): CodeConstant {
    if (o === null || o === PyEllipsis) return o;
    const key = constantKey(o);
    const found = this.map.get(key);
    if (found !== undefined) return found;
    let canonical = o;
    if (o instanceof ConstTuple) canonical = new ConstTuple(o.items.map((x) => this.merge(x)));
    else if (o instanceof ConstFrozenSet) canonical = new ConstFrozenSet(o.items.map((x) => this.merge(x)));
    this.map.set(key, canonical);
    return canonical;
  }

  /** Like merge, without looking inside. CPython: _PyCompile_ConstCacheMergeOne */
  mergeOne(o: CodeConstant): CodeConstant {
    const key = constantKey(o);
    const found = this.map.get(key);
    if (found !== undefined) return found;
    this.map.set(key, o);
    return o;
  }
}

function share<T>(map: Map<string, T>, key: string, value: T): T {
  const found = map.get(key);
  if (found !== undefined) return found;
  map.set(key, value);
  return value;
}

/** A code unit's constants in the order they were first added (u_consts). */
export class ConstTable {
  private readonly index = new Map<string, number>();
  readonly values: CodeConstant[] = [];

  /** The index of a constant, adding it (merged through the cache) if new. */
  // CPython: compiler_add_const (dict_add_o on the constant's key)
  add(cache: ConstCache, o: CodeConstant): number {
    const merged = cache.merge(o);
    const key = constantKey(merged);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(key, i);
      this.values.push(merged);
    }
    return i;
  }
}

/** An insertion-ordered name -> index table (u_names, u_varnames, u_cellvars, u_freevars). */
export class NameTable {
  private readonly map = new Map<string, number>();

  /** The names get indexes base, base + 1, ... (CPython: list2dict, dictbytype). */
  constructor(names: Iterable<string> = [], base = 0) {
    for (const n of names) if (!this.map.has(n)) this.map.set(n, base + this.map.size);
  }

  /** A new name gets the table's size as its index, as dict_add_o gives it. */
  // CPython: dict_add_o
  add(name: string): number {
    let i = this.map.get(name);
    if (i === undefined) {
      i = this.map.size;
      this.map.set(name, i);
    }
    return i;
  }

  get(name: string): number | undefined {
    return this.map.get(name);
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  get size(): number {
    return this.map.size;
  }

  /** Names in insertion order. */
  keys(): string[] {
    return [...this.map.keys()];
  }

  entries(): [string, number][] {
    return [...this.map.entries()];
  }
}
