// The tables' API contracts that the reference fixtures do not single out: iterator status
// codes, version tags, merge override modes, dict equality, presizing, hash helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DictTable, ITER_CHANGED_SIZE, ITER_END, ITER_KEYS_CHANGED, MERGE_KEY_EXISTS, MERGE_MUTATED, MERGE_OK,
} from '../../src/objects/tables/dicttable.ts';
import {
  EMPTY_KEYS, calculateLog2Keysize, estimateLog2Keysize, keysVersionForCurrentState,
} from '../../src/objects/tables/dictkeys.ts';
import { SetTable } from '../../src/objects/tables/settable.ts';
import { hashHi, hashLo, hashOfBigInt, hashOfParts, splitHash, SPLIT } from '../../src/objects/tables/runtime.ts';
import { TKey, testRuntime } from '../../src/objects/tables/testkit.ts';

const str = (i: number) => new TKey(i, true);
const obj = (i: number) => new TKey(i, false);

test('hash halves: numbers and bigints, canonical form back', () => {
  const cases = [0n, 1n, -1n, -2n, 2n ** 32n, -(2n ** 32n) - 1n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n)];
  for (const b of cases) {
    const h = hashOfBigInt(b);
    assert.equal(typeof h, b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n ? 'number' : 'bigint');
    const hi = hashHi(h);
    const lo = hashLo(h);
    assert.equal(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0)), b);
    splitHash(h);
    assert.deepEqual([SPLIT[1], SPLIT[0]], [hi, lo]);
    assert.equal(hashOfParts(hi, lo), h);
  }
});

test('calculate_log2_keysize keeps its quirks: 1..7 and powers of two >= 16', () => {
  assert.deepEqual([0, 1, 3, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 48, 64].map(calculateLog2Keysize),
    [3, 4, 4, 4, 4, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7]);
  assert.equal(estimateLog2Keysize(21), 6, '21 items: (63+1)/2 = 32 -> 64 slots');
  assert.equal(estimateLog2Keysize(10), 4);
});

test('dict iterators: end, changed size (sticky), keys changed, reversed', () => {
  const { rt } = testRuntime();
  const d = new DictTable<TKey, number>(rt);
  for (let i = 0; i < 4; i++) d.setItem(str(i), i * 11, i);
  let st = d.newIter();
  assert.equal(d.keyAt(d.iterNext(st)).id, 0);
  d.setItem(str(9), 99, 9);
  assert.equal(d.iterNext(st), ITER_CHANGED_SIZE);
  d.delItem(str(9), 99);
  assert.equal(d.iterNext(st), ITER_CHANGED_SIZE, 'sticky even once the size is back');
  // Reference: the 5th entry (9, deleted) used the last free slot, so adding 7 resizes and
  // compacts the entries under the iterator: CPython yields '0', '2', '3', '7' and ends.
  st = d.newIter();
  const seen: number[] = [];
  let ix: number;
  let first = true;
  while ((ix = d.iterNext(st)) >= 0) {
    seen.push(d.keyAt(ix).id);
    if (first) {
      d.delItem(str(0), 0);
      d.setItem(str(7), 77, 7);
      first = false;
    }
  }
  assert.deepEqual(seen, [0, 2, 3, 7]);
  assert.equal(ix, ITER_END);
  // Without the resize, an item already seen goes and a new one comes: one item more than the
  // iterator expects (reference: [0, 1, 2, 3] then "dictionary keys changed during iteration").
  const f = new DictTable<TKey, number>(rt);
  for (let i = 0; i < 4; i++) f.setItem(str(i), i * 11, i);
  const fs = f.newIter();
  const fseen: number[] = [];
  while ((ix = f.iterNext(fs)) >= 0) {
    fseen.push(f.keyAt(ix).id);
    if (fseen.length === 1) {
      f.delItem(str(0), 0);
      f.setItem(str(7), 77, 7);
    }
  }
  assert.deepEqual(fseen, [0, 1, 2, 3]);
  assert.equal(ix, ITER_KEYS_CHANGED);
  const rev = d.newReversedIter();
  const back: number[] = [];
  while ((ix = d.iterNextReversed(rev)) >= 0) back.push(d.keyAt(ix).id);
  assert.equal(ix, ITER_END);
  assert.deepEqual(back, [7, 3, 2, 1]);
  assert.deepEqual(d.keyList().map((k) => k.id), [1, 2, 3, 7]);
  assert.deepEqual(d.valueList(), [1, 2, 3, 7]);
});

test('set iterator: changed size', () => {
  const { rt } = testRuntime();
  const s = new SetTable<TKey>(rt);
  for (let i = 0; i < 3; i++) s.add(obj(i), i);
  const st = s.newIter();
  assert.equal(s.keyAt(s.iterNext(st)).id, 0);
  s.discard(obj(2), 2);
  assert.equal(s.iterNext(st), ITER_CHANGED_SIZE);
});

test('version tags: every change takes a new ma_version_tag; dk_version resets on key changes', () => {
  const { rt } = testRuntime();
  const d = new DictTable<TKey, number>(rt);
  const v0 = d.versionTag;
  d.setItem(str(1), 1, 1);
  const v1 = d.versionTag;
  assert.ok(v1 > v0 && (v1 - v0) % 256 === 0);
  d.setItem(str(1), 1, 1);
  assert.equal(d.versionTag, v1, 'storing the same value is not a change');
  d.setItem(str(1), 1, 2);
  assert.ok(d.versionTag > v1);
  const kv = keysVersionForCurrentState(rt, d.keys);
  assert.ok(kv >= 2);
  assert.equal(keysVersionForCurrentState(rt, d.keys), kv);
  d.setItem(str(1), 1, 3);
  assert.equal(keysVersionForCurrentState(rt, d.keys), kv, 'a value change keeps the keys version');
  d.setItem(str(2), 2, 2);
  assert.notEqual(keysVersionForCurrentState(rt, d.keys), kv, 'a new key does not');
  assert.equal(EMPTY_KEYS.version, 1);
});

test('merge: override 0 keeps, 1 replaces, 2 reports the key; a mutated source is detected', () => {
  const { rt } = testRuntime();
  const a = new DictTable<TKey, number>(rt);
  const b = new DictTable<TKey, number>(rt);
  for (let i = 0; i < 3; i++) a.setItem(obj(i), i, i);
  for (let i = 2; i < 5; i++) b.setItem(obj(i), i, 100 + i);
  const keep = a.copy();
  assert.equal(keep.merge(b, 0), MERGE_OK);
  assert.deepEqual(keep.valueList(), [0, 1, 2, 103, 104]);
  const repl = a.copy();
  assert.equal(repl.merge(b, 1), MERGE_OK);
  assert.deepEqual(repl.valueList(), [0, 1, 102, 103, 104]);
  const strict = a.copy();
  assert.equal(strict.merge(b, 2), MERGE_KEY_EXISTS);
  assert.equal((strict.mergeErrorKey as TKey).id, 2);
  // __eq__ that adds to the source while merging
  let armed = true;
  const m = testRuntime((stored) => {
    if (armed && stored.id === 0) {
      armed = false;
      src.setItem(obj(50), 1000, 50);
    }
  });
  const src = new DictTable<TKey, number>(m.rt);
  const dst = new DictTable<TKey, number>(m.rt);
  dst.setItem(obj(0), 8, 0);
  src.setItem(obj(1), 8, 1); // collides with dst's key 0: compare, which grows src
  src.setItem(obj(2), 9, 2);
  assert.equal(dst.merge(src, 1), MERGE_MUTATED);
});

test('dict equality: lengths, then each item of a found in b by its stored hash', () => {
  const { rt } = testRuntime();
  const a = new DictTable<TKey, number>(rt);
  const b = new DictTable<TKey, number>(rt);
  for (let i = 0; i < 10; i++) a.setItem(obj(i), i * 3, i);
  for (let i = 9; i >= 0; i--) b.setItem(obj(i), i * 3, i);
  assert.ok(a.equals(b) && b.equals(a));
  b.setItem(obj(4), 12, 40);
  assert.ok(!a.equals(b));
  b.delItem(obj(4), 12);
  assert.ok(!a.equals(b));
});

test('presized dicts and copies: the object allocation order hint', () => {
  const { rt, mem } = testRuntime();
  const d = DictTable.newPresized<TKey, number>(rt, 5, true);
  assert.equal(mem.log.length, 0, 'up to 5 items: no keys until the first insertion');
  const e = DictTable.newPresized<TKey, number>(rt, 6, false);
  assert.deepEqual(mem.log.map((x) => x.size), [32 + 16 + 10 * 24]);
  for (let i = 0; i < 6; i++) e.setItem(obj(i), i, i);
  assert.equal(mem.log.length, 1, 'room for 6 without resizing');
  assert.equal(d.copyAllocatesObjectFirst(), true, 'an empty copy is just PyDict_New');
  assert.equal(e.copyAllocatesObjectFirst(), false, 'a compact table is cloned before the dict object');
  for (let i = 0; i < 4; i++) e.delItem(obj(i), i);
  assert.equal(e.copyAllocatesObjectFirst(), true, 'a sparse table is merged into a new dict');
  const c = e.copy();
  assert.deepEqual(c.keyList().map((k) => k.id), [4, 5]);
  // reference: d = {i: i for i in range(6)}; del d[0..3]; getsizeof(d.copy()) == 352
  assert.equal(c.keys.log2Size, 4, 'the merge copy is compacted, into estimate_log2_keysize(2) = 16 slots');
  assert.equal(c.sizeofBytes() + 16, 352);
});

test('set_add_entry reuses a dummy remembered across __eq__, as CPython 3.12 does', () => {
  // Reference: S = {a, b} (same hash); S.discard(a); S.add(c) whose compare with b adds N into
  // a's old slot: len(S) == 3 but iteration yields [c, b] (N was overwritten).
  let armed = false;
  const n = obj(3);
  const { rt } = testRuntime(() => {
    if (armed) {
      armed = false;
      s.add(n, 0);
    }
  });
  const s = new SetTable<TKey>(rt);
  s.add(obj(0), 0);
  s.add(obj(1), 0);
  s.discard(obj(0), 0);
  armed = true;
  s.add(obj(2), 0);
  assert.equal(s.used, 3);
  assert.deepEqual(s.keyList().map((k) => k.id), [2, 1]);
  s.clear(); // stops at the table's end
  assert.equal(s.used, 0);
});

test('GC tracking: an untracked owner is tracked by the first insertion that may be tracked', () => {
  const { rt, tracked } = testRuntime();
  const owner = { name: 'dict' };
  const container = { container: true };
  // insert_to_emptydict, insertdict (new and existing keys), setdefault.
  const d = new DictTable<TKey, unknown>(rt);
  d.gcUntrackedOwner = owner;
  d.setItem(str(1), 1, 10);
  d.setItem(str(2), 2, 'x');
  d.setDefault(str(3), 3, 30);
  assert.deepEqual(tracked, [], 'atomic values leave the owner untracked');
  d.setItem(str(1), 1, container);
  assert.deepEqual(tracked, [owner]);
  assert.equal(d.gcUntrackedOwner, null);
  d.setItem(str(4), 4, container);
  assert.equal(tracked.length, 1, 'a tracked owner is not tracked again');
  const e = new DictTable<TKey, unknown>(rt);
  e.gcUntrackedOwner = owner;
  e.setDefault(str(5), 5, container);
  assert.equal(tracked.length, 2, 'setdefault on the empty keys');
  // merge into an empty table clones a compact source and takes its tracked state.
  const src = new DictTable<TKey, unknown>(rt);
  src.setItem(str(6), 6, 60);
  const clone = new DictTable<TKey, unknown>(rt);
  clone.gcUntrackedOwner = 'clone';
  assert.equal(clone.merge(src, 1), MERGE_OK);
  assert.deepEqual(tracked.slice(2), ['clone'], 'a tracked source makes the clone tracked');
  src.gcUntrackedOwner = 'src';
  const clone2 = new DictTable<TKey, unknown>(rt);
  clone2.gcUntrackedOwner = 'clone2';
  clone2.merge(src, 1);
  assert.equal(clone2.gcUntrackedOwner, 'clone2', 'an untracked source leaves it untracked');
});
