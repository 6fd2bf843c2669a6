// __eq__ that mutates the table being probed, or raises, against CPython 3.12.1: keys whose
// hashes collide, an __eq__ that runs queued actions (delete a key, insert keys -- possibly
// resizing --, clear, raise) on the dict/set under operation or on the other operand, and
// iteration that mutates. Compared: each operation's result or exception, the exact sequence of
// (stored, probe) comparisons CPython made, the actions left unused, and both containers' order,
// values and getsizeof afterwards (tests/fixtures/tables/mutation.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DictTable, ITER_CHANGED_SIZE, ITER_END, ITER_KEYS_CHANGED, MERGE_MUTATED,
} from '../../src/objects/tables/dicttable.ts';
import { SetTable } from '../../src/objects/tables/settable.ts';
import { hashOfBigInt, type TableHash } from '../../src/objects/tables/runtime.ts';
import { TKey, testRuntime } from '../../src/objects/tables/testkit.ts';

const FIX = new URL('../fixtures/tables/', import.meta.url);
const fx = JSON.parse(readFileSync(new URL('mutation.json', FIX), 'utf8'));

class Boom {}
type Action = [string, string?, (number | number[])?];
type D = DictTable<TKey, number>;
type S = SetTable<TKey>;

test(`__eq__ mutating or raising: ${fx.seqs.length} sequences, comparisons made in CPython's order`, () => {
  let nops = 0;
  let ncmp = 0;
  for (const [si, seq] of (fx.seqs as any[]).entries()) {
    const hashes: TableHash[] = seq.keys.map((s: [string, string]) => hashOfBigInt(BigInt(s[1])));
    const isSet: boolean = seq.set;
    const queue: Action[] = [];
    const eqlog: [number, number][] = [];
    const targets: Record<string, D | S> = {};
    // One object per key, as in the reference run: an identical key is found without __eq__.
    const objs = hashes.map((_, i) => new TKey(i, false));
    const key = (i: number) => objs[i]!;
    const perform = (act: Action): void => {
      const [what, t, arg] = act;
      if (what === 'none') return;
      if (what === 'raise') throw new Boom();
      const c = targets[t!]!;
      if (what === 'del') {
        const i = arg as number;
        if (c instanceof DictTable) {
          if (c.used !== 0) c.pop(key(i), hashes[i]!);
        } else {
          c.discard(key(i), hashes[i]!);
        }
      } else if (what === 'add') {
        for (const i of arg as number[]) {
          if (c instanceof DictTable) c.setItem(key(i), hashes[i]!, -5);
          else c.add(key(i), hashes[i]!);
        }
      } else if (what === 'clear') {
        c.clear();
      }
    };
    const { rt } = testRuntime((stored, probe) => {
      eqlog.push([stored.id, probe.id]);
      const act = queue.shift();
      if (act !== undefined) perform(act);
    });
    const main: D | S = isSet ? new SetTable<TKey>(rt) : new DictTable<TKey, number>(rt);
    const other: D | S = isSet ? new SetTable<TKey>(rt) : new DictTable<TKey, number>(rt);
    targets.main = main;
    targets.other = other;
    const state = (c: D | S): unknown[] => {
      if (c instanceof SetTable) return c.keyList().map((k) => k.id);
      const out: [number, number][] = [];
      for (let p = c.nextPos(0); p >= 0; p = c.nextPos(p + 1)) {
        const ix = c.entryIndex(p);
        out.push([c.keyAt(ix).id, c.valueAt(ix)!]);
      }
      return out;
    };

    for (const [opi, rec] of (seq.ops as any[]).entries()) {
      const op = rec.op;
      const where = `seq ${si} (${isSet ? 'set' : 'dict'}) op ${opi} ${JSON.stringify(op)} acts ${JSON.stringify(rec.acts)}`;
      eqlog.length = 0;
      queue.length = 0;
      queue.push(...rec.acts);
      const k: number = op[1];
      let res: unknown = null;
      try {
        switch (op[0]) {
          case 'fill':
          case 'fillother': {
            const c = op[0] === 'fill' ? main : other;
            for (const j of op[1] as number[]) {
              if (c instanceof DictTable) c.setItem(key(j), hashes[j]!, j);
              else c.add(key(j), hashes[j]!);
            }
            break;
          }
          case 'set':
            (main as D).setItem(key(k), hashes[k]!, opi);
            break;
          case 'get': {
            const v = (main as D).getItem(key(k), hashes[k]!);
            res = v === null ? -2 : v;
            break;
          }
          case 'del':
            if (!(main as D).delItem(key(k), hashes[k]!)) res = 'KeyError';
            break;
          case 'pop': {
            const d = main as D;
            const v = d.used === 0 ? null : d.pop(key(k), hashes[k]!);
            res = v === null ? -2 : v;
            break;
          }
          case 'setdefault':
            res = (main as D).setDefault(key(k), hashes[k]!, opi);
            break;
          case 'add':
            (main as S).add(key(k), hashes[k]!);
            break;
          case 'contains':
            res = (main as S).contains(key(k), hashes[k]!);
            break;
          case 'discard':
            (main as S).discard(key(k), hashes[k]!);
            break;
          case 'iter': {
            const pending: Action[] = [...op[2]];
            const seen: number[] = [];
            let end = 'end';
            if (main instanceof DictTable) {
              const st = main.newIter();
              for (;;) {
                const ix = main.iterNext(st);
                if (ix === ITER_END) break;
                if (ix === ITER_CHANGED_SIZE) {
                  end = 'dictionary changed size during iteration';
                  break;
                }
                if (ix === ITER_KEYS_CHANGED) {
                  end = 'dictionary keys changed during iteration';
                  break;
                }
                seen.push(main.keyAt(ix).id);
                const a = pending.shift();
                if (a) perform(a);
              }
            } else {
              const st = main.newIter();
              for (;;) {
                const ix = main.iterNext(st);
                if (ix === ITER_END) break;
                if (ix === ITER_CHANGED_SIZE) {
                  end = 'Set changed size during iteration';
                  break;
                }
                seen.push(main.keyAt(ix).id);
                const a = pending.shift();
                if (a) perform(a);
              }
            }
            res = [seen, end];
            break;
          }
          case 'update':
            if (main instanceof DictTable) {
              if (main.merge(other as D, 1) === MERGE_MUTATED) res = 'RuntimeError: dict mutated during update';
            } else {
              main.merge(other as S);
            }
            break;
          case 'and': {
            const r = new SetTable<TKey>(rt);
            SetTable.intersection(r, main as S, other as S);
            res = r.keyList().map((x) => x.id);
            break;
          }
          case 'sub': {
            const r = new SetTable<TKey>(rt);
            SetTable.difference(r, main as S, other as S);
            res = r.keyList().map((x) => x.id);
            break;
          }
          case 'xor': {
            const r = new SetTable<TKey>(rt);
            SetTable.symmetricDifference(r, main as S, other as S);
            res = r.keyList().map((x) => x.id);
            break;
          }
          case 'du':
            (main as S).differenceUpdate(other as S);
            break;
          case 'le':
            res = (main as S).isSubset(other as S);
            break;
          case 'disj':
            res = (main as S).isDisjoint(other as S);
            break;
          case 'eq':
            res = (main as S).equals(other as S);
            break;
          case 'deq':
            res = (main as D).equals(other as D);
            break;
          default:
            throw new Error(`unknown op ${op[0]}`);
        }
      } catch (e) {
        if (!(e instanceof Boom)) throw e;
        res = 'Boom';
      }
      nops++;
      ncmp += eqlog.length;
      assert.deepEqual(res, rec.res, `${where}: result`);
      assert.deepEqual(eqlog, rec.eqlog, `${where}: comparisons`);
      assert.equal(queue.length, rec.left, `${where}: actions left`);
      assert.deepEqual(state(main), rec.state.main, `${where}: main`);
      assert.deepEqual(state(other), rec.state.other, `${where}: other`);
      assert.equal(main.sizeofBytes() + 16, rec.state.size, `${where}: getsizeof`);
    }
  }
  assert.ok(nops > 1000 && ncmp > 1000, `${nops} operations, ${ncmp} comparisons`);
});
