// The opcode table and stack effects against CPython 3.12.1 (tests/golden/compiler/stack-effects.json,
// written by tools/regen-compiler-opcodes.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hasArg, instrSize, isJump, Op, OPNAME, opname } from '../../src/bytecode/opcodes.ts';
import { stackEffect } from '../../src/bytecode/stack_effect.ts';
import { coLines, coPositions, LineTableWriter, NO_LOCATION, type Location } from '../../src/bytecode/linetable.ts';
import { ExceptionTableWriter, parseExceptionTable } from '../../src/bytecode/exctable.ts';

interface Effects {
  args: number[];
  effects: Record<string, [number | null, number | null][]>;
}

test('stack effects equal dis.stack_effect for every opcode', () => {
  const data = JSON.parse(readFileSync(new URL('../golden/compiler/stack-effects.json', import.meta.url), 'utf8')) as Effects;
  const bad: string[] = [];
  for (const [name, rows] of Object.entries(data.effects)) {
    const op = OPNAME.indexOf(name);
    assert.ok(op >= 0, name);
    data.args.forEach((arg, i) => {
      const [plain, jump] = rows[i]!;
      if (plain === null) return; // the reference rejects this oparg
      if (!hasArg(op) && arg !== 0) return;
      const got = [stackEffect(op, arg, false), stackEffect(op, arg, true)];
      if (got[0] !== plain || got[1] !== jump) bad.push(`${name}(${arg}): ${got} != ${plain},${jump}`);
    });
  }
  assert.deepEqual(bad, []);
});

test('opcode table basics', () => {
  assert.equal(opname(Op.LOAD_CONST), 'LOAD_CONST');
  assert.equal(Op.LOAD_CONST, 100);
  assert.equal(Op.STORE_FAST_MAYBE_NULL, 266);
  assert.ok(isJump(Op.JUMP) && isJump(Op.FOR_ITER) && isJump(Op.SEND) && !isJump(Op.SETUP_FINALLY));
  assert.equal(instrSize(Op.LOAD_GLOBAL, 0), 5);
  assert.equal(instrSize(Op.LOAD_ATTR, 300), 11);
  assert.equal(instrSize(Op.NOP, 0), 1);
});

test('line table: every entry kind decodes back to the locations written', () => {
  const runs: [Location, number][] = [
    [{ lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 5 }, 1], // short form
    [{ lineno: 1, end_lineno: 1, col_offset: 75, end_col_offset: 90 }, 3], // short form, column group 9
    [{ lineno: 3, end_lineno: 3, col_offset: 4, end_col_offset: 120 }, 2], // one-line form, delta 2
    [{ lineno: 3, end_lineno: 3, col_offset: 130, end_col_offset: 140 }, 1], // long form (columns >= 128)
    [{ lineno: 2, end_lineno: 2, col_offset: -1, end_col_offset: -1 }, 2], // no columns, negative delta
    [NO_LOCATION, 4], // none
    [{ lineno: 400, end_lineno: 410, col_offset: 8, end_col_offset: 3 }, 20], // long form, split in 8s
    [{ lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 }, 1], // one-line form, big negative delta
  ];
  const w = new LineTableWriter(1);
  for (const [loc, n] of runs) w.emit(loc, n);
  const positions = coPositions(w.bytes(), 1);
  const expected: (number | null)[][] = [];
  for (const [loc, n] of runs) {
    for (let i = 0; i < n; i++) {
      expected.push(loc.lineno < 0 ? [null, null, null, null] : [loc.lineno, loc.lineno < 0 ? null : loc.end_lineno, loc.col_offset < 0 ? null : loc.col_offset, loc.end_col_offset < 0 ? null : loc.end_col_offset]);
    }
  }
  assert.deepEqual(positions, expected);
  assert.deepEqual(coLines(w.bytes(), 1).map((r) => r[2]), [1, 3, 2, null, 400, 1]);
});

test('exception table: entries round-trip, including values past 2**24', () => {
  const w = new ExceptionTableWriter();
  w.entry(0, 3, 10, 2, false);
  w.entry(5, 70, 4000, 2, true);
  w.entry(1 << 20, (1 << 20) + 5, (1 << 25) + 3, 300, true);
  assert.deepEqual(parseExceptionTable(w.bytes()), [
    { start: 0, end: 6, target: 20, depth: 1, lasti: false },
    { start: 10, end: 140, target: 8000, depth: 0, lasti: true },
    { start: 2 << 20, end: (2 << 20) + 10, target: (2 << 25) + 6, depth: 298, lasti: true },
  ]);
});
