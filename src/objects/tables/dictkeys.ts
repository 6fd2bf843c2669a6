// CPython's PyDictKeysObject and PyDictValues (Objects/dictobject.c, Include/internal/
// pycore_dict.h, 3.12.1): the compact dict's hash index, its entries, the values array of a
// split dict, their byte sizes, allocation and the 80-entry free list of 8-slot str-keys objects.
//
// Layout in JS (one typed array and one plain array per keys object, no per-entry objects):
//
//   tab:  Int32Array of size + 2*usable_fraction(size)
//         tab[0 .. size)       dk_indices: entry index, DKIX_EMPTY (-1) or DKIX_DUMMY (-2)
//         tab[size + 2e]       low 32 bits of entry e's hash
//         tab[size + 2e + 1]   high 32 bits of entry e's hash
//   ents: plain array of 2*usable_fraction(size) slots: entry e's key at 2e, value at 2e+1
//         (null for "no key"/"no value": CPython's NULL). In a split keys object the values
//         live in each dict's SplitValues, so the value slots stay null.
//
// CPython stores dk_indices with 1, 2, 4 or 8 bytes per slot depending on the table size; here
// the index is always an Int32Array, so every lookup reads the same element kind (a JS table
// cannot reach 2**31 slots). The CPython width only matters for byte counts, which
// keysAllocBytes() computes from dk_log2_index_bytes as CPython does. Hashes are stored for
// every kind of table (CPython's unicode entries read the hash from the str object instead);
// byte counts still use CPython's 16-byte unicode / 24-byte general entries.
import { IMMORTAL_REFCNT, PyDict_MAXFREELIST, nullArray, type TableRuntime } from './runtime.ts';

export const DKIX_EMPTY = -1;
export const DKIX_DUMMY = -2;
/** dk_kind values (DictKeysKind). */
export const DICT_KEYS_GENERAL = 0;
export const DICT_KEYS_UNICODE = 1;
export const DICT_KEYS_SPLIT = 2;

export const PyDict_LOG_MINSIZE = 3;
export const PyDict_MINSIZE = 8;
/** Shared (split) keys of a class hold at most 30 names; their table has 2**6 slots. */
export const SHARED_KEYS_MAX_SIZE = 30;
export const NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6;

/** sizeof(PyDictObject) on 64-bit: header, ma_used, ma_version_tag, ma_keys, ma_values. */
export const SIZEOF_PYDICTOBJECT = 48;
/** sizeof(PyDictKeysObject) on 64-bit, before dk_indices. */
export const SIZEOF_PYDICTKEYSOBJECT = 32;
/** sizeof(PyDictKeyEntry): me_hash, me_key, me_value. */
export const SIZEOF_DICTKEYENTRY = 24;
/** sizeof(PyDictUnicodeEntry): me_key, me_value. */
export const SIZEOF_DICTUNICODEENTRY = 16;

/** USABLE_FRACTION(n): at most 2/3 of the slots hold entries. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/**
 * calculate_log2_keysize, the LP64 bit trick: bit_length(((minsize | 8) - 1) | 7). It returns
 * log2 of the smallest table >= minsize (at least 8), with two quirks CPython has, so Glasspy
 * too: a power of two >= 16 gets twice that (cpython-memory-facts §2.4), and 1..7 give 16, not
 * 8 -- so {'a': 1} then d[1] = 2 converts to general keys of 16 slots (getsizeof 184 -> 352).
 */
export function calculateLog2Keysize(minsize: number): number {
  if (minsize < 0x40000000) return 32 - Math.clz32((((minsize | 8) - 1) | 7) >>> 0);
  const m = ((BigInt(minsize) | 8n) - 1n) | 7n;
  return m.toString(2).length;
}

/** estimate_log2_keysize: a table that can take n entries without resizing. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** dk_log2_index_bytes for a table of 2**log2Size slots: 1, 2, 4 or 8 bytes per index. */
export function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size >= 32) return log2Size + 3;
  return log2Size + 2;
}

/** Bytes CPython mallocs for a keys object (new_keys_object; _PyDict_KeysSize gives the same). */
export function keysAllocBytes(log2Size: number, unicode: boolean): number {
  return SIZEOF_PYDICTKEYSOBJECT + 2 ** log2IndexBytes(log2Size)
    + usableFraction(2 ** log2Size) * (unicode ? SIZEOF_DICTUNICODEENTRY : SIZEOF_DICTKEYENTRY);
}

/** A dict's hash index and entries (CPython: PyDictKeysObject). See the file comment. */
export class DictKeys {
  refcnt: number;
  log2Size: number;
  mask: number;
  kind: number;
  /** dk_version: 0 whenever the keys changed since a version was last handed out. */
  version: number;
  usable: number;
  nentries: number;
  tab: Int32Array;
  ents: unknown[];
  /** Address of the block CPython would have malloc'ed (0 for the static empty keys). */
  addr: number;

  constructor(log2Size: number, kind: number, addr: number, tab: Int32Array, ents: unknown[], usable: number) {
    this.refcnt = 1;
    this.log2Size = log2Size;
    this.mask = 2 ** log2Size - 1;
    this.kind = kind;
    this.version = 0;
    this.usable = usable;
    this.nentries = 0;
    this.tab = tab;
    this.ents = ents;
    this.addr = addr;
  }

  /** _PyDict_KeysSize: the keys object's size in bytes. */
  byteSize(): number {
    return keysAllocBytes(this.log2Size, this.kind !== DICT_KEYS_GENERAL);
  }
}

function freshKeys(log2Size: number, kind: number, addr: number): DictKeys {
  const size = 2 ** log2Size;
  const usable = usableFraction(size);
  const tab = new Int32Array(size + 2 * usable);
  tab.fill(DKIX_EMPTY, 0, size);
  return new DictKeys(log2Size, kind, addr, tab, nullArray(2 * usable), usable);
}

/**
 * Py_EMPTY_KEYS: the immortal, immutable keys of every empty dict (PyDict_New, after clear()).
 * One table slot, no entries, usable 0: the first insertion always resizes. Never written to.
 */
export const EMPTY_KEYS: DictKeys = (() => {
  const k = freshKeys(0, DICT_KEYS_UNICODE, 0);
  k.refcnt = IMMORTAL_REFCNT;
  k.version = 1;
  return k;
})();

// CPython: new_keys_object
export function newKeysObject(rt: TableRuntime, log2Size: number, unicode: boolean): DictKeys {
  const fl = rt.keysFreeList;
  if (log2Size === PyDict_LOG_MINSIZE && unicode && fl.length > 0) {
    // A cached 8-slot keys object keeps its block (and address); only its header and index are reset.
    const dk = fl.pop()!;
    dk.refcnt = 1;
    dk.kind = DICT_KEYS_UNICODE;
    dk.version = 0;
    dk.usable = 5;
    dk.nentries = 0;
    dk.tab.fill(DKIX_EMPTY, 0, PyDict_MINSIZE);
    return dk;
  }
  const addr = rt.mem.malloc(keysAllocBytes(log2Size, unicode));
  return freshKeys(log2Size, unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL, addr);
}

/**
 * The end of free_keys_object and of dictresize's release of the old table: an 8-slot str-keys
 * block goes to the free list while it has room, any other block back to the allocator. The
 * entries' references must already be released or moved.
 */
export function releaseKeysBlock(rt: TableRuntime, dk: DictKeys): void {
  const fl = rt.keysFreeList;
  if (dk.log2Size === PyDict_LOG_MINSIZE && dk.kind !== DICT_KEYS_GENERAL && fl.length < PyDict_MAXFREELIST) {
    // Drop stale references so the JS garbage collector can reclaim dead objects; CPython
    // leaves dangling pointers there, which are never read.
    dk.ents.fill(null);
    fl.push(dk);
    return;
  }
  rt.mem.free(dk.addr);
}

// CPython: free_keys_object (each entry's key, then its value, in entry order)
export function freeKeysObject(rt: TableRuntime, dk: DictKeys): void {
  const ents = dk.ents;
  for (let i = 0, n = dk.nentries; i < n; i++) {
    const k = ents[2 * i];
    if (k !== null) rt.decref(k);
    const v = ents[2 * i + 1];
    if (v !== null) rt.decref(v);
  }
  releaseKeysBlock(rt, dk);
}

// CPython: dictkeys_incref
export function dictkeysIncref(dk: DictKeys): void {
  if (dk.refcnt !== IMMORTAL_REFCNT) dk.refcnt++;
}

// CPython: dictkeys_decref
export function dictkeysDecref(rt: TableRuntime, dk: DictKeys): void {
  if (dk.refcnt === IMMORTAL_REFCNT) return;
  if (--dk.refcnt === 0) freeKeysObject(rt, dk);
}

// CPython: clone_combined_dict_keys (a fresh PyObject_Malloc, never the free list)
export function cloneCombinedKeys(rt: TableRuntime, src: DictKeys): DictKeys {
  const addr = rt.mem.malloc(src.byteSize());
  const dk = new DictKeys(src.log2Size, src.kind, addr, src.tab.slice(), src.ents.slice(), src.usable);
  dk.nentries = src.nentries;
  dk.version = src.version; // memcpy'd with the rest
  const ents = dk.ents;
  for (let i = 0, n = dk.nentries; i < n; i++) {
    const v = ents[2 * i + 1];
    if (v !== null) {
      rt.incref(v);
      rt.incref(ents[2 * i]);
    }
  }
  return dk;
}

// CPython: _PyDictKeys_GetVersionForCurrentState
export function keysVersionForCurrentState(rt: TableRuntime, dk: DictKeys): number {
  if (dk.version !== 0) return dk.version;
  if (rt.nextKeysVersion === 0) return 0;
  const v = rt.nextKeysVersion;
  rt.nextKeysVersion = v === 0xffffffff ? 0 : v + 1; // uint32: runs out rather than wrapping
  dk.version = v;
  return v;
}

// ---- probing ---------------------------------------------------------------------------------
//
// The probe sequence (dictobject.c's long comment): i = hash & mask, then
// perturb >>= PERTURB_SHIFT (5); i = (i*5 + perturb + 1) & mask, with perturb the unsigned 64-bit
// hash. perturb is kept as two int32 halves (pl, ph): `pl = (pl >>> 5) | (ph << 27); ph >>>= 5`.
// Only the low bits of i*5 + perturb + 1 matter, and the double sum is exact, so `& mask` of it
// equals CPython's size_t arithmetic.

// CPython: find_empty_slot (first slot whose index is EMPTY or DUMMY)
export function findEmptySlot(dk: DictKeys, hi: number, lo: number): number {
  const tab = dk.tab;
  const mask = dk.mask;
  let i = lo & mask;
  let pl = lo;
  let ph = hi;
  while (tab[i]! >= 0) {
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + pl + 1) & mask;
  }
  return i;
}

// CPython: lookdict_index (the slot holding entry `index`, found from its hash)
export function lookdictIndex(dk: DictKeys, hi: number, lo: number, index: number): number {
  const tab = dk.tab;
  const mask = dk.mask;
  let i = lo & mask;
  let pl = lo;
  let ph = hi;
  for (;;) {
    const ix = tab[i]!;
    if (ix === index) return i;
    if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + pl + 1) & mask;
  }
}

// CPython: build_indices_generic / build_indices_unicode (entries 0..n-1 into an empty index)
export function buildIndices(dk: DictKeys, n: number): void {
  const tab = dk.tab;
  const mask = dk.mask;
  const hb = mask + 1;
  for (let ix = 0; ix < n; ix++) {
    const lo = tab[hb + 2 * ix]!;
    let ph = tab[hb + 2 * ix + 1]!;
    let pl = lo;
    let i = lo & mask;
    while (tab[i] !== DKIX_EMPTY) {
      pl = (pl >>> 5) | (ph << 27);
      ph >>>= 5;
      i = (i * 5 + pl + 1) & mask;
    }
    tab[i] = ix;
  }
}

/**
 * unicodekeys_lookup_unicode on a keys object alone (shared keys of a class): the key is an
 * exact str, so the comparison cannot run Python code and no restart is needed.
 */
export function keysLookupStr(rt: TableRuntime, dk: DictKeys, key: unknown, hi: number, lo: number): number {
  const tab = dk.tab;
  const ents = dk.ents;
  const mask = dk.mask;
  const hb = mask + 1;
  let i = lo & mask;
  let pl = lo;
  let ph = hi;
  for (;;) {
    const ix = tab[i]!;
    if (ix >= 0) {
      const sk = ents[2 * ix];
      if (sk === key) return ix;
      if (tab[hb + 2 * ix] === lo && tab[hb + 2 * ix + 1] === hi && rt.eq(sk, key)) return ix;
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + pl + 1) & mask;
  }
}

// ---- split dicts' values (PyDictValues) ------------------------------------------------------

/**
 * The values of a split dict or of an instance without a dict object (CPython: PyDictValues and
 * the prefix bytes before it). `order` lists entry indices in insertion order (the prefix bytes
 * read backwards from values[-3]); `size` is the prefix byte at values[-2].
 */
export class SplitValues {
  vals: unknown[];
  order: Uint8Array;
  size: number;
  capacity: number;
  addr: number;

  constructor(capacity: number, addr: number) {
    this.vals = nullArray(capacity);
    this.order = new Uint8Array(capacity);
    this.size = 0;
    this.capacity = capacity;
    this.addr = addr;
  }
}

/** Bytes new_values PyMem_Mallocs for `capacity` values: an 8-rounded prefix of capacity+2 bytes, then the pointers. */
export function valuesAllocBytes(capacity: number): number {
  return ((capacity + 2 + 7) & ~7) + 8 * capacity;
}

// CPython: new_values (the caller fills the slots: they start NULL here)
export function newValues(rt: TableRuntime, capacity: number): SplitValues {
  const addr = rt.mem.malloc(valuesAllocBytes(capacity));
  const pool = rt.valuesPool[capacity];
  if (pool !== undefined && pool.length > 0) {
    const v = pool.pop()!;
    v.addr = addr;
    v.size = 0;
    return v;
  }
  return new SplitValues(capacity, addr);
}

/** How many freed SplitValues of one capacity are kept for reuse. */
const VALUES_POOL_SIZE = 256;

// CPython: free_values
export function freeValues(rt: TableRuntime, v: SplitValues): void {
  rt.mem.free(v.addr);
  v.vals.fill(null);
  const pool = (rt.valuesPool[v.capacity] ??= []);
  if (pool.length < VALUES_POOL_SIZE) pool.push(v);
}

// CPython: _PyDictValues_AddToInsertionOrder
export function addToInsertionOrder(v: SplitValues, ix: number): void {
  v.order[v.size++] = ix;
}

// CPython: delete_index_from_values
export function deleteIndexFromValues(v: SplitValues, ix: number): void {
  const order = v.order;
  const size = v.size;
  let i = 0;
  while (order[i] !== ix) i++;
  order.copyWithin(i, i + 1, size);
  v.size = size - 1;
}

/** shared_keys_usable_size: the values-array capacity a new instance or split dict gets now. */
export function sharedKeysUsableSize(dk: DictKeys): number {
  return dk.nentries + dk.usable;
}
