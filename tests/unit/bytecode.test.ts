// The opcode table and stack effects against CPython 3.12.1 (tests/golden/compiler/stack-effects.json,
// written by tools/regen-compiler-opcodes.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hasArg, instrSize, isJump, Op, OPNAME, opname } from '../../src/bytecode/opcodes.ts';
import { stackEffect } from '../../src/bytecode/stack_effect.ts';

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
