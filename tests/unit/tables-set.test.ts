// Set tables against CPython 3.12.1: random sequences of add/discard/pop/clear/update (set,
// list, dict, frozenset)/difference/intersection/symmetric difference (in place and as new
// sets, with set, dict and list operands)/copy replayed on SetTable, comparing sys.getsizeof and
// the iteration order (what print(s) shows) after every operation; the orders of
// list(set(...)) for int ranges, big and negative ints, chosen hashes and strs; resize points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DictTable, ITER_END } from '../../src/objects/tables/dicttable.ts';
import { SetTable } from '../../src/objects/tables/settable.ts';
import { hashOfBigInt, type TableHash, type TableRuntime } from '../../src/objects/tables/runtime.ts';
import { TKey, testRuntime } from '../../src/objects/tables/testkit.ts';

const FIX = new URL('../fixtures/tables/', import.meta.url);
const load = (name: string): any => JSON.parse(readFileSync(new URL(name, FIX), 'utf8'));
const M = 2147483647;

function checksum(xs: number[]): number {
  let c = 0;
  for (const x of xs) c = (c * 1000003 + x) % M;
  return c;
}

class Keys {
  readonly hashes: TableHash[];
  readonly str: boolean[];
  constructor(specs: [string, string][]) {
    this.hashes = specs.map((s) => hashOfBigInt(BigInt(s[1])));
    this.str = specs.map((s) => s[0] === 's');
  }
  k(id: number): TKey {
    return new TKey(id, this.str[id]!);
  }
  h(id: number): TableHash {
    return this.hashes[id]!;
  }
}

type S = SetTable<TKey>;
const order = (s: S): number[] => s.keyList().map((k) => k.id);

/** set(list): a new set, each item added in turn (set_update_internal's iterable branch). */
function fromList(rt: TableRuntime, K: Keys, ids: number[]): S {
  const s: S = new SetTable(rt);
  for (const k of ids) s.add(K.k(k), K.h(k));
  return s;
}

/** {k: 0 for k in ids}. */
function dictOf(rt: TableRuntime, K: Keys, ids: number[]): DictTable<TKey, number> {
  const d = new DictTable<TKey, number>(rt);
  for (const k of ids) d.setItem(K.k(k), K.h(k), 0);
  return d;
}

/** A copy of s (set_copy / set(s)): set_merge into a new set. */
function copyOf(rt: TableRuntime, s: S): S {
  const r: S = new SetTable(rt);
  r.merge(s);
  return r;
}

function apply(rt: TableRuntime, K: Keys, s: S, op: any[]): [S, unknown] {
  const name: string = op[0];
  const a = op[1];
  switch (name) {
    case 'a':
      s.add(K.k(a), K.h(a));
      return [s, null];
    case 'd':
      s.discard(K.k(a), K.h(a));
      return [s, null];
    case 'p': {
      const k = s.pop();
      return [s, k === null ? 'KeyError' : k.id];
    }
    case 'c':
      s.clear();
      return [s, null];
    case 'us':
    case 'uf':
      s.merge(fromList(rt, K, a));
      return [s, null];
    case 'ul':
      for (const k of a as number[]) s.add(K.k(k), K.h(k));
      return [s, null];
    case 'ud':
      s.updateFromDict(dictOf(rt, K, a));
      return [s, null];
    case 'du':
      s.differenceUpdate(fromList(rt, K, a));
      return [s, null];
    case 'dul':
      for (const k of a as number[]) s.discard(K.k(k), K.h(k));
      s.finishDifferenceUpdate();
      return [s, null];
    case 'iu': {
      const tmp: S = new SetTable(rt);
      SetTable.intersection(tmp, s, fromList(rt, K, a));
      SetTable.swapBodies(s, tmp, false);
      tmp.dealloc();
      return [s, null];
    }
    case 'xu':
      s.symmetricDifferenceUpdate(fromList(rt, K, a));
      return [s, null];
    case 'xd':
      s.symmetricDifferenceUpdateDict(dictOf(rt, K, a));
      return [s, null];
    case 'or': {
      const r = copyOf(rt, s);
      r.merge(fromList(rt, K, a));
      return [r, null];
    }
    case 'and': {
      const r: S = new SetTable(rt);
      SetTable.intersection(r, s, fromList(rt, K, a));
      return [r, null];
    }
    case 'sub': {
      const r: S = new SetTable(rt);
      SetTable.difference(r, s, fromList(rt, K, a));
      return [r, null];
    }
    case 'subd': {
      const d = dictOf(rt, K, a);
      const r: S = new SetTable(rt);
      if (SetTable.differenceDictUsesCopy(s, d)) {
        // set_copy_and_difference: copy, then discard the dict's keys as from any iterable
        r.merge(s);
        for (const k of d.keyList()) r.discard(K.k(k.id), K.h(k.id));
        r.finishDifferenceUpdate();
      } else {
        SetTable.differenceDict(r, s, d);
      }
      return [r, null];
    }
    case 'subl': {
      const r = copyOf(rt, s);
      for (const k of a as number[]) r.discard(K.k(k), K.h(k));
      r.finishDifferenceUpdate();
      return [r, null];
    }
    case 'xor': {
      const r: S = new SetTable(rt);
      SetTable.symmetricDifference(r, s, fromList(rt, K, a));
      return [r, null];
    }
    case 'andl': {
      // set_intersection with an iterable: probe so with each item, stop once the result is as big
      const r: S = new SetTable(rt);
      for (const k of a as number[]) {
        if (s.contains(K.k(k), K.h(k))) {
          r.add(K.k(k), K.h(k));
          if (r.used >= s.used) break;
        }
      }
      return [r, null];
    }
    case 'cp':
      return [copyOf(rt, s), null];
    case 'new':
      return [fromList(rt, K, a), null];
    case 'fz':
      return [copyOf(rt, copyOf(rt, s)), null];
  }
  throw new Error(`unknown op ${name}`);
}

const seqs: any[] = load('set-seqs.json').seqs;

test(`set sequences: ${seqs.length} sequences replayed, getsizeof and order after every op`, () => {
  let nops = 0;
  for (const [si, seq] of seqs.entries()) {
    const { rt } = testRuntime();
    const K = new Keys(seq.keys);
    let s: S = new SetTable(rt);
    for (const [opi, op] of (seq.ops as any[][]).entries()) {
      const where = `seq ${si} (${seq.family}) op ${opi} ${JSON.stringify(op).slice(0, 80)}`;
      let res: unknown;
      [s, res] = apply(rt, K, s, op);
      nops++;
      assert.deepEqual(res, seq.results[opi], `${where}: result`);
      const full = seq.full[String(opi)];
      if (full) {
        assert.deepEqual(order(s), full, `${where}: order`);
        const it = s.newIter();
        const seen: number[] = [];
        let ix: number;
        while ((ix = s.iterNext(it)) >= 0) seen.push(s.keyAt(ix).id);
        assert.equal(ix, ITER_END);
        assert.deepEqual(seen, full, `${where}: iterator`);
      }
      assert.equal(s.sizeofBytes() + 16, seq.sizes[opi], `${where}: getsizeof`);
      assert.equal(checksum(order(s).map((x) => x + 1)), seq.sums[opi], `${where}: order checksum`);
      assert.equal(s.used, order(s).length);
    }
  }
  assert.ok(nops > 10000, `${nops} operations`);
});

const cases: any[] = load('set-orders.json').cases;

test(`set orders: ${cases.length} list(set(...)) / frozenset orders and sizes`, () => {
  for (const [ci, c] of cases.entries()) {
    const { rt } = testRuntime();
    const K = new Keys(c.keys);
    const s = fromList(rt, K, c.items);
    assert.deepEqual(order(s), c.order, `case ${ci} (${c.how} of ${c.items.length})`);
    assert.equal(s.sizeofBytes() + 16, c.size, `case ${ci}: getsizeof`);
    assert.equal(BigInt(s.frozensetHash()), BigInt(c.fhash), `case ${ci}: hash(frozenset(...))`);
    // A copy has the same keys (maybe in another table): equal, and the same hash.
    const t = new SetTable<TKey>(rt);
    t.merge(s);
    if (c.items.length > 0) t.discard(K.k(c.items[0]), K.h(c.items[0]));
    assert.equal(s.equals(t), c.items.length === 0);
    assert.equal(t.isSubset(s), true);
    assert.equal(s.isDisjoint(t), c.items.length <= 1);
    if (c.items.length > 0) t.add(K.k(c.items[0]), K.h(c.items[0]));
    assert.equal(BigInt(t.frozensetHash()), BigInt(c.fhash), `case ${ci}: hash after discard + add (dummy in the table)`);
    assert.ok(s.equals(t) && t.equals(s));
  }
});

test('set resize points: getsizeof after each add', () => {
  const grow: number[] = load('resize.json').set.grow;
  const { rt } = testRuntime();
  const s: S = new SetTable(rt);
  for (let i = 0; i < grow.length; i++) {
    s.add(new TKey(i, false), i * 7);
    assert.equal(s.sizeofBytes() + 16, grow[i], `after ${i + 1} adds`);
  }
});
