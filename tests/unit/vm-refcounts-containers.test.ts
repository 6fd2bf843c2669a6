// Leak checks of the container types (set, frozenset, dict): after a program ran and its module
// was released, the blocks held by live objects (the allocator's count less what the free lists
// keep for reuse) are back to their count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';
import { liveBlocks } from '../lib/leakcheck.ts';

function run(interp: Interpreter, src: string): { status: number; out: string; err: string } {
  const host = new MemoryHost();
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

const SETS = `
big = 100000000000000000000
total = 0
for i in range(30):
    a = {big, big + 1, (big, i), i, 'x'}
    b = set(range(i)) | {big}
    f = frozenset(a)
    c = a | b
    c &= {big, i, 1}
    c -= {1}
    c ^= {big + 2, 5}
    total = total + len(a & b) + len(a - b) + len(a ^ b) + (a <= c) + (f == a) + len({f, frozenset()}) + hash(f) % 7
    s = {x * 2 for x in range(i)}
    s.add(big); s.discard(big); s.update([big, big + 3], (i,)); s.difference_update([big]); s.intersection_update(range(100))
    total = total + len(s) + len(s.union(a)) + len(a.intersection(b, c)) + len(a.difference(b)) + s.issubset(range(200)) + a.isdisjoint(b)
    total = total + len({*a, *b}) + sum(x for x in s if False) + len(list(f)) + ({big} < a) + len(set(a.copy()))
    while s:
        s.pop()
print(total, sorted({1, 2, 3}), {big}, frozenset({big}), set(), {(big, 1)})
`;

test('sets and frozensets release what they use', () => {
  const interp = new Interpreter();
  const first = run(interp, SETS);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, SETS), first);
    assert.equal(liveBlocks(interp), baseline);
  }
  for (const src of [
    'big = 100000000000000000000\nprint({big, [big]})\n',
    'big = 100000000000000000000\ns = {big}\ns.remove(big + 1)\n',
    'big = 100000000000000000000\nprint({big} | [big])\n',
    'big = 100000000000000000000\ns = {big}\nfor x in s:\n    s.add(big + 1)\n',
    'big = 100000000000000000000\nprint(set([big, []]))\n',
  ]) {
    const interp2 = new Interpreter();
    const f = run(interp2, src);
    assert.equal(f.status, 1, src);
    const b = liveBlocks(interp2);
    for (let k = 0; k < 3; k++) {
      assert.deepEqual(run(interp2, src), f);
      assert.equal(liveBlocks(interp2), b, src);
    }
  }
});
