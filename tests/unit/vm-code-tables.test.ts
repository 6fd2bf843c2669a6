// co_linetable and co_exceptiontable as CPython 3.12.1 reads them: positions per code unit
// (co_positions) and exception handler entries, on code objects the reference compiled
// (tests/fixtures/vm/code-tables.json from tools/gen-vm-table-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePositions, findExceptionHandler, parseExceptionTable } from '../../src/vm/code_tables.ts';

interface Rec { where: string; firstlineno: number; units: number; linetable: string; positions_sha256: string; exceptiontable: string; handlers: [number, number, number, number, boolean][] }
const recs = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'vm', 'code-tables.json'), 'utf8')) as Rec[];
const n = (v: number) => (v === -1 ? null : v);

test(`co_positions decoded from co_linetable for ${recs.length} code objects`, () => {
  let bad = 0;
  for (const r of recs) {
    const p = decodePositions(Buffer.from(r.linetable, 'hex'), r.firstlineno, r.units);
    const rows: (number | null)[][] = [];
    for (let i = 0; i < r.units; i++) rows.push([n(p.line[i]!), n(p.endLine[i]!), n(p.col[i]!), n(p.endCol[i]!)]);
    const sha = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    if (sha !== r.positions_sha256) bad++;
  }
  assert.equal(bad, 0);
});

test('exception tables parsed and searched as CPython does', () => {
  let entries = 0;
  for (const r of recs) {
    const parsed = parseExceptionTable(Buffer.from(r.exceptiontable, 'hex'));
    assert.deepEqual(parsed.map((e) => [e.start, e.end, e.target, e.depth, e.lasti]), r.handlers, r.where);
    for (const e of parsed) {
      entries++;
      assert.equal(findExceptionHandler(parsed, e.start), e);
      assert.equal(findExceptionHandler(parsed, e.end - 1), e);
    }
    for (let i = 0; i < r.units; i++) {
      const h = findExceptionHandler(parsed, i);
      const expected = r.handlers.find(([s, e]) => s <= i && i < e);
      assert.equal(h === null ? null : h.target, expected === undefined ? null : expected[2], `${r.where} @${i}`);
    }
  }
  assert.ok(entries > 100);
});
