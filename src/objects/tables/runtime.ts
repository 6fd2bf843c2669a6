// The context dict and set tables run in: one per interpreter (CPython's `interp->dict_state`
// plus the few object-model services a table needs), and the Py_hash_t helpers they share.
//
// The tables are data structures independent of the object model: keys and values are opaque
// JS values. Whatever a table needs to know about them comes through the hooks below, which
// the object model supplies once per interpreter:
//
//   eq(stored, probe)  PyObject_RichCompareBool(stored, probe, Py_EQ) > 0. It may run Python
//                      code, mutate the very table being probed, and throw (a Python exception
//                      is a JS throw); the tables detect the mutation and restart the probe
//                      exactly where CPython does, and stay consistent when it throws.
//   isStr(key)         PyUnicode_CheckExact(key): decides a dict's keys kind (16-byte
//                      "unicode" entries vs 24-byte general ones) as in CPython.
//   incref / decref    Py_INCREF / Py_DECREF. The tables take, move and drop references where
//                      CPython's dictobject.c/setobject.c do, in the same order, so __del__ and
//                      sys.getrefcount() inside __eq__ see what they would see in CPython.
//   mayBeTracked(o)    _PyObject_GC_MAY_BE_TRACKED(o): whether a key or value is, or may
//                      become, tracked by the cyclic collector (then a dict holding it must be).
//   track(owner)       _PyObject_GC_TRACK of the dict object owning a table (DictTable's
//                      gcUntrackedOwner) when an insertion makes it a possible part of a cycle.
//   mem                PyObject_Malloc/PyMem_Malloc and their frees (both pymalloc in a release
//                      build): the keys objects, values arrays and set tables are asked for with
//                      CPython's byte counts, at CPython's moments. `ObMalloc` fits as is.
//
// Hashes: a Py_hash_t travels as the project's PyHash (src/objects/hash/pyhash.ts): a JS number
// when it is a safe integer, a bigint otherwise. Inside, tables keep the two signed 32-bit halves
// in Int32Arrays: probing needs the low bits and the perturbation needs all 64 unsigned bits,
// which two int32 halves give without allocating.
import type { DictKeys } from './dictkeys.ts';

/** A Py_hash_t: a safe-integer number, else a bigint in [-2**63, 2**63) (same as PyHash). */
export type TableHash = number | bigint;

/** The allocator a table reports its memory to (CPython's PyObject_Malloc / PyMem_Malloc). */
export interface TableMemory {
  /** Returns the address of a block of `nbytes` bytes. */
  malloc(nbytes: number): number;
  free(addr: number): void;
}

/** The object-model services a table calls (see the file comment). */
export interface TableHooks {
  eq(stored: unknown, probe: unknown): boolean;
  isStr(key: unknown): boolean;
  incref(o: unknown): void;
  decref(o: unknown): void;
  mayBeTracked(o: unknown): boolean;
  track(owner: unknown): void;
}

/** Refcount of the immortal empty keys object (what 64-bit 3.12.1 uses for immortals). */
export const IMMORTAL_REFCNT = 0xffffffff;
/** PyDict_MAXFREELIST: the dict object free list and the 8-slot str-keys free list hold 80 each. */
export const PyDict_MAXFREELIST = 80;
/** DICT_VERSION_INCREMENT = 1 << DICT_MAX_WATCHERS: ma_version_tag steps (low bits are watcher bits). */
export const DICT_VERSION_INCREMENT = 256;

/**
 * Per-interpreter table state. Hook functions are called as plain functions (not as methods of
 * the hooks object), so they must not rely on `this`.
 */
import type { SplitValues } from './dictkeys.ts';

export class TableRuntime {
  readonly eq: (stored: unknown, probe: unknown) => boolean;
  readonly isStr: (key: unknown) => boolean;
  readonly incref: (o: unknown) => void;
  readonly decref: (o: unknown) => void;
  readonly mayBeTracked: (o: unknown) => boolean;
  readonly track: (owner: unknown) => void;
  readonly mem: TableMemory;
  /** CPython: interp->dict_state.keys_free_list (8-slot str-keys objects, LIFO, at most 80). */
  readonly keysFreeList: DictKeys[] = [];
  /** CPython: interp->dict_state.global_version (DICT_NEXT_VERSION). */
  globalVersion = 0;
  /** Advances at every change of a watched table (DictTable.watched): type dicts cached by lookups. */
  watchedVersion = 0;
  /** CPython: interp->dict_state.next_keys_version (_PyDictKeys_GetVersionForCurrentState). */
  nextKeysVersion = 2;
  /**
   * Freed SplitValues by capacity, reused for their JS arrays only (the memory block is asked
   * of `mem` anew each time): an instance is made and freed at every `C()`.
   */
  readonly valuesPool: SplitValues[][] = [];

  constructor(hooks: TableHooks, mem: TableMemory) {
    this.eq = hooks.eq;
    this.isStr = hooks.isStr;
    this.incref = hooks.incref;
    this.decref = hooks.decref;
    this.mayBeTracked = hooks.mayBeTracked;
    this.track = hooks.track;
    this.mem = mem;
  }

  /** DICT_NEXT_VERSION(interp). */
  nextVersion(): number {
    return (this.globalVersion += DICT_VERSION_INCREMENT);
  }

  /**
   * _PyDict_ClearFreeList, keys half: a full collection (and finalization) gives the cached
   * keys objects back to the allocator, last cached first. The dict *object* free list belongs
   * to the object model.
   */
  clearKeysFreeList(): void {
    const fl = this.keysFreeList;
    while (fl.length > 0) this.mem.free(fl.pop()!.addr);
  }
}

// ---- Py_hash_t halves ------------------------------------------------------------------------

const TWO32 = 4294967296;
const SCRATCH = new ArrayBuffer(8);
const S32 = new Int32Array(SCRATCH);
const S64 = new BigInt64Array(SCRATCH);
const LO = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/**
 * Where splitHash leaves a hash's halves: [0] the low 32 bits, [1] the high 32 bits, as signed
 * int32. Read both right away (the next splitHash overwrites them).
 */
export const SPLIT = new Int32Array(2);

/** Splits a hash into SPLIT with a single conversion (what the PyHash-taking methods do). */
export function splitHash(h: TableHash): void {
  if (typeof h === 'number') {
    SPLIT[0] = h | 0;
    SPLIT[1] = Math.floor(h / TWO32);
  } else {
    S64[0] = h;
    SPLIT[0] = S32[LO]!;
    SPLIT[1] = S32[HI]!;
  }
}

/** Low 32 bits of a hash as a signed int32 (`lo & mask` is the first probe). */
export function hashLo(h: TableHash): number {
  if (typeof h === 'number') return h | 0;
  S64[0] = h;
  return S32[LO]!;
}

/** High 32 bits of a hash's two's complement pattern, as a signed int32. */
export function hashHi(h: TableHash): number {
  if (typeof h === 'number') return Math.floor(h / TWO32) | 0;
  S64[0] = h;
  return S32[HI]!;
}

/** The hash whose halves are (hi, lo), in canonical form (number iff a safe integer). */
export function hashOfParts(hi: number, lo: number): TableHash {
  hi |= 0;
  if (hi >= -0x200000 && hi < 0x200000 && (hi !== -0x200000 || lo !== 0)) return hi * TWO32 + (lo >>> 0);
  S32[HI] = hi;
  S32[LO] = lo;
  return S64[0]!;
}

/** A hash given as a bigint, in canonical form. */
export function hashOfBigInt(v: bigint): TableHash {
  const w = BigInt.asIntN(64, v);
  return w >= -0x1fffffffffffffn && w <= 0x1fffffffffffffn ? Number(w) : w;
}

/** Unsigned 64-bit value of a hash (Py_uhash_t), for the rare places that need real arithmetic. */
export function hashToUint64(h: TableHash): bigint {
  return BigInt.asUintN(64, typeof h === 'number' ? BigInt(h) : h);
}

/**
 * A JS array of n nulls. Every table array is made this way (and copied with slice), so all of
 * them share one V8 elements kind (HOLEY_ELEMENTS, without holes) and element loads stay
 * monomorphic; growing a packed array with push costs several times more on big tables.
 */
export function nullArray(n: number): unknown[] {
  return new Array<unknown>(n).fill(null);
}
