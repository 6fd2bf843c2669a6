// Dict tables against CPython 3.12.1: random sequences of insert/delete/pop/popitem/clear/
// setdefault/update/|/copy/dict()/displays/fromkeys replayed on DictTable, with sys.getsizeof and
// the items' order compared after every operation (tests/fixtures/tables/dict-seqs.json, from
// tools/gen-table-fixtures.py), plus the resize points of resize.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DictTable, ITER_END } from '../../src/objects/tables/dicttable.ts';
import { SetTable, dictFillFromKeysOfSet } from '../../src/objects/tables/settable.ts';
import { hashOfBigInt, type TableHash, type TableRuntime } from '../../src/objects/tables/runtime.ts';
import { TKey, testRuntime } from '../../src/objects/tables/testkit.ts';

const FIX = new URL('../fixtures/tables/', import.meta.url);
const load = (name: string): any => JSON.parse(readFileSync(new URL(name, FIX), 'utf8'));
const M = 2147483647;
const NONE = -1; // None in the fixtures' values

function checksum(xs: number[]): number {
  let c = 0;
  for (const x of xs) c = (c * 1000003 + x) % M;
  return c;
}

/** The keys of one sequence: a fresh TKey per use (so equal keys are usually not identical). */
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

type D = DictTable<TKey, number>;

function items(d: D): number[] {
  const out: number[] = [];
  for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) {
    const ix = d.entryIndex(p);
    out.push(d.keyAt(ix).id, d.valueAt(ix)!);
  }
  return out;
}

function itemsSum(d: D): number {
  const xs: number[] = [];
  for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) {
    const ix = d.entryIndex(p);
    xs.push(d.keyAt(ix).id + 1, d.valueAt(ix)! + 2);
  }
  return checksum(xs);
}

function build(rt: TableRuntime, K: Keys, keys: number[], dels: number[]): D {
  const o: D = new DictTable(rt);
  keys.forEach((k, j) => o.setItem(K.k(k), K.h(k), 1000 + j));
  for (const k of dels) assert.ok(o.delItem(K.k(k), K.h(k)));
  return o;
}

/** Applies one fixture op to d; returns the new d and the op's result as the fixture records it. */
function apply(rt: TableRuntime, K: Keys, d: D, op: any[], opi: number): [D, unknown] {
  const [name, a, b] = op;
  switch (name) {
    case 's':
      d.setItem(K.k(a), K.h(a), opi);
      return [d, null];
    case 'd':
      assert.ok(d.delItem(K.k(a), K.h(a)));
      return [d, null];
    case 'p': {
      if (d.used === 0) return [d, -2];
      const v = d.pop(K.k(a), K.h(a));
      return [d, v === null ? -2 : v];
    }
    case 'pi': {
      const r = d.popItem();
      return [d, r === null ? 'KeyError' : [r[0].id, r[1]]];
    }
    case 'c':
      d.clear();
      return [d, null];
    case 'sd':
      return [d, d.setDefault(K.k(a), K.h(a), opi)];
    case 'u':
      assert.equal(d.merge(build(rt, K, a, b), 1), 0);
      return [d, null];
    case 'or': {
      const n = d.copy();
      assert.equal(n.merge(build(rt, K, a, []), 1), 0);
      return [n, null];
    }
    case 'cp':
      return [d.copy(), null];
    case 'dd': {
      const n: D = new DictTable(rt);
      assert.equal(n.merge(build(rt, K, a, b), 1), 0);
      return [n, null];
    }
    case 'lit': {
      const ks: number[] = a;
      const n: D = DictTable.newPresized(rt, ks.length, ks.every((k) => K.str[k]));
      ks.forEach((k, j) => n.setItem(K.k(k), K.h(k), j));
      return [n, null];
    }
    case 'fkd': {
      const o: D = new DictTable(rt);
      for (const k of a as number[]) o.setItem(K.k(k), K.h(k), 0);
      const n: D = new DictTable(rt);
      n.fillFromKeysOfDict(o, NONE);
      return [n, null];
    }
    case 'fks': {
      const s = new SetTable<TKey>(rt);
      for (const k of a as number[]) s.add(K.k(k), K.h(k));
      const n: D = new DictTable(rt);
      dictFillFromKeysOfSet(n, s, NONE);
      return [n, null];
    }
    case 'fkl': {
      const n: D = new DictTable(rt);
      for (const k of a as number[]) n.setItem(K.k(k), K.h(k), NONE);
      return [n, null];
    }
  }
  throw new Error(`unknown op ${name}`);
}

const seqs: any[] = load('dict-seqs.json').seqs;

test(`dict sequences: ${seqs.length} sequences replayed, getsizeof and order after every op`, () => {
  let nops = 0;
  for (const [si, seq] of seqs.entries()) {
    const { rt } = testRuntime();
    const K = new Keys(seq.keys);
    let d: D = new DictTable(rt);
    for (const [opi, op] of (seq.ops as any[][]).entries()) {
      const where = `seq ${si} (${seq.family}) op ${opi} ${JSON.stringify(op).slice(0, 80)}`;
      let res: unknown;
      [d, res] = apply(rt, K, d, op, opi);
      nops++;
      assert.deepEqual(res, seq.results[opi], `${where}: result`);
      const full = seq.full[String(opi)];
      if (full) {
        assert.deepEqual(items(d), full.items, `${where}: items`);
        const rev: number[] = [];
        const st = d.newReversedIter();
        for (let ix = d.iterNextReversed(st); ix >= 0; ix = d.iterNextReversed(st)) rev.push(d.keyAt(ix).id);
        assert.deepEqual(rev, full.rev, `${where}: reversed`);
        const fwd: number[] = [];
        const it = d.newIter();
        let ix: number;
        while ((ix = d.iterNext(it)) >= 0) fwd.push(d.keyAt(ix).id, d.valueAt(ix)!);
        assert.equal(ix, ITER_END);
        assert.deepEqual(fwd, full.items, `${where}: iterator`);
      }
      assert.equal(d.sizeofBytes() + 16, seq.sizes[opi], `${where}: getsizeof`);
      assert.equal(itemsSum(d), seq.sums[opi], `${where}: items checksum`);
    }
  }
  assert.ok(nops > 10000, `${nops} operations`);
});

test('dict resize points: getsizeof after each insertion and deletion (str and int keys)', () => {
  const fx = load('resize.json');
  for (const name of ['dict-str', 'dict-int']) {
    const { rt } = testRuntime();
    const str = name === 'dict-str';
    const grow: number[] = fx[name].grow;
    const d: D = new DictTable(rt);
    // Any distinct hashes give the same sizes; use the key index.
    for (let i = 0; i < grow.length; i++) {
      d.setItem(new TKey(i, str), i * 7919 + 1, 1);
      assert.equal(d.sizeofBytes() + 16, grow[i], `${name} after ${i + 1} insertions`);
    }
    const shrink: number[] = fx[name].shrink;
    for (let i = 0; i < shrink.length; i++) {
      assert.ok(d.delItem(new TKey(i, str), i * 7919 + 1));
      assert.equal(d.sizeofBytes() + 16, shrink[i], `${name} after ${i + 1} deletions`);
    }
  }
  const lit: number[] = fx['literal-str'];
  const fk: number[] = fx['fromkeys-set'];
  for (let n = 0; n < lit.length; n++) {
    const { rt } = testRuntime();
    const d: D = DictTable.newPresized(rt, n, true);
    for (let i = 0; i < n; i++) d.setItem(new TKey(i, true), i * 31 + 5, i);
    assert.equal(d.sizeofBytes() + 16, lit[n], `{...} display of ${n} str keys`);
    const s = new SetTable<TKey>(rt);
    for (let i = 0; i < 3 * n; i++) s.add(new TKey(i, false), i);
    const f: D = new DictTable(rt);
    dictFillFromKeysOfSet(f, s, NONE);
    assert.equal(f.sizeofBytes() + 16, fk[n], `dict.fromkeys(set(range(${3 * n})))`);
  }
});
