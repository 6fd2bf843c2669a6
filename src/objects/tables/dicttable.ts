// The hash table of a dict (CPython 3.12.1 Objects/dictobject.c): a PyDictObject's ma_used,
// ma_version_tag, ma_keys and ma_values, and the algorithms that work on them, written over the
// JS layout of dictkeys.ts. Keys and values are opaque; the object model supplies hashes (as
// PyHash: number | bigint) and the hooks of runtime.ts.
//
// Reference ownership follows CPython: setItem/setDefault borrow their arguments (the table
// takes its own references), pop/popItem hand the table's references to the caller, and
// everything the table releases is released through rt.decref at the point CPython releases it,
// after the table is consistent again -- so a __del__ or an __eq__ that touches the dict sees
// what it would see in CPython. rt.eq may throw: the exception propagates and the table is
// consistent (nothing half-done), as CPython's is when __eq__ raises.
//
// What stays with the object model: the dict object itself (its 48+16 bytes and the 80-entry
// dict free list), when a dict is tracked at all (it tells the table through gcUntrackedOwner;
// the table does MAINTAIN_TRACKING through rt.track), hashing keys, raising KeyError and
// RuntimeError from the status codes returned here, and dict watchers.
import {
  DICT_KEYS_GENERAL, DICT_KEYS_SPLIT, DKIX_DUMMY, DKIX_EMPTY, DictKeys, EMPTY_KEYS, PyDict_LOG_MINSIZE,
  SIZEOF_PYDICTOBJECT, SplitValues, addToInsertionOrder, buildIndices, calculateLog2Keysize, cloneCombinedKeys,
  deleteIndexFromValues, dictkeysDecref, dictkeysIncref, estimateLog2Keysize, findEmptySlot, freeValues,
  lookdictIndex, newKeysObject, newValues, releaseKeysBlock, sharedKeysUsableSize, usableFraction,
} from './dictkeys.ts';
import { SPLIT, hashOfParts, splitHash, type TableHash, type TableRuntime } from './runtime.ts';

/** iterNext results besides an entry index (>= 0). */
export const ITER_END = -1;
/** RuntimeError "dictionary changed size during iteration" (sticky, as CPython's di_used = -1). */
export const ITER_CHANGED_SIZE = -2;
/** RuntimeError "dictionary keys changed during iteration". */
export const ITER_KEYS_CHANGED = -3;

/** merge results. */
export const MERGE_OK = 0;
/** RuntimeError "dict mutated during update" (the source's dk_nentries changed). */
export const MERGE_MUTATED = -1;
/** override == 2 found a key already present: KeyError(rt.mergeErrorKey), see DictTable.merge. */
export const MERGE_KEY_EXISTS = -2;

/** The state of a dict (or set) iterator: CPython's di_used, di_pos and len. */
export class TableIterState {
  used: number;
  pos: number;
  len: number;
  constructor(used: number, pos: number, len: number) {
    this.used = used;
    this.pos = pos;
    this.len = len;
  }
}

/** A dict's table: CPython's PyDictObject minus the object header. */
export class DictTable<K = unknown, V = unknown> {
  readonly rt: TableRuntime;
  /** ma_used: number of items. */
  used: number;
  /** ma_version_tag: a new value from the interpreter's counter at every change. */
  versionTag: number;
  /** ma_keys. */
  keys: DictKeys;
  /** ma_values: non-null for a split dict. */
  values: SplitValues | null;
  /** MERGE_KEY_EXISTS leaves here the key (a new reference the caller must release). */
  mergeErrorKey: unknown;
  /** Every change also advances rt.watchedVersion (the dict of a type whose lookups are cached). */
  watched: boolean;
  /**
   * The dict object owning this table while the cyclic collector does not track it (an exact
   * dict starts so, and a collection may untrack it again), else null. Storing a key or value
   * that may be tracked then tracks the owner (rt.track) and sets this to null.
   */
  gcUntrackedOwner: unknown;

  /** PyDict_New: an empty dict on the shared empty keys (allocates nothing). */
  constructor(rt: TableRuntime) {
    this.rt = rt;
    this.used = 0;
    this.versionTag = rt.nextVersion();
    this.watched = false;
    this.keys = EMPTY_KEYS;
    this.values = null;
    this.mergeErrorKey = null;
    this.gcUntrackedOwner = null;
  }

  // CPython: dict_new_presized (_PyDict_NewPresized, _PyDict_FromItems with `unicode`)
  static newPresized<K, V>(rt: TableRuntime, minused: number, unicode: boolean): DictTable<K, V> {
    const d = new DictTable<K, V>(rt);
    if (minused <= usableFraction(8)) return d;
    // No guarantee beyond this: a medium table rather than a huge one or a MemoryError.
    const log2 = minused > usableFraction(2 ** 17) ? 17 : estimateLog2Keysize(minused);
    d.keys = newKeysObject(rt, log2, unicode);
    return d;
  }

  /** new_dict_with_shared_keys: a split dict on a class's shared keys (takes a keys reference). */
  static withSharedKeys<K, V>(rt: TableRuntime, keys: DictKeys): DictTable<K, V> {
    dictkeysIncref(keys);
    const size = sharedKeysUsableSize(keys);
    const values = newValues(rt, size);
    const d = new DictTable<K, V>(rt);
    d.keys = keys;
    d.values = values;
    return d;
  }

  /**
   * make_dict_from_instance_attributes: the dict materialized for an instance's inline values
   * (obj.__dict__, or a store the shared keys cannot take). The dict takes over `values` and a
   * reference to the keys. The caller tracks it if any value may be tracked.
   */
  static fromInstanceValues<K, V>(rt: TableRuntime, keys: DictKeys, values: SplitValues): DictTable<K, V> {
    dictkeysIncref(keys);
    let used = 0;
    const size = sharedKeysUsableSize(keys);
    const vals = values.vals;
    for (let i = 0; i < size; i++) if (vals[i] !== null) used++;
    const d = new DictTable<K, V>(rt);
    d.keys = keys;
    d.values = values;
    d.used = used;
    return d;
  }

  /** Tracks the untracked owner if `key` or `value` may be tracked. CPython: MAINTAIN_TRACKING */
  private maintainTracking(key: unknown, value: unknown): void {
    const rt = this.rt;
    if (rt.mayBeTracked(key) || rt.mayBeTracked(value)) {
      const owner = this.gcUntrackedOwner;
      this.gcUntrackedOwner = null;
      rt.track(owner);
    }
  }

  /** A change: a new version tag (and a new watched version for a watched table). */
  private newVersion(): void {
    const rt = this.rt;
    this.versionTag = rt.nextVersion();
    if (this.watched) rt.watchedVersion++;
  }

  // ---- lookup ----------------------------------------------------------------------------------

  /**
   * _Py_dict_lookup: the entry index of `key`, or DKIX_EMPTY (-1). For a split dict an index may
   * come back whose value is null (the name is in the shared keys, not in this dict): read
   * valueAt(). Restarts, as CPython does, when an __eq__ resized the dict or replaced the entry.
   */
  lookup(key: K, hash: TableHash): number {
    splitHash(hash);
    return this.lookupParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  /** lookup() with the hash as int32 halves. */
  lookupParts(key: unknown, hi: number, lo: number): number {
    const rt = this.rt;
    restart: for (;;) {
      const dk = this.keys;
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
          if (tab[hb + 2 * ix] === lo && tab[hb + 2 * ix + 1] === hi) {
            // dictkeys_generic_lookup / unicodekeys_lookup_generic: hold the stored key while
            // __eq__ runs, then check that the table and the entry are still the same.
            rt.incref(sk);
            let cmp: boolean;
            try {
              cmp = rt.eq(sk, key);
            } finally {
              rt.decref(sk);
            }
            if (dk !== this.keys || ents[2 * ix] !== sk) continue restart; // DKIX_KEY_CHANGED
            if (cmp) return ix;
          }
        } else if (ix === DKIX_EMPTY) {
          return DKIX_EMPTY;
        }
        pl = (pl >>> 5) | (ph << 27);
        ph >>>= 5;
        i = (i * 5 + pl + 1) & mask;
      }
    }
  }

  /** The value of entry `ix` (null: a split dict without that name). */
  valueAt(ix: number): V | null {
    const v = this.values;
    return (v === null ? this.keys.ents[2 * ix + 1] : v.vals[ix]) as V | null;
  }

  /** The key of entry `ix`. */
  keyAt(ix: number): K {
    return this.keys.ents[2 * ix] as K;
  }

  /** The stored hash of entry `ix`. */
  hashAt(ix: number): TableHash {
    const dk = this.keys;
    const hb = dk.mask + 1 + 2 * ix;
    return hashOfParts(dk.tab[hb + 1]!, dk.tab[hb]!);
  }

  /** PyDict_GetItemWithError with a known hash: the value (borrowed) or null. */
  getItem(key: K, hash: TableHash): V | null {
    splitHash(hash);
    return this.getItemParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  /** getItem() with the hash as int32 halves (the hot path: callers can cache a str's halves). */
  getItemParts(key: unknown, hi: number, lo: number): V | null {
    const ix = this.lookupParts(key, hi, lo);
    return ix < 0 ? null : this.valueAt(ix);
  }

  // CPython: _PyDict_Contains_KnownHash
  contains(key: K, hash: TableHash): boolean {
    splitHash(hash);
    return this.containsParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  containsParts(key: unknown, hi: number, lo: number): boolean {
    const ix = this.lookupParts(key, hi, lo);
    return ix >= 0 && this.valueAt(ix) !== null;
  }

  // ---- insertion -------------------------------------------------------------------------------

  /** PyDict_SetItem / _PyDict_SetItem_KnownHash: d[key] = value (borrows both). */
  setItem(key: K, hash: TableHash, value: V): void {
    splitHash(hash);
    this.setItemParts(key, SPLIT[1]!, SPLIT[0]!, value);
  }

  /** setItem() with the hash as int32 halves. */
  setItemParts(key: unknown, hi: number, lo: number, value: unknown): void {
    const rt = this.rt;
    rt.incref(key);
    rt.incref(value);
    if (this.keys === EMPTY_KEYS) this.insertToEmptyDict(key, hi, lo, value);
    else this.insertDict(key, hi, lo, value);
  }

  // CPython: insert_to_emptydict (consumes the key and value references)
  private insertToEmptyDict(key: unknown, hi: number, lo: number, value: unknown): void {
    const rt = this.rt;
    const dk = newKeysObject(rt, PyDict_LOG_MINSIZE, rt.isStr(key));
    this.newVersion();
    this.keys = dk;
    this.values = null;
    if (this.gcUntrackedOwner !== null) this.maintainTracking(key, value);
    dk.tab[lo & 7] = 0;
    dk.tab[8] = lo;
    dk.tab[9] = hi;
    dk.ents[0] = key;
    dk.ents[1] = value;
    this.used++;
    dk.usable--;
    dk.nentries++;
  }

  /**
   * insertdict: consumes the key and value references. Also the merge step of dict_merge and
   * dict.fromkeys; works on the empty keys too (it resizes before writing).
   *
   * Known divergence: the str-keys check comes before the lookup, as in CPython. If an __eq__
   * during that lookup clears the dict, the lookup restarts on the empty keys, which are a
   * str-keys table, and the resize keeps that kind: CPython (and Glasspy) then store a non-str
   * key in a str-keys table (16-byte entries, same getsizeof). CPython later reads that key's
   * "hash" from the key object's memory as if it were a str (unicode_get_hash), an
   * address-dependent value; Glasspy keeps the real hash, so only later comparisons against an
   * equal but not identical key can differ.
   */
  insertDict(key: unknown, hi: number, lo: number, value: unknown): void {
    const rt = this.rt;
    if (this.keys.kind !== DICT_KEYS_GENERAL && !rt.isStr(key)) this.insertionResize(false);
    let ix: number;
    try {
      ix = this.lookupParts(key, hi, lo);
    } catch (e) {
      rt.decref(value);
      rt.decref(key);
      throw e;
    }
    if (this.gcUntrackedOwner !== null) this.maintainTracking(key, value);
    if (ix === DKIX_EMPTY) {
      if (this.keys.usable <= 0) this.insertionResize(true);
      this.newVersion();
      this.appendEntry(key, hi, lo, value);
      return;
    }
    this.storeAt(ix, value);
    rt.decref(key);
  }

  /** insertdict's update of an existing entry `ix` (consumes the value reference). */
  private storeAt(ix: number, value: unknown): void {
    const old = this.valueAt(ix);
    if (old !== value) {
      this.newVersion();
      const vals = this.values;
      if (vals !== null) {
        vals.vals[ix] = value;
        if (old === null) {
          addToInsertionOrder(vals, ix);
          this.used++;
        }
      } else {
        this.keys.ents[2 * ix + 1] = value;
      }
    }
    if (old !== null) this.rt.decref(old); // can re-enter (bpo-22653): the table is consistent
  }

  /**
   * Whether entry `ix` (a hint: where an earlier lookup found the key) holds `key` itself in a
   * table of str keys only. Then it is the key's entry, and a lookup would have found it without
   * running any __eq__ (str keys compare without one), so callers may skip the lookup.
   */
  holdsKeyAt(key: unknown, ix: number): boolean {
    const dk = this.keys;
    return ix < dk.nentries && dk.ents[2 * ix] === key && dk.kind !== DICT_KEYS_GENERAL;
  }

  /** The entry of `key` in a table of str keys only (a lookup that runs no __eq__), else -1. */
  strKeyEntry(key: unknown, hi: number, lo: number): number {
    return this.keys.kind === DICT_KEYS_GENERAL ? -1 : this.lookupParts(key, hi, lo);
  }

  /**
   * setItem() for a key at entry `ix` (holdsKeyAt(key, ix) is true): borrows the value.
   * CPython: STORE_ATTR_WITH_HINT
   */
  setItemAt(ix: number, value: unknown): void {
    this.rt.incref(value);
    if (this.gcUntrackedOwner !== null) this.maintainTracking(this.keys.ents[2 * ix], value);
    this.storeAt(ix, value);
  }

  /** The "insert into new slot" tail of insertdict: the key is absent and there is room. */
  private appendEntry(key: unknown, hi: number, lo: number, value: unknown): void {
    const dk = this.keys;
    dk.version = 0;
    const n = dk.nentries;
    const tab = dk.tab;
    tab[findEmptySlot(dk, hi, lo)] = n;
    const hb = dk.mask + 1 + 2 * n;
    tab[hb] = lo;
    tab[hb + 1] = hi;
    dk.ents[2 * n] = key;
    const vals = this.values;
    if (vals !== null) {
      // A split dict adds the name to the shared keys; its values array has room (its capacity
      // was nentries + usable of the keys, a sum that never grows).
      addToInsertionOrder(vals, n);
      vals.vals[n] = value;
    } else {
      dk.ents[2 * n + 1] = value;
    }
    this.used++;
    dk.usable--;
    dk.nentries++;
  }

  // CPython: insertion_resize (GROWTH_RATE = used*3)
  private insertionResize(unicode: boolean): void {
    this.resize(calculateLog2Keysize(this.used * 3), unicode);
  }

  /**
   * dictresize: a new keys object of 2**log2NewSize slots, the live entries copied in order
   * (a split dict's in insertion order; it becomes combined), the old keys released or cached.
   */
  resize(log2NewSize: number, unicode: boolean): void {
    if (log2NewSize >= 31) throw new RangeError('dict table too large'); // MemoryError in CPython (at 64)
    const rt = this.rt;
    const oldkeys = this.keys;
    const oldvalues = this.values;
    if (oldkeys.kind === DICT_KEYS_GENERAL) unicode = false;
    const nk = newKeysObject(rt, log2NewSize, unicode);
    this.keys = nk;
    const numentries = this.used;
    const nt = nk.tab;
    const ne = nk.ents;
    const nhb = nk.mask + 1;
    const ot = oldkeys.tab;
    const oe = oldkeys.ents;
    const ohb = oldkeys.mask + 1;
    if (oldvalues !== null) {
      // split -> combined: the keys are shared, so they get new references; values move.
      const order = oldvalues.order;
      const vals = oldvalues.vals;
      for (let i = 0; i < numentries; i++) {
        const index = order[i]!;
        const key = oe[2 * index];
        rt.incref(key);
        ne[2 * i] = key;
        ne[2 * i + 1] = vals[index];
        nt[nhb + 2 * i] = ot[ohb + 2 * index]!;
        nt[nhb + 2 * i + 1] = ot[ohb + 2 * index + 1]!;
      }
      buildIndices(nk, numentries);
      dictkeysDecref(rt, oldkeys);
      this.values = null;
      freeValues(rt, oldvalues);
    } else {
      // combined -> combined: references move with the entries, holes are squeezed out.
      for (let i = 0, j = 0; j < numentries; i++) {
        const v = oe[2 * i + 1];
        if (v === null) continue;
        ne[2 * j] = oe[2 * i];
        ne[2 * j + 1] = v;
        nt[nhb + 2 * j] = ot[ohb + 2 * i]!;
        nt[nhb + 2 * j + 1] = ot[ohb + 2 * i + 1]!;
        j++;
      }
      buildIndices(nk, numentries);
      if (oldkeys !== EMPTY_KEYS) releaseKeysBlock(rt, oldkeys);
    }
    nk.usable -= numentries;
    nk.nentries = numentries;
  }

  /** PyDict_SetDefault: the value now at key (borrowed); inserts `deflt` if absent. */
  setDefault(key: K, hash: TableHash, deflt: V): V {
    splitHash(hash);
    return this.setDefaultParts(key, SPLIT[1]!, SPLIT[0]!, deflt) as V;
  }

  setDefaultParts(key: unknown, hi: number, lo: number, deflt: unknown): unknown {
    const rt = this.rt;
    if (this.keys === EMPTY_KEYS) {
      rt.incref(key);
      rt.incref(deflt);
      this.insertToEmptyDict(key, hi, lo, deflt);
      return deflt;
    }
    if (!rt.isStr(key) && this.keys.kind !== DICT_KEYS_GENERAL) this.insertionResize(false);
    const ix = this.lookupParts(key, hi, lo);
    if (ix === DKIX_EMPTY) {
      if (this.keys.usable <= 0) this.insertionResize(true);
      this.newVersion();
      rt.incref(key);
      rt.incref(deflt);
      if (this.gcUntrackedOwner !== null) this.maintainTracking(key, deflt);
      this.appendEntry(key, hi, lo, deflt);
      return deflt;
    }
    const v = this.valueAt(ix);
    if (v !== null) return v;
    // A split dict without this name: fill its slot.
    this.newVersion();
    const vals = this.values!;
    rt.incref(deflt);
    if (this.gcUntrackedOwner !== null) this.maintainTracking(key, deflt);
    vals.vals[ix] = deflt;
    addToInsertionOrder(vals, ix);
    this.used++;
    return deflt;
  }

  // ---- deletion --------------------------------------------------------------------------------

  /** _PyDict_DelItem_KnownHash: false when the key is absent (the caller raises KeyError). */
  delItem(key: K, hash: TableHash): boolean {
    splitHash(hash);
    return this.delItemParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  delItemParts(key: unknown, hi: number, lo: number): boolean {
    const ix = this.lookupParts(key, hi, lo);
    if (ix < 0) return false;
    const old = this.valueAt(ix);
    if (old === null) return false;
    this.newVersion();
    this.delitemCommon(hi, lo, ix, old, true);
    return true;
  }

  /**
   * _PyDict_Pop_KnownHash: removes key and returns its value with the table's reference, or
   * null if absent. CPython checks for an empty dict before hashing the key: the caller should
   * test `used === 0` first to skip __hash__ as CPython does.
   */
  pop(key: K, hash: TableHash): V | null {
    if (this.used === 0) return null;
    splitHash(hash);
    return this.popParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  popParts(key: unknown, hi: number, lo: number): V | null {
    if (this.used === 0) return null;
    const ix = this.lookupParts(key, hi, lo);
    if (ix < 0) return null;
    const old = this.valueAt(ix);
    if (old === null) return null;
    this.newVersion();
    this.delitemCommon(hi, lo, ix, old, false);
    return old;
  }

  // CPython: delitem_common (a combined table leaves DKIX_DUMMY; usable is not given back)
  private delitemCommon(hi: number, lo: number, ix: number, old: unknown, dropValue: boolean): void {
    const rt = this.rt;
    const dk = this.keys;
    const hashpos = lookdictIndex(dk, hi, lo, ix);
    this.used--;
    const vals = this.values;
    if (vals !== null) {
      vals.vals[ix] = null;
      deleteIndexFromValues(vals, ix);
    } else {
      dk.version = 0;
      dk.tab[hashpos] = DKIX_DUMMY;
      const ents = dk.ents;
      const oldKey = ents[2 * ix];
      ents[2 * ix] = null;
      ents[2 * ix + 1] = null;
      rt.decref(oldKey);
    }
    if (dropValue) rt.decref(old);
  }

  /**
   * dict.popitem: the last item, as [key, value] with the table's references, or null if empty
   * (the caller raises KeyError; CPython allocates the result tuple before this check). A split
   * dict is first made combined at the same size.
   */
  popItem(): [K, V] | null {
    if (this.used === 0) return null;
    if (this.keys.kind === DICT_KEYS_SPLIT) this.resize(this.keys.log2Size, true);
    const dk = this.keys;
    dk.version = 0;
    const ents = dk.ents;
    let i = dk.nentries - 1;
    while (i >= 0 && ents[2 * i + 1] === null) i--;
    const key = ents[2 * i];
    const value = ents[2 * i + 1];
    this.newVersion();
    const hb = dk.mask + 1 + 2 * i;
    const lo = dk.tab[hb]!;
    const hi = dk.tab[hb + 1]!;
    ents[2 * i] = null;
    ents[2 * i + 1] = null;
    dk.tab[lookdictIndex(dk, hi, lo, i)] = DKIX_DUMMY;
    // No usable++: the DUMMY stays in the index.
    dk.nentries = i;
    this.used--;
    return [key as K, value as V];
  }

  /** PyDict_Clear: back to the empty keys first, then the old items are released. */
  clear(): void {
    const oldkeys = this.keys;
    const oldvalues = this.values;
    if (oldkeys === EMPTY_KEYS) return;
    const rt = this.rt;
    this.newVersion();
    this.keys = EMPTY_KEYS;
    this.values = null;
    this.used = 0;
    if (oldvalues !== null) {
      const vals = oldvalues.vals;
      for (let i = 0, n = oldkeys.nentries; i < n; i++) {
        const v = vals[i];
        if (v !== null) {
          vals[i] = null;
          rt.decref(v);
        }
      }
      freeValues(rt, oldvalues);
    }
    dictkeysDecref(rt, oldkeys);
  }

  /**
   * The table half of dict_dealloc: releases the values (split) or the keys and their items.
   * The table is left empty; the dict object and its free list are the caller's.
   */
  dealloc(): void {
    const rt = this.rt;
    const vals = this.values;
    const dk = this.keys;
    this.keys = EMPTY_KEYS;
    this.values = null;
    this.used = 0;
    if (vals !== null) {
      const vs = vals.vals;
      for (let i = 0, n = dk.nentries; i < n; i++) {
        const v = vs[i];
        if (v !== null) rt.decref(v);
      }
      freeValues(rt, vals);
    }
    dictkeysDecref(rt, dk);
  }

  // ---- copy and merge --------------------------------------------------------------------------

  /**
   * PyDict_Copy. The order of allocations is CPython's for the table; CPython allocates the new
   * dict object itself after the table memory for a split or cloned copy and before it for the
   * merge path: see copyAllocatesObjectFirst(). (The split copy's object comes from
   * PyObject_GC_New directly, not from the dict free list; the other paths use it.)
   */
  copy(): DictTable<K, V> {
    const rt = this.rt;
    if (this.used === 0) return new DictTable<K, V>(rt);
    const vals = this.values;
    const dk = this.keys;
    if (vals !== null) {
      const size = sharedKeysUsableSize(dk);
      const nv = newValues(rt, size);
      nv.order.set(vals.order.subarray(0, vals.size));
      nv.size = vals.size;
      const d = new DictTable<K, V>(rt);
      d.values = nv;
      d.keys = dk;
      d.used = this.used;
      dictkeysIncref(dk);
      const src = vals.vals;
      const dst = nv.vals;
      for (let i = 0; i < size; i++) {
        const v = src[i];
        if (v !== null) rt.incref(v);
        dst[i] = v;
      }
      return d;
    }
    if (this.used >= Math.floor((dk.nentries * 2) / 3)) {
      // Fast copy of a compact enough table: same size, same layout.
      const keys = cloneCombinedKeys(rt, dk);
      const d = new DictTable<K, V>(rt);
      d.keys = keys;
      d.used = this.used;
      return d;
    }
    const d = new DictTable<K, V>(rt);
    d.merge(this, 1);
    return d;
  }

  /** Whether PyDict_Copy allocates the new dict object before any table memory. */
  copyAllocatesObjectFirst(): boolean {
    return this.used === 0 || (this.values === null && this.used < Math.floor((this.keys.nentries * 2) / 3));
  }

  /**
   * dict_merge for a dict `other` whose type does not override __iter__ (update, |, |=, dict(d),
   * {**d}, PyDict_Merge). override: 1 replaces, 0 keeps existing items, 2 reports an existing
   * key (MERGE_KEY_EXISTS, the key in mergeErrorKey). Returns MERGE_OK or MERGE_MUTATED when the
   * source changed size under us. Mappings that are not dicts are the caller's (keys() loop).
   */
  merge(other: DictTable<K, V>, override: number): number {
    if (other === this || other.used === 0) return MERGE_OK;
    const rt = this.rt;
    if (this.used === 0) {
      override = 1; // nothing to keep
      const okeys = other.keys;
      // A clean, combined, recently built source is cloned as is.
      if (other.values === null && other.used === okeys.nentries
          && (okeys.log2Size === PyDict_LOG_MINSIZE || usableFraction((okeys.mask + 1) >> 1) < other.used)) {
        this.newVersion();
        const keys = cloneCombinedKeys(rt, okeys);
        dictkeysDecref(rt, this.keys);
        this.keys = keys;
        if (this.values !== null) {
          freeValues(rt, this.values);
          this.values = null;
        }
        this.used = other.used;
        // The copy is tracked if the source is (its items were not looked at).
        if (other.gcUntrackedOwner === null && this.gcUntrackedOwner !== null) {
          const owner = this.gcUntrackedOwner;
          this.gcUntrackedOwner = null;
          rt.track(owner);
        }
        return MERGE_OK;
      }
    }
    // One big resize up front, expecting few overlapping keys.
    if (usableFraction(this.keys.mask + 1) < other.used) {
      this.resize(estimateLog2Keysize(this.used + other.used), other.keys.kind !== DICT_KEYS_GENERAL);
    }
    const origSize = other.keys.nentries;
    for (let pos = 0; ;) {
      // _PyDict_Next(other, &pos, ...), re-reading other's state each step
      const p = other.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const ix = other.entryIndex(p);
      const okeys = other.keys;
      const key = okeys.ents[2 * ix];
      const value = other.valueAt(ix);
      const hb = okeys.mask + 1 + 2 * ix;
      const lo = okeys.tab[hb]!;
      const hi = okeys.tab[hb + 1]!;
      rt.incref(key);
      rt.incref(value);
      try {
        if (override === 1) {
          rt.incref(key);
          rt.incref(value);
          this.insertDict(key, hi, lo, value);
        } else {
          const found = this.lookupParts(key, hi, lo);
          if (found < 0 || this.valueAt(found) === null) {
            rt.incref(key);
            rt.incref(value);
            this.insertDict(key, hi, lo, value);
          } else if (override !== 0) {
            rt.decref(value);
            this.mergeErrorKey = key; // keeps the temporary reference
            return MERGE_KEY_EXISTS;
          }
        }
      } catch (e) {
        rt.decref(value);
        rt.decref(key);
        throw e;
      }
      rt.decref(value);
      rt.decref(key);
      if (origSize !== other.keys.nentries) return MERGE_MUTATED;
    }
    return MERGE_OK;
  }

  /**
   * The dict branch of _PyDict_FromKeys: this (a fresh empty dict) is resized for `src` and gets
   * every key of src with `value`.
   */
  fillFromKeysOfDict(src: DictTable<K, unknown>, value: V): void {
    const rt = this.rt;
    this.resize(estimateLog2Keysize(src.used), src.keys.kind !== DICT_KEYS_GENERAL);
    for (let pos = 0; ;) {
      const p = src.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const ix = src.entryIndex(p);
      const sk = src.keys;
      const hb = sk.mask + 1 + 2 * ix;
      const key = sk.ents[2 * ix];
      rt.incref(key);
      rt.incref(value);
      this.insertDict(key, sk.tab[hb + 1]!, sk.tab[hb]!, value);
    }
  }

  /**
   * dict_equal: same length, then every item of this, in entry order, found in `other` (by its
   * stored hash) with an equal value. rt.eq compares values too (after an identity check).
   */
  equals(other: DictTable<K, V>): boolean {
    if (this.used !== other.used) return false;
    const rt = this.rt;
    for (let i = 0; i < this.keys.nentries; i++) {
      const dk = this.keys;
      const key = dk.ents[2 * i];
      if (key === null) continue;
      const aval = this.values !== null ? this.values.vals[i] : dk.ents[2 * i + 1];
      if (aval === null) continue;
      const hb = dk.mask + 1 + 2 * i;
      rt.incref(aval);
      rt.incref(key);
      let bix: number;
      try {
        bix = other.lookupParts(key, dk.tab[hb + 1]!, dk.tab[hb]!);
      } catch (e) {
        rt.decref(key);
        rt.decref(aval);
        throw e;
      }
      const bval = bix >= 0 ? other.valueAt(bix) : null;
      if (bval === null) {
        rt.decref(key);
        rt.decref(aval);
        return false;
      }
      rt.incref(bval);
      let cmp: boolean;
      try {
        cmp = aval === bval || rt.eq(aval, bval);
      } finally {
        rt.decref(key);
        rt.decref(aval);
        rt.decref(bval);
      }
      if (!cmp) return false;
    }
    return true;
  }

  // ---- iteration -------------------------------------------------------------------------------

  /**
   * _PyDict_Next's scan: the position of the first item at or after `pos`, or -1. A position is
   * an entry index for a combined dict and an insertion-order index for a split one; entryIndex()
   * maps it to the entry. Continue with pos = position + 1.
   */
  nextPos(pos: number): number {
    if (this.values !== null) return pos >= 0 && pos < this.used ? pos : -1;
    const dk = this.keys;
    const ents = dk.ents;
    const n = dk.nentries;
    let i = pos;
    while (i < n && ents[2 * i + 1] === null) i++;
    return i < n ? i : -1;
  }

  /** The entry index at iteration position `pos` (see nextPos). */
  entryIndex(pos: number): number {
    const v = this.values;
    return v === null ? pos : v.order[pos]!;
  }

  /** A forward iterator's state (dictiter_new). */
  newIter(): TableIterState {
    return new TableIterState(this.used, 0, this.used);
  }

  /** A reversed iterator's state (dictiter_new with a PyDictRevIter type). */
  newReversedIter(): TableIterState {
    const pos = this.values !== null ? this.used - 1 : this.keys.nentries - 1;
    return new TableIterState(this.used, pos, this.used);
  }

  /**
   * dictiter_iternextkey/value/item: the entry index of the next item, or ITER_END,
   * ITER_CHANGED_SIZE, ITER_KEYS_CHANGED. After ITER_END and ITER_KEYS_CHANGED CPython's iterator
   * drops its dict (exhausted for good); ITER_CHANGED_SIZE repeats on every later call.
   */
  iterNext(st: TableIterState): number {
    if (st.used !== this.used) {
      st.used = -1;
      return ITER_CHANGED_SIZE;
    }
    let i = st.pos;
    let ix: number;
    const vals = this.values;
    if (vals !== null) {
      if (i >= this.used) return ITER_END;
      ix = vals.order[i]!;
    } else {
      const dk = this.keys;
      const ents = dk.ents;
      const n = dk.nentries;
      while (i < n && ents[2 * i + 1] === null) i++;
      if (i >= n) return ITER_END;
      ix = i;
    }
    if (st.len === 0) return ITER_KEYS_CHANGED; // an item we did not expect
    st.pos = i + 1;
    st.len--;
    return ix;
  }

  /** dictreviter_iternext: like iterNext, backwards (no "keys changed" check, as in CPython). */
  iterNextReversed(st: TableIterState): number {
    if (st.used !== this.used) {
      st.used = -1;
      return ITER_CHANGED_SIZE;
    }
    let i = st.pos;
    if (i < 0) return ITER_END;
    let ix: number;
    const vals = this.values;
    if (vals !== null) {
      ix = vals.order[i]!;
    } else {
      const ents = this.keys.ents;
      while (ents[2 * i + 1] === null) {
        if (--i < 0) return ITER_END;
      }
      ix = i;
    }
    st.pos = i - 1;
    st.len--;
    return ix;
  }

  /** dict_keys: the keys in order (borrowed). */
  keyList(): K[] {
    const out: K[] = [];
    for (let p = this.nextPos(0); p >= 0; p = this.nextPos(p + 1)) out.push(this.keyAt(this.entryIndex(p)));
    return out;
  }

  /** dict_values: the values in order (borrowed). */
  valueList(): V[] {
    const out: V[] = [];
    for (let p = this.nextPos(0); p >= 0; p = this.nextPos(p + 1)) out.push(this.valueAt(this.entryIndex(p))!);
    return out;
  }

  // ---- sizes -----------------------------------------------------------------------------------

  /**
   * _PyDict_SizeOf = dict.__sizeof__(): 48, plus 8 per slot of a split dict's values (as the
   * shared keys size them now), plus the keys object when this dict owns it alone.
   * sys.getsizeof adds the 16-byte GC header.
   */
  sizeofBytes(): number {
    const dk = this.keys;
    let res = SIZEOF_PYDICTOBJECT;
    if (this.values !== null) res += 8 * sharedKeysUsableSize(dk);
    if (dk.refcnt === 1) res += dk.byteSize();
    return res;
  }
}
