// The hash table of set and frozenset (CPython 3.12.1 Objects/setobject.c): a PySetObject's
// fill, used, mask, table, hash, finger and its 8-entry smalltable, with the probing (9 linear
// probes, then the perturbed recurrence), resizing, deletion by dummy, pop's finger, merging and
// the set algebra as setobject.c builds each result -- which is what decides the order a user
// sees when a set is printed.
//
// Layout: `keys[i]` is entry i's key (null: never used; DUMMY: deleted), `hashes[2i]`/[2i+1] the
// low/high halves of its hash (0 for unused, -1/-1 for a dummy, as CPython's entry->hash). The
// 8-entry smalltable is a pair of arrays each set owns for its whole life, as CPython's is inline
// in the object: its identity never changes, which CPython's restart checks rely on. A bigger
// table is a fresh pair plus a PyMem_Malloc of 16 bytes per slot, reported to rt.mem.
//
// Ownership and hooks are as in dicttable.ts: add() borrows, pop() hands its reference over,
// releases go through rt.decref after the table is consistent, rt.eq may mutate or throw.
// Results of set algebra are filled into a fresh empty SetTable the caller created (with its
// object), so the caller allocates the result object when CPython does: before the table.
// Operations whose other operand is an arbitrary iterable stay with the caller (they hash each
// item with its __hash__): they are loops of add/contains/discard, plus finishDifferenceUpdate.
import { type DictTable } from './dicttable.ts';
import { TableIterState, ITER_CHANGED_SIZE, ITER_END } from './dicttable.ts';
import { estimateLog2Keysize } from './dictkeys.ts';
import { SPLIT, hashOfParts, hashToUint64, nullArray, splitHash, type TableHash, type TableRuntime } from './runtime.ts';

/** The key of a deleted entry (CPython's `dummy` struct). */
export const DUMMY: unknown = Object.freeze({ __setDummy: true });
export const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
/** sizeof(PySetObject) on 64-bit, including the 8-entry smalltable. */
export const SIZEOF_PYSETOBJECT = 200;
/** sizeof(setentry): key and hash. */
export const SIZEOF_SETENTRY = 16;

const M64 = (1n << 64n) - 1n;

// CPython: _shuffle_bits
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

/** A set's or frozenset's table: CPython's PySetObject minus the object header and weakref list. */
export class SetTable<K = unknown> {
  readonly rt: TableRuntime;
  /** Active + dummy entries. */
  fill: number;
  /** Active entries: len(). */
  used: number;
  mask: number;
  /** Where pop() starts looking. */
  finger: number;
  keys: unknown[];
  hashes: Int32Array;
  /** Address of the malloc'ed table; 0 while the table is the smalltable. */
  tableAddr: number;
  /** The frozenset hash once computed, else -1. */
  hash: TableHash;
  readonly smallKeys: unknown[];
  readonly smallHashes: Int32Array;

  /** make_new_set without an iterable: empty, on the smalltable (allocates nothing). */
  constructor(rt: TableRuntime) {
    this.rt = rt;
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.finger = 0;
    this.smallKeys = nullArray(PySet_MINSIZE);
    this.smallHashes = new Int32Array(2 * PySet_MINSIZE);
    this.keys = this.smallKeys;
    this.hashes = this.smallHashes;
    this.tableAddr = 0;
    this.hash = -1;
  }

  // ---- probing ---------------------------------------------------------------------------------

  /**
   * set_lookkey: the index of the entry holding `key`, or of the unused slot ending the search
   * (keys[index] === null). Restarts when an __eq__ changed the table or the entry.
   */
  lookkeyParts(key: unknown, hi: number, lo: number): number {
    const rt = this.rt;
    restart: for (;;) {
      let mask = this.mask;
      const keys = this.keys;
      const hs = this.hashes;
      let i = lo & mask;
      let pl = lo;
      let ph = hi;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const sk = keys[j];
          if (sk === null) return j;
          if (hs[2 * j] === lo && hs[2 * j + 1] === hi) {
            if (sk === key) return j;
            rt.incref(sk);
            let cmp: boolean;
            try {
              cmp = rt.eq(sk, key);
            } finally {
              rt.decref(sk);
            }
            if (keys !== this.keys || keys[j] !== sk) continue restart;
            if (cmp) return j;
            mask = this.mask;
          }
          j++;
        } while (probes-- > 0);
        pl = (pl >>> 5) | (ph << 27);
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  /** set_contains_entry. */
  contains(key: K, hash: TableHash): boolean {
    splitHash(hash);
    return this.containsParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  containsParts(key: unknown, hi: number, lo: number): boolean {
    // Probe first: an __eq__ may replace this.keys, and the entry is in the current table.
    const j = this.lookkeyParts(key, hi, lo);
    return this.keys[j] !== null;
  }

  /**
   * set_add_entry: true if the key was added (borrows it).
   *
   * As in CPython 3.12, a dummy slot found before an __eq__ call is still used after it if the
   * table was not replaced. If that __eq__ added a key into the very slot, the key is overwritten
   * (its reference leaks) and `used` counts one key too many: len() then exceeds what iteration
   * yields. CPython's clear/dealloc loops then read past the table (undefined behaviour); here
   * they stop at the table's end.
   */
  add(key: K, hash: TableHash): boolean {
    splitHash(hash);
    return this.addParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  addParts(key: unknown, hi: number, lo: number): boolean {
    const rt = this.rt;
    // Taken before probing so an __eq__ cannot free the key just before it is stored.
    rt.incref(key);
    restart: for (;;) {
      let mask = this.mask;
      const keys = this.keys;
      const hs = this.hashes;
      let i = lo & mask;
      let pl = lo;
      let ph = hi;
      let freeslot = -1;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const sk = keys[j];
          if (sk === null) {
            if (freeslot >= 0) {
              // found a dummy on the way: reuse it; fill is unchanged, so no resize check
              this.used++;
              keys[freeslot] = key;
              hs[2 * freeslot] = lo;
              hs[2 * freeslot + 1] = hi;
              return true;
            }
            this.fill++;
            this.used++;
            keys[j] = key;
            hs[2 * j] = lo;
            hs[2 * j + 1] = hi;
            if (this.fill * 5 < mask * 3) return true;
            this.tableResize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (hs[2 * j] === lo && hs[2 * j + 1] === hi) {
            if (sk === key) {
              rt.decref(key);
              return false;
            }
            rt.incref(sk);
            let cmp: boolean;
            try {
              cmp = rt.eq(sk, key);
            } catch (e) {
              rt.decref(sk);
              rt.decref(key);
              throw e;
            }
            rt.decref(sk);
            if (cmp) {
              rt.decref(key);
              return false;
            }
            if (keys !== this.keys || keys[j] !== sk) continue restart;
            mask = this.mask;
          } else if (hs[2 * j] === -1 && hs[2 * j + 1] === -1) {
            freeslot = j; // the last dummy seen wins, as in CPython
          }
          j++;
        } while (probes-- > 0);
        pl = (pl >>> 5) | (ph << 27);
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }

  /**
   * set_table_resize: the smallest power of two > minused (at least 8); 8 means the smalltable,
   * rebuilt in place to purge dummies. Entries are re-inserted in table order.
   */
  tableResize(minused: number): void {
    let newsize = PySet_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize > 0x40000000) throw new RangeError('set table too large');
    const rt = this.rt;
    const oldmask = this.mask;
    const oldMalloced = this.keys !== this.smallKeys;
    const oldAddr = this.tableAddr;
    let src = this.keys;
    let srcH = this.hashes;
    let nk: unknown[];
    let nh: Int32Array;
    let addr = 0;
    if (newsize === PySet_MINSIZE) {
      nk = this.smallKeys;
      nh = this.smallHashes;
      if (!oldMalloced) {
        if (this.fill === this.used) return; // no dummies: nothing to do
        src = src.slice();
        srcH = srcH.slice();
      }
      nk.fill(null);
      nh.fill(0);
    } else {
      addr = rt.mem.malloc(SIZEOF_SETENTRY * newsize);
      nk = nullArray(newsize);
      nh = new Int32Array(2 * newsize);
    }
    this.mask = newsize - 1;
    this.keys = nk;
    this.hashes = nh;
    this.tableAddr = addr;
    const newmask = newsize - 1;
    if (this.fill === this.used) {
      for (let e = 0; e <= oldmask; e++) {
        const k = src[e];
        if (k !== null) insertClean(nk, nh, newmask, k, srcH[2 * e + 1]!, srcH[2 * e]!);
      }
    } else {
      this.fill = this.used;
      for (let e = 0; e <= oldmask; e++) {
        const k = src[e];
        if (k !== null && k !== DUMMY) insertClean(nk, nh, newmask, k, srcH[2 * e + 1]!, srcH[2 * e]!);
      }
    }
    if (oldMalloced) rt.mem.free(oldAddr);
  }

  /** set_discard_entry: true if the key was there (its reference is released). */
  discard(key: K, hash: TableHash): boolean {
    splitHash(hash);
    return this.discardParts(key, SPLIT[1]!, SPLIT[0]!);
  }

  discardParts(key: unknown, hi: number, lo: number): boolean {
    const j = this.lookkeyParts(key, hi, lo);
    const keys = this.keys;
    const old = keys[j];
    if (old === null) return false;
    keys[j] = DUMMY;
    this.hashes[2 * j] = -1;
    this.hashes[2 * j + 1] = -1;
    this.used--;
    this.rt.decref(old);
    return true;
  }

  /**
   * set_pop: the first active entry from the finger on (wrapping), with the set's reference;
   * null for an empty set (the caller raises KeyError 'pop from an empty set').
   */
  pop(): K | null {
    if (this.used === 0) return null;
    const keys = this.keys;
    const mask = this.mask;
    let j = this.finger & mask;
    let k = keys[j];
    while (k === null || k === DUMMY) {
      j++;
      if (j > mask) j = 0;
      k = keys[j];
    }
    keys[j] = DUMMY;
    this.hashes[2 * j] = -1;
    this.hashes[2 * j + 1] = -1;
    this.used--;
    this.finger = j + 1;
    return k as K;
  }

  // CPython: set_empty_to_minsize
  private emptyToMinsize(): void {
    this.smallKeys.fill(null);
    this.smallHashes.fill(0);
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.keys = this.smallKeys;
    this.hashes = this.smallHashes;
    this.tableAddr = 0;
    this.hash = -1;
  }

  /**
   * set_clear_internal: the set is emptied first, then the old keys are released in table
   * order, then a malloc'ed table is freed.
   */
  clear(): void {
    const rt = this.rt;
    let keys = this.keys;
    const malloced = keys !== this.smallKeys;
    const addr = this.tableAddr;
    let used = this.used;
    if (malloced) this.emptyToMinsize();
    else if (this.fill > 0) {
      keys = keys.slice();
      this.emptyToMinsize();
    }
    // `e < keys.length` is not in CPython: see the note on a miscounted `used` in addParts.
    for (let e = 0; used > 0 && e < keys.length; e++) {
      const k = keys[e];
      if (k !== null && k !== DUMMY) {
        used--;
        rt.decref(k);
      }
    }
    if (malloced) rt.mem.free(addr);
  }

  /** The table half of set_dealloc: keys released in table order, then the table freed. */
  dealloc(): void {
    const rt = this.rt;
    const keys = this.keys;
    const malloced = keys !== this.smallKeys;
    const addr = this.tableAddr;
    let used = this.used;
    this.smallHashes.fill(0);
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.keys = this.smallKeys;
    this.hashes = this.smallHashes;
    this.tableAddr = 0;
    for (let e = 0; used > 0 && e < keys.length; e++) {
      const k = keys[e];
      if (k !== null && k !== DUMMY) {
        used--;
        rt.decref(k);
      }
    }
    this.smallKeys.fill(null);
    if (malloced) rt.mem.free(addr);
  }

  // ---- iteration -------------------------------------------------------------------------------

  /** set_next: index of the first active entry at or after pos, or -1 (continue at index + 1). */
  nextPos(pos: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = pos;
    while (i <= mask) {
      const k = keys[i];
      if (k !== null && k !== DUMMY) return i;
      i++;
    }
    return -1;
  }

  keyAt(i: number): K {
    return this.keys[i] as K;
  }

  hashAt(i: number): TableHash {
    return hashOfParts(this.hashes[2 * i + 1]!, this.hashes[2 * i]!);
  }

  /** A set iterator's state (set_iter). */
  newIter(): TableIterState {
    return new TableIterState(this.used, 0, this.used);
  }

  /**
   * setiter_iternext: the entry index of the next key, ITER_END, or ITER_CHANGED_SIZE ("Set
   * changed size during iteration", sticky).
   */
  iterNext(st: TableIterState): number {
    if (st.used !== this.used) {
      st.used = -1;
      return ITER_CHANGED_SIZE;
    }
    const keys = this.keys;
    const mask = this.mask;
    let i = st.pos;
    while (i <= mask && (keys[i] === null || keys[i] === DUMMY)) i++;
    st.pos = i + 1;
    if (i > mask) return ITER_END;
    st.len--;
    return i;
  }

  /** The keys in iteration order (borrowed): list(s). */
  /** Calls `visit` on each key in table order (for traverse hooks: nothing allocated). */
  visitKeys<A>(visit: (k: K, arg: A) => void, arg: A): void {
    for (let p = this.nextPos(0); p >= 0; p = this.nextPos(p + 1)) visit(this.keys[p] as K, arg);
  }

  keyList(): K[] {
    const out: K[] = [];
    for (let p = this.nextPos(0); p >= 0; p = this.nextPos(p + 1)) out.push(this.keys[p] as K);
    return out;
  }

  // ---- merging ---------------------------------------------------------------------------------

  /** set_merge: adds every key of another set (set.update(s), set(s), s.copy()). */
  merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    const rt = this.rt;
    // One big resize up front, expecting no or few overlapping keys.
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.tableResize((this.used + other.used) * 2);
    const keys = this.keys;
    const hs = this.hashes;
    const okeys = other.keys;
    const oh = other.hashes;
    // Empty, same size and no dummies to drop: copy entry for entry (same positions).
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== null) {
          rt.incref(k);
          keys[i] = k;
          hs[2 * i] = oh[2 * i]!;
          hs[2 * i + 1] = oh[2 * i + 1]!;
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    // Empty: nothing can compare equal, so insert without probing for duplicates.
    if (this.fill === 0) {
      const mask = this.mask;
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = okeys[i];
        if (k !== null && k !== DUMMY) {
          rt.incref(k);
          insertClean(keys, hs, mask, k, oh[2 * i + 1]!, oh[2 * i]!);
        }
      }
      return;
    }
    // General case: normal insertions (an __eq__ may change `other`, so re-read it each step).
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== DUMMY) this.addParts(k, other.hashes[2 * i + 1]!, other.hashes[2 * i]!);
    }
  }

  /** The exact-dict branch of set_update_internal: presize, then add each key with its stored hash. */
  updateFromDict(d: DictTable): void {
    const dictsize = d.used;
    if ((this.fill + dictsize) * 5 >= this.mask * 3) this.tableResize((this.used + dictsize) * 2);
    for (let pos = 0; ;) {
      const p = d.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const ix = d.entryIndex(p);
      const dk = d.keys;
      const hb = dk.mask + 1 + 2 * ix;
      this.addParts(dk.ents[2 * ix], dk.tab[hb + 1]!, dk.tab[hb]!);
    }
  }

  // ---- set algebra (set and dict operands) -----------------------------------------------------

  /**
   * set_intersection with a set: iterates the smaller operand (`other` when sizes tie) and keeps
   * what the larger contains, in the smaller one's table order. `result` is fresh and empty.
   */
  static intersection<K>(result: SetTable<K>, so: SetTable<K>, other: SetTable<K>): void {
    if (so === other) {
      result.merge(so); // set_copy
      return;
    }
    if (other.used > so.used) {
      const t = so;
      so = other;
      other = t;
    }
    const rt = so.rt;
    for (let pos = 0; ;) {
      const p = other.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const key = other.keys[p];
      const lo = other.hashes[2 * p]!;
      const hi = other.hashes[2 * p + 1]!;
      rt.incref(key);
      try {
        if (so.containsParts(key, hi, lo)) result.addParts(key, hi, lo);
      } finally {
        rt.decref(key);
      }
    }
  }

  /**
   * set_difference with a set: when len(so)/4 > len(other) it copies so and removes other's keys
   * (set_copy_and_difference); otherwise it keeps so's keys that other lacks, in so's order.
   */
  static difference<K>(result: SetTable<K>, so: SetTable<K>, other: SetTable<K>): void {
    if ((so.used >> 2) > other.used) {
      result.merge(so);
      result.differenceUpdate(other);
      return;
    }
    const rt = so.rt;
    for (let pos = 0; ;) {
      const p = so.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const key = so.keys[p];
      const lo = so.hashes[2 * p]!;
      const hi = so.hashes[2 * p + 1]!;
      rt.incref(key);
      try {
        if (!other.containsParts(key, hi, lo)) result.addParts(key, hi, lo);
      } finally {
        rt.decref(key);
      }
    }
  }

  /**
   * set_difference with an exact dict, for len(so)/4 <= len(d) (differenceDictUsesCopy false):
   * so's keys that d lacks, in so's order. Otherwise CPython copies so and discards d's keys as
   * from any iterable (hashing each), which is the caller's loop plus finishDifferenceUpdate.
   */
  static differenceDict<K>(result: SetTable<K>, so: SetTable<K>, d: DictTable): void {
    const rt = so.rt;
    for (let pos = 0; ;) {
      const p = so.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const key = so.keys[p];
      const lo = so.hashes[2 * p]!;
      const hi = so.hashes[2 * p + 1]!;
      rt.incref(key);
      try {
        const ix = d.lookupParts(key, hi, lo);
        if (!(ix >= 0 && d.valueAt(ix) !== null)) result.addParts(key, hi, lo);
      } finally {
        rt.decref(key);
      }
    }
  }

  /** Whether set_difference(so, d) takes the copy-then-discard path. */
  static differenceDictUsesCopy(so: SetTable, d: DictTable): boolean {
    return (so.used >> 2) > d.used;
  }

  /**
   * set_difference_update_internal with a set operand. When other is more than 8 times larger,
   * CPython first replaces it by the intersection (a temporary set: its object is not reported
   * here, its table is) and removes that instead.
   */
  differenceUpdate(other: SetTable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    if ((other.used >> 3) > this.used) {
      const tmp = new SetTable<K>(this.rt);
      try {
        SetTable.intersection(tmp, this, other);
        this.discardAll(tmp);
      } finally {
        tmp.dealloc();
      }
    } else {
      this.discardAll(other);
    }
    this.finishDifferenceUpdate();
  }

  /** The discard loop of set_difference_update_internal. */
  private discardAll(other: SetTable<K>): void {
    const rt = this.rt;
    for (let pos = 0; ;) {
      const p = other.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const key = other.keys[p];
      rt.incref(key);
      try {
        this.discardParts(key, other.hashes[2 * p + 1]!, other.hashes[2 * p]!);
      } finally {
        rt.decref(key);
      }
    }
  }

  /** The end of set_difference_update_internal: if more than 1/4 of the slots are dummies, resize them away. */
  finishDifferenceUpdate(): void {
    if (this.fill - this.used <= (this.mask >>> 2)) return;
    this.tableResize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_symmetric_difference_update with a set: other's keys, in its order, toggled in this. */
  symmetricDifferenceUpdate(other: SetTable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    const rt = this.rt;
    for (let pos = 0; ;) {
      const p = other.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const key = other.keys[p];
      const lo = other.hashes[2 * p]!;
      const hi = other.hashes[2 * p + 1]!;
      rt.incref(key);
      try {
        if (!this.discardParts(key, hi, lo)) this.addParts(key, hi, lo);
      } finally {
        rt.decref(key);
      }
    }
  }

  /** set_symmetric_difference_update with an exact dict (its keys, by stored hash). */
  symmetricDifferenceUpdateDict(d: DictTable): void {
    const rt = this.rt;
    for (let pos = 0; ;) {
      const p = d.nextPos(pos);
      if (p < 0) break;
      pos = p + 1;
      const ix = d.entryIndex(p);
      const dk = d.keys;
      const key = dk.ents[2 * ix];
      const hb = dk.mask + 1 + 2 * ix;
      const lo = dk.tab[hb]!;
      const hi = dk.tab[hb + 1]!;
      rt.incref(key);
      try {
        if (!this.discardParts(key, hi, lo)) this.addParts(key, hi, lo);
      } finally {
        rt.decref(key);
      }
    }
  }

  /**
   * set_symmetric_difference (and ^): the result starts as a new set built from `other`, then
   * so's keys are toggled in it. With an iterable `other`, build result from it, then call
   * result.symmetricDifferenceUpdate(so).
   */
  static symmetricDifference<K>(result: SetTable<K>, so: SetTable<K>, other: SetTable<K>): void {
    result.merge(other);
    result.symmetricDifferenceUpdate(so);
  }

  /**
   * set_swap_bodies: exchanges the contents (intersection_update swaps the intersection in).
   * The cached hashes are swapped when both are frozensets, else both reset.
   */
  static swapBodies(a: SetTable, b: SetTable, bothFrozen: boolean): void {
    let t = a.fill;
    a.fill = b.fill;
    b.fill = t;
    t = a.used;
    a.used = b.used;
    b.used = t;
    t = a.mask;
    a.mask = b.mask;
    b.mask = t;
    t = a.tableAddr;
    a.tableAddr = b.tableAddr;
    b.tableAddr = t;
    const aSmall = a.keys === a.smallKeys;
    const bSmall = b.keys === b.smallKeys;
    const ak = a.keys;
    const ah = a.hashes;
    a.keys = bSmall ? a.smallKeys : b.keys;
    a.hashes = bSmall ? a.smallHashes : b.hashes;
    b.keys = aSmall ? b.smallKeys : ak;
    b.hashes = aSmall ? b.smallHashes : ah;
    if (aSmall || bSmall) {
      const tk = a.smallKeys.slice();
      const th = a.smallHashes.slice();
      for (let i = 0; i < PySet_MINSIZE; i++) a.smallKeys[i] = b.smallKeys[i];
      a.smallHashes.set(b.smallHashes);
      for (let i = 0; i < PySet_MINSIZE; i++) b.smallKeys[i] = tk[i];
      b.smallHashes.set(th);
    }
    if (bothFrozen) {
      const h = a.hash;
      a.hash = b.hash;
      b.hash = h;
    } else {
      a.hash = -1;
      b.hash = -1;
    }
  }

  /** set_issubset with a set: every key of this (in table order) is in other. */
  isSubset(other: SetTable<K>): boolean {
    if (this.used > other.used) return false;
    const rt = this.rt;
    for (let pos = 0; ;) {
      const p = this.nextPos(pos);
      if (p < 0) return true;
      pos = p + 1;
      const key = this.keys[p];
      rt.incref(key);
      let rv: boolean;
      try {
        rv = other.containsParts(key, this.hashes[2 * p + 1]!, this.hashes[2 * p]!);
      } finally {
        rt.decref(key);
      }
      if (!rv) return false;
    }
  }

  /** set_isdisjoint with an exact set or frozenset: probes the larger with the smaller's keys. */
  isDisjoint(other: SetTable<K>): boolean {
    if (other === this) return this.used === 0;
    let so: SetTable<K> = this;
    if (other.used > so.used) {
      const t = so;
      so = other;
      other = t;
    }
    const rt = this.rt;
    for (let pos = 0; ;) {
      const p = other.nextPos(pos);
      if (p < 0) return true;
      pos = p + 1;
      const key = other.keys[p];
      rt.incref(key);
      let rv: boolean;
      try {
        rv = so.containsParts(key, other.hashes[2 * p + 1]!, other.hashes[2 * p]!);
      } finally {
        rt.decref(key);
      }
      if (rv) return false;
    }
  }

  /** set_richcompare Py_EQ between sets: sizes, cached frozenset hashes, then issubset. */
  equals(other: SetTable<K>): boolean {
    if (this.used !== other.used) return false;
    if (this.hash !== -1 && other.hash !== -1 && this.hash !== other.hash) return false;
    return this.isSubset(other);
  }

  /** frozenset_hash: computed once over the whole table (unused and dummy entries cancelled). */
  frozensetHash(): TableHash {
    if (this.hash !== -1) return this.hash;
    const hs = this.hashes;
    let h = 0n;
    for (let i = 0; i <= this.mask; i++) h ^= shuffleBits(hashToUint64(hashOfParts(hs[2 * i + 1]!, hs[2 * i]!)));
    if (((this.mask + 1 - this.fill) & 1) !== 0) h ^= shuffleBits(0n);
    if (((this.fill - this.used) & 1) !== 0) h ^= shuffleBits(M64);
    h ^= (BigInt(this.used + 1) * 1927868237n) & M64;
    h ^= (h >> 11n) ^ (h >> 25n);
    h = (h * 69069n + 907133923n) & M64;
    if (h === M64) h = 590923713n;
    const signed = BigInt.asIntN(64, h);
    const r: TableHash = signed >= -0x1fffffffffffffn && signed <= 0x1fffffffffffffn ? Number(signed) : signed;
    this.hash = r;
    return r;
  }

  /** set.__sizeof__: 200, plus 16 bytes per slot once the table is not the smalltable. */
  sizeofBytes(): number {
    return SIZEOF_PYSETOBJECT + (this.keys !== this.smallKeys ? SIZEOF_SETENTRY * (this.mask + 1) : 0);
  }
}

// CPython: set_insert_clean (the key is known absent and the table has no dummies)
function insertClean(keys: unknown[], hs: Int32Array, mask: number, key: unknown, hi: number, lo: number): void {
  let i = lo & mask;
  let pl = lo;
  let ph = hi;
  for (;;) {
    let j = i;
    if (keys[j] === null) {
      keys[j] = key;
      hs[2 * j] = lo;
      hs[2 * j + 1] = hi;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let n = 0; n < LINEAR_PROBES; n++) {
        j++;
        if (keys[j] === null) {
          keys[j] = key;
          hs[2 * j] = lo;
          hs[2 * j + 1] = hi;
          return;
        }
      }
    }
    pl = (pl >>> 5) | (ph << 27);
    ph >>>= 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/**
 * The set branch of _PyDict_FromKeys: `d` (a fresh empty dict) is resized for `s` as a general
 * table and gets every key of s, in s's table order, with `value`.
 */
export function dictFillFromKeysOfSet(d: DictTable, s: SetTable, value: unknown): void {
  const rt = d.rt;
  d.resize(estimateLog2Keysize(s.used), false);
  for (let pos = 0; ;) {
    const p = s.nextPos(pos);
    if (p < 0) break;
    pos = p + 1;
    const key = s.keys[p];
    rt.incref(key);
    rt.incref(value);
    d.insertDict(key, s.hashes[2 * p + 1]!, s.hashes[2 * p]!, value);
  }
}
