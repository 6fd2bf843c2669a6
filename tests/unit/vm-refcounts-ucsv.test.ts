// Leak checks of unicodedata, _csv and _symtable: their objects and their failures. After the
// program and its modules are released, the blocks held by live objects (the allocator's count
// less what the free lists keep) must be back to where the first run left them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';

function run(interp: Interpreter, src: string): { status: number; out: string; err: string } {
  const host = new MemoryHost();
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [] });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

function liveBlocks(interp: Interpreter): number {
  let cached = interp.dictRuntime.keysFreeList.length + interp.listFreeList.length + interp.floatFreeList.items.length;
  for (const fl of interp.tupleFreeLists.bySize) cached += fl.length;
  return interp.obmalloc.allocatedBlocks - cached;
}

function checkReleases(src: string): void {
  const interp = new Interpreter();
  const first = run(interp, src);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, src), first);
    assert.equal(liveBlocks(interp), baseline);
  }
}

const UNICODEDATA = `
import unicodedata as u
total = 0
for db in (u, u.ucd_3_2_0):
    for c in 'a\\u00e9\\u0301\\u00bd\\u4e00\\uac01\\U0001f600':
        total += len(db.name(c, '')) + len(db.category(c)) + db.combining(c) + db.mirrored(c) + len(db.decomposition(c))
        total += db.decimal(c, 0) + db.digit(c, 0) + int(db.numeric(c, 0)) + len(db.east_asian_width(c)) + len(db.bidirectional(c))
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        for s in ('', 'abc', '\\u1e9b\\u0323', '\\uac01\\u1100\\u1161'):
            total += len(db.normalize(form, s)) + db.is_normalized(form, s)
    total += len(db.lookup('LATIN SMALL LETTER A')) + len(db.lookup(b'HANGUL SYLLABLE GAG'))
    for bad in (lambda: db.name('\\x00'), lambda: db.lookup('NOPE'), lambda: db.decimal('x'), lambda: db.normalize('X', 'a'),
                lambda: db.category(1), lambda: db.lookup('a' * 300), lambda: db.numeric('x', 1, 2)):
        try:
            bad()
        except (ValueError, KeyError, TypeError) as e:
            total += len(str(e)) % 3
print(total)
`;

test('unicodedata releases what it uses', () => checkReleases(UNICODEDATA));
