// What the tables ask the allocator for, against CPython 3.12.1's traced memory (tracemalloc)
// after each operation (tests/fixtures/tables/alloc.json): keys objects, the 8-slot str-keys free
// list, split values arrays with their order prefix, set tables. Plus reference-count
// discipline (every stored reference taken once and given back once) and the allocation events
// of the basic operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DictTable, MERGE_KEY_EXISTS } from '../../src/objects/tables/dicttable.ts';
import { EMPTY_KEYS, keysAllocBytes, type SplitValues } from '../../src/objects/tables/dictkeys.ts';
import {
  STORE_NEEDS_DICT, initInlineValues, newKeysForClass, storeInstanceAttribute,
} from '../../src/objects/tables/instancevalues.ts';
import { SetTable } from '../../src/objects/tables/settable.ts';
import { hashOfBigInt, type TableHash } from '../../src/objects/tables/runtime.ts';
import { TKey, testRuntime } from '../../src/objects/tables/testkit.ts';

const FIX = new URL('../fixtures/tables/', import.meta.url);
const fx = JSON.parse(readFileSync(new URL('alloc.json', FIX), 'utf8'));

/** Bytes the object model allocates around these operations (not the tables' business). */
const INSTANCE_BYTES = 48; // 16 managed pre-header + 16 GC header + 16 object header
const DICT_OBJECT_BYTES = 64; // 16 GC header + sizeof(PyDictObject)

test(`traced memory after each operation: ${fx.seqs.length} reference sequences (dict, set, instances)`, () => {
  let nops = 0;
  for (const [si, seq] of (fx.seqs as any[]).entries()) {
    const { rt, mem } = testRuntime();
    const hashes: TableHash[] = seq.keys.map((s: [string, string]) => hashOfBigInt(BigInt(s[1])));
    const objs = hashes.map((_, i) => new TKey(i, seq.keys[i][0] === 's'));
    const kind: string = seq.kind;
    // Operands, built before measuring (as the reference builds them before tracing).
    const dictOthers = (seq.others as number[][]).map((ks) => {
      const d = new DictTable<TKey, number>(rt);
      for (const k of ks) d.setItem(objs[k]!, hashes[k]!, -1);
      return d;
    });
    const setOthers = (seq.others as number[][]).map((ks) => {
      const s = new SetTable<TKey>(rt);
      for (const k of ks) s.add(objs[k]!, hashes[k]!);
      return s;
    });
    // The reference then drains the keys free list (80 live one-str-key dicts): same state.
    rt.clearKeysFreeList();
    const d = new DictTable<TKey, number>(rt);
    const st = new SetTable<TKey>(rt);
    const keys = newKeysForClass(rt);
    const insts: { values: SplitValues | null; dict: DictTable<TKey, number> | null }[] = [];
    const materialize = (o: (typeof insts)[number]): number => {
      if (o.dict !== null) return 0;
      o.dict = DictTable.fromInstanceValues(rt, keys, o.values!);
      o.values = null;
      return DICT_OBJECT_BYTES;
    };
    for (const [opi, op] of (seq.ops as any[][]).entries()) {
      const before = mem.liveBytes();
      let extra = 0;
      const k: number = op[1];
      switch (kind + ':' + op[0]) {
        case 'dict:s': d.setItem(objs[k]!, hashes[k]!, -1); break;
        case 'dict:d': if (d.used !== 0) d.pop(objs[k]!, hashes[k]!); break;
        case 'dict:c': d.clear(); break;
        case 'dict:u': d.merge(dictOthers[k]!, 1); break;
        case 'dict:sd': d.setDefault(objs[k]!, hashes[k]!, -1); break;
        case 'set:a': st.add(objs[k]!, hashes[k]!); break;
        case 'set:d': st.discard(objs[k]!, hashes[k]!); break;
        case 'set:c': st.clear(); break;
        case 'set:u': st.merge(setOthers[k]!); break;
        case 'set:du': st.differenceUpdate(setOthers[k]!); break;
        case 'set:iu': {
          const tmp = new SetTable<TKey>(rt);
          SetTable.intersection(tmp, st, setOthers[k]!);
          SetTable.swapBodies(st, tmp, false);
          tmp.dealloc();
          break;
        }
        case 'inst:new':
          insts.push({ values: initInlineValues(rt, keys), dict: null });
          extra = INSTANCE_BYTES;
          break;
        case 'inst:set':
        case 'inst:del': {
          const o = insts[op[1]]!;
          const n: number = op[2];
          const value = op[0] === 'set' ? -1 : null;
          if (o.dict === null) {
            const r = storeInstanceAttribute(rt, keys, o.values!, objs[n], hashes[n]!, value);
            if (r === STORE_NEEDS_DICT) extra = materialize(o);
          }
          if (o.dict !== null) {
            if (value === null) o.dict.delItem(objs[n]!, hashes[n]!);
            else o.dict.setItem(objs[n]!, hashes[n]!, value);
          }
          break;
        }
        case 'inst:dict':
          extra = materialize(insts[op[1]]!);
          break;
        default:
          throw new Error(`unknown op ${kind}:${op[0]}`);
      }
      nops++;
      assert.equal(mem.liveBytes() - before + extra, seq.deltas[opi], `seq ${si} (${kind}) op ${opi} ${JSON.stringify(op)}`);
    }
  }
  assert.ok(nops > 3000, `${nops} operations`);
});

test('allocation events: dict keys sizes, the str-keys free list, clone, clear', () => {
  const { rt, mem } = testRuntime();
  const s = (i: number) => new TKey(i, true);
  const g = (i: number) => new TKey(i, false);
  const d = new DictTable<TKey, number>(rt);
  assert.equal(d.keys, EMPTY_KEYS);
  assert.equal(mem.log.length, 0, 'an empty dict allocates nothing');
  d.setItem(s(1), 1, 1);
  assert.deepEqual(mem.log.map((e) => e.size), [120], '8-slot str keys: 32 + 8 + 5*16');
  for (let i = 2; i <= 6; i++) d.setItem(s(i), i, i);
  assert.deepEqual(mem.log.map((e) => e.size), [120, 208], 'resize to 16 slots: 32 + 16 + 10*16; the 8-slot block is cached');
  assert.equal(rt.keysFreeList.length, 1);
  const e = new DictTable<TKey, number>(rt);
  e.setItem(s(9), 9, 9);
  assert.equal(mem.log.length, 2, 'the cached 8-slot keys are reused without a malloc');
  assert.equal(e.keys.addr, mem.log[0]!.addr, 'and keep their address');
  e.setItem(g(10), 10, 10);
  // calculate_log2_keysize(used*3 = 3) = 4: getsizeof({'a': 1}) 184 -> 352 after d[1] = 2
  assert.deepEqual(mem.log.slice(2).map((x) => x.size), [288], 'a non-str key: general keys for used*3, 32 + 16 + 10*24');
  assert.equal(rt.keysFreeList.length, 1, 'the str keys went back to the free list');
  const c = e.copy();
  assert.deepEqual(mem.log.slice(3).map((x) => x.size), [288], 'copy clones the keys block');
  assert.equal(c.sizeofBytes(), e.sizeofBytes());
  c.clear();
  assert.deepEqual(mem.log.slice(4).map((x) => x.size), [-288], 'clear frees general keys');
  d.clear();
  assert.deepEqual(mem.log.slice(5).map((x) => x.size), [-208]);
  rt.clearKeysFreeList();
  assert.deepEqual(mem.log.slice(6).map((x) => x.size), [-120], 'a full collection empties the keys free list');
  assert.equal(keysAllocBytes(8, true), 32 + 512 + 170 * 16, '2-byte indices from 256 slots');
  assert.equal(keysAllocBytes(16, false), 32 + 2 ** 18 + 43690 * 24, '4-byte indices from 65536 slots');
});

test('allocation events: set tables (smalltable, 16 bytes per slot, freed on clear)', () => {
  const { rt, mem } = testRuntime();
  const s = new SetTable<TKey>(rt);
  for (let i = 0; i < 4; i++) s.add(new TKey(i, false), i);
  assert.equal(mem.log.length, 0, 'up to 4 keys live in the smalltable');
  s.add(new TKey(4, false), 4);
  assert.deepEqual(mem.log.map((e) => e.size), [512], '5 keys: fill*5 >= mask*3, resize to 32 slots');
  assert.equal(s.sizeofBytes(), 200 + 512);
  s.clear();
  assert.deepEqual(mem.log.map((e) => e.size), [512, -512]);
  assert.equal(s.sizeofBytes(), 200);
});

test('reference counts: every reference a table takes is given back', () => {
  const { rt } = testRuntime();
  const keys = Array.from({ length: 60 }, (_, i) => new TKey(i, i % 3 === 0));
  const vals = Array.from({ length: 60 }, (_, i) => new TKey(1000 + i, false));
  const h = (i: number) => (i % 7) * 8 + (i % 2 === 0 ? 2 ** 40 : 0); // collisions galore
  const d = new DictTable<TKey, TKey>(rt);
  for (let i = 0; i < 60; i++) d.setItem(keys[i]!, h(i), vals[i]!);
  for (let i = 0; i < 60; i += 3) d.setItem(keys[i]!, h(i), vals[59 - i]!);
  for (let i = 0; i < 60; i += 5) assert.ok(d.delItem(keys[i]!, h(i)));
  const popped = d.pop(keys[1]!, h(1))!;
  const item = d.popItem()!;
  const c = d.copy();
  const m = new DictTable<TKey, TKey>(rt);
  m.merge(d, 1);
  const sd = new DictTable<TKey, TKey>(rt);
  sd.setDefault(keys[2]!, h(2), vals[2]!);
  assert.equal(sd.merge(d, 2), MERGE_KEY_EXISTS);
  rt.decref(sd.mergeErrorKey);
  const s = new SetTable<TKey>(rt);
  for (let i = 0; i < 60; i++) s.add(keys[i]!, h(i));
  for (let i = 0; i < 60; i += 4) s.discard(keys[i]!, h(i));
  const sp = s.pop()!;
  const s2 = new SetTable<TKey>(rt);
  s2.merge(s);
  const inter = new SetTable<TKey>(rt);
  SetTable.intersection(inter, s, s2);
  // Split: shared keys hold the names; values arrays hold the values.
  const shared = newKeysForClass(rt);
  const v = initInlineValues(rt, shared);
  for (let i = 0; i < 10; i++) storeInstanceAttribute(rt, shared, v, keys[3 * i]!, h(3 * i), vals[i]!);
  const sdict = DictTable.fromInstanceValues<TKey, TKey>(rt, shared, v);
  const scopy = sdict.copy();
  scopy.setItem(new TKey(999, false), 5, vals[0]!); // makes the copy combined
  // Release everything; the caller owns what pop/popitem/set pop returned.
  rt.decref(popped);
  rt.decref(item[0]);
  rt.decref(item[1]);
  rt.decref(sp);
  for (const t of [d, c, m, sd, sdict, scopy]) t.dealloc();
  for (const t of [s, s2, inter]) t.dealloc();
  // The class's shared keys: one reference from the class itself.
  assert.equal(shared.refcnt, 1);
  for (const o of [...keys, ...vals]) {
    const held = shared.ents.slice(0, 2 * shared.nentries).filter((x) => x === o).length;
    assert.equal(o.rc, held, `key/value ${o.id}: refcount ${o.rc}, held by the shared keys ${held}`);
  }
});

test('refcounts while __eq__ runs: the stored key and the probe are held, as in CPython', () => {
  const seen: [number, number][] = [];
  const a = new TKey(1, false);
  const b = new TKey(2, false);
  const v = new TKey(3, false);
  const { rt } = testRuntime((stored, probe) => seen.push([stored.rc, probe.rc]));
  const d = new DictTable<TKey, TKey>(rt);
  d.setItem(a, 8, v); // a: 1 (dict)
  d.setItem(b, 8, v); // collides with a: a held for the compare (2); b held by PyDict_SetItem (1)
  const s = new SetTable<TKey>(rt);
  s.add(a, 8); // a: 2
  s.add(b, 8); // a held for the compare (3); b taken before probing (2: dict + probe hold)
  assert.deepEqual(seen, [[2, 1], [3, 2]]);
});
