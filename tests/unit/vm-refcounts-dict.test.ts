// Leak checks of dict's methods, views and iterators, and of tuple, range and slice: after a
// program ran and its module was released, the blocks held by live objects (the allocator's
// count less what the free lists keep for reuse) are back to their count. The programs define no
// classes: a class is a reference cycle, which only the cyclic collector (not there yet) frees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { liveBlocks, run } from '../lib/leakcheck.ts';


/** Runs `src` several times in one interpreter: same output each time, and no block kept. */
function checkNoLeak(src: string, status: number): void {
  const interp = new Interpreter();
  const first = run(interp, src);
  if (status === 0) assert.equal(first.err, '');
  assert.equal(first.status, status, first.err);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, src), first);
    assert.equal(liveBlocks(interp), baseline, src);
  }
}

const DICTS = `
big = 100000000000000000000
total = 0
for i in range(30):
    d = {big: i, 'a': (big,), (big, i): 'x'}
    d.update({big: (big, big), 'k': ('k', big)}.items(), z=big)
    d.update([(big + 1, big), [i, (i,)]])
    d |= {big + 2: 1}
    e = d | {big: 0}
    total += len(e) + len(d.copy()) + (d == e) + (d != {}) + len(dict(d, q=1)) + len(dict(d.items())) + len({**d, **e})
    total += len(d.get(big)) + len(d.get('nope', [])) + len(d.setdefault('s', (big,))) + d.pop(big + 2) + len(d.pop('nope', ()))
    k, v, it = d.keys(), d.values(), d.items()
    total += len(k & {big, i}) + len(k | [big + 5]) + len(k - {big}) + len(k ^ [big, 'new']) + len(it & [(big, i)]) + len(it ^ e.items())
    total += len(it | {(1, 2)}) + len([(big, i)] - it) + k.isdisjoint([big]) + it.isdisjoint(e.items()) + (k == e.keys()) + (it <= e.items())
    total += len(list(reversed(d))) + len(list(reversed(v))) + len(list(reversed(it))) + len(repr(k)) + len(repr(it)) + len(k.mapping)
    total += sum(1 for _ in v) + sum(1 for _ in it) + (big in k) + ((big, i) in it) + len(iter(d).__reduce__()[1][0])
    total += len(dict.fromkeys(d, big)) + len(dict.fromkeys({big, i})) + len(dict.fromkeys([big, big + 1])) + len(dict.fromkeys('ab'))
    total += d.__sizeof__() % 7 + len(str(dict[int, str] | None)) + hash(dict[int, str]) % 3 + len(list[int].__reduce__())
    while d:
        d.popitem()
    d.clear()
r = {}
r[big] = r
r['v'] = r.values()
print(total, r, {big: [big]}.items(), dict(x=big))
r.clear()
`;

test('dict methods, views and iterators release what they use', () => {
  checkNoLeak(DICTS, 0);
});

test('dict errors release what they hold', () => {
  for (const src of [
    'big = 100000000000000000000\nd = {big: 1}\nd.update([(big, 2), (big, 3, 4)])\n',
    'big = 100000000000000000000\nd = {big: 1}\nd.update([(big, 2), big])\n',
    'big = 100000000000000000000\nprint({big: 1}.pop(big + 1))\n',
    'big = 100000000000000000000\nd = {big: 1}\nfor k in d:\n    d[big + 1] = 2\n',
    'big = 100000000000000000000\nd = {big: 1}\nit = iter(d.items())\nnext(it)\ndel d[big]\nd[big + 1] = 3\nlist(it)\n',
    'big = 100000000000000000000\nprint({big: 1}.keys() & [[big]])\n',
    'big = 100000000000000000000\nprint({big: [big]}.items() ^ {big: 1}.items())\n',
    'big = 100000000000000000000\nd = {big: 1}\nd |= 5\n',
    'big = 100000000000000000000\nprint(dict.fromkeys([big, []]))\n',
    '{}.popitem()\n',
  ]) {
    checkNoLeak(src, 1);
  }
});

const SEQUENCES = `
big = 100000000000000000000
total = 0
for i in range(30):
    t = tuple([big, i, big, (big,)])
    total += t.count(big) + t.index(big, 1) + len(t * 2) + len(2 * t) + len(t.__mul__(3)) + len(t.__getnewargs__()[0]) + len(tuple(x for x in t))
    total += (t < (big, i + 1)) + (t == tuple(t)) + len(str(tuple[int, str])) + len(tuple.__new__(tuple, t))
    r = range(big, big + 50, 3)
    total += r.count(big + 3) + r.index(big + 6) + len(r[2:10:2]) + (r[-1] - big) + len(r.__reduce__()[1]) + (r == range(big, big + 49, 3))
    total += (hash(r) == hash(range(big, big + 49, 3))) + (big + 9 in r) + len(list(reversed(r))) + (r.start - big) + (not r)
    it = iter(r)
    it.__setstate__(3)
    total += it.__length_hint__() + len(it.__reduce__()[1]) + len(list(iter(range(i)))) + len(range(i).__reduce__())
    s = slice(big, -big, i + 1)
    total += sum(s.indices(100)) + len(s.__reduce__()[1]) + (s == slice(big, -big, i + 1)) + (s < slice(big + 1, 0, 0)) + (hash(s) == hash(slice(big, -big, i + 1)))
    total += len(list(range(100))[s]) + len(t[slice(1, None)]) + len(repr(s)) + (s.start - big)
print(total, tuple(range(3)), slice(big), range(big, big * 2, big))
`;

test('tuple, range and slice methods release what they use', () => {
  checkNoLeak(SEQUENCES, 0);
});

test('tuple, range and slice errors release what they hold', () => {
  for (const src of [
    'big = 100000000000000000000\nprint((big, big).index(big + 1))\n',
    'big = 100000000000000000000\nprint((big,) * big)\n',
    'big = 100000000000000000000\ndef g():\n    yield big\n    raise ValueError(big)\ntuple(g())\n',
    'big = 100000000000000000000\nprint(range(big, big * 2).index(big - 1))\n',
    'big = 100000000000000000000\nprint(range(big)[big])\n',
    'big = 100000000000000000000\nprint(slice(big, big, 0).indices(5))\n',
    'big = 100000000000000000000\nprint(slice([big]) < slice(big))\n',
    'big = 100000000000000000000\nprint(hash(slice(big, [big])))\n',
  ]) {
    checkNoLeak(src, 1);
  }
});
