// Split tables against CPython 3.12.1: a class's shared keys, instances' values arrays, the
// dict materialized by obj.__dict__ (split while it can be, combined after a resize), with
// getsizeof(obj.__dict__) and its order compared (tests/fixtures/tables/split.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DictTable } from '../../src/objects/tables/dicttable.ts';
import { type DictKeys, type SplitValues } from '../../src/objects/tables/dictkeys.ts';
import {
  STORE_NEEDS_DICT, STORE_NO_ATTRIBUTE, STORE_OK, initInlineValues, newKeysForClass, storeInstanceAttribute,
  instanceItems, getInstanceAttribute, freeInstanceValues,
} from '../../src/objects/tables/instancevalues.ts';
import { hashOfBigInt, type TableHash, type TableRuntime } from '../../src/objects/tables/runtime.ts';
import { TKey, testRuntime } from '../../src/objects/tables/testkit.ts';

const FIX = new URL('../fixtures/tables/', import.meta.url);
const fx = JSON.parse(readFileSync(new URL('split.json', FIX), 'utf8'));

/** An instance of a class with a managed dict: inline values until a dict object exists. */
class Inst {
  values: SplitValues | null;
  dict: DictTable<TKey, number> | null = null;
  constructor(values: SplitValues) {
    this.values = values;
  }
}

/** PyObject_GenericGetDict for a managed dict: materializes the split dict on first use. */
function dictOf(rt: TableRuntime, keys: DictKeys, o: Inst): DictTable<TKey, number> {
  if (o.dict === null) {
    o.dict = DictTable.fromInstanceValues(rt, keys, o.values!);
    o.values = null;
  }
  return o.dict;
}

function items(d: DictTable<TKey, number>): number[] {
  const out: number[] = [];
  for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) {
    const ix = d.entryIndex(p);
    out.push(d.keyAt(ix).id, d.valueAt(ix)!);
  }
  return out;
}

test(`split dicts: ${fx.seqs.length} class/instance sequences (setattr, delattr, __dict__, popitem, copy, clear)`, () => {
  let checks = 0;
  for (const [si, seq] of (fx.seqs as any[]).entries()) {
    const { rt } = testRuntime();
    const hashes: TableHash[] = seq.keys.map((s: [string, string]) => hashOfBigInt(BigInt(s[1])));
    // Attribute names are interned: one TKey per name, as CPython's identical str objects.
    const names = hashes.map((_, i) => new TKey(i, true));
    const keys = newKeysForClass(rt);
    const insts: Inst[] = [];
    for (const [opi, op] of (seq.ops as any[][]).entries()) {
      const where = `seq ${si} op ${opi} ${JSON.stringify(op)}`;
      const expected = seq.results[opi];
      let res: unknown = null;
      switch (op[0]) {
        case 'new':
          insts.push(new Inst(initInlineValues(rt, keys)));
          break;
        case 'set': {
          const o = insts[op[1]]!;
          const k = op[2] as number;
          if (o.dict === null) {
            const r = storeInstanceAttribute(rt, keys, o.values!, names[k], hashes[k]!, opi);
            if (r === STORE_NEEDS_DICT) dictOf(rt, keys, o).setItem(names[k]!, hashes[k]!, opi);
            else assert.equal(r, STORE_OK);
          } else {
            o.dict.setItem(names[k]!, hashes[k]!, opi);
          }
          break;
        }
        case 'del': {
          const o = insts[op[1]]!;
          const k = op[2] as number;
          let ok: boolean;
          if (o.dict === null) {
            const r = storeInstanceAttribute(rt, keys, o.values!, names[k], hashes[k]!, null);
            if (r === STORE_NEEDS_DICT) ok = dictOf(rt, keys, o).delItem(names[k]!, hashes[k]!);
            else ok = r !== STORE_NO_ATTRIBUTE;
          } else {
            ok = o.dict.delItem(names[k]!, hashes[k]!);
          }
          if (!ok) res = 'AttributeError';
          break;
        }
        case 'dict': {
          const d = dictOf(rt, keys, insts[op[1]]!);
          res = { size: d.sizeofBytes() + 16, items: items(d) };
          checks++;
          break;
        }
        case 'popitem': {
          const r = dictOf(rt, keys, insts[op[1]]!).popItem();
          res = r === null ? 'KeyError' : [r[0].id, r[1]];
          break;
        }
        case 'copy': {
          const c = dictOf(rt, keys, insts[op[1]]!).copy();
          res = { size: c.sizeofBytes() + 16, items: items(c) };
          checks++;
          break;
        }
        case 'clear':
          dictOf(rt, keys, insts[op[1]]!).clear();
          break;
        default:
          throw new Error(`unknown op ${op[0]}`);
      }
      assert.deepEqual(res, expected, where);
    }
  }
  assert.ok(checks > 200, `${checks} size/order checks`);
});

test('instance values: attribute reads, insertion order, release of values', () => {
  const { rt, mem } = testRuntime();
  const keys = newKeysForClass(rt);
  assert.equal(mem.log.at(-1)!.size, 768, 'shared keys: 32 + 64 index bytes + 42 unicode entries');
  const a = new TKey(1, true);
  const b = new TKey(2, true);
  const va = new TKey(100, false);
  const vb = new TKey(101, false);
  const values = initInlineValues(rt, keys);
  assert.equal(keys.usable, 29);
  assert.equal(mem.log.at(-1)!.size, 32 + 8 * 29, 'values: roundup8(29 + 2) prefix + 29 pointers');
  assert.equal(storeInstanceAttribute(rt, keys, values, b, 22, vb), STORE_OK);
  assert.equal(storeInstanceAttribute(rt, keys, values, a, 11, va), STORE_OK);
  assert.equal(getInstanceAttribute(rt, keys, values, new TKey(1, true), 11), va);
  assert.equal(getInstanceAttribute(rt, keys, values, new TKey(3, true), 33), null);
  assert.deepEqual(instanceItems(keys, values).map(([k]) => (k as TKey).id), [2, 1]);
  assert.equal(va.rc, 1);
  assert.equal(storeInstanceAttribute(rt, keys, values, b, 22, null), STORE_OK);
  assert.equal(vb.rc, 0);
  assert.equal(storeInstanceAttribute(rt, keys, values, b, 22, null), STORE_NO_ATTRIBUTE);
  assert.equal(storeInstanceAttribute(rt, keys, values, new TKey(9, false), 99, va), STORE_NEEDS_DICT);
  freeInstanceValues(rt, keys, values);
  assert.equal(va.rc, 0);
  assert.equal(mem.log.at(-1)!.size, -(32 + 8 * 29));
});
