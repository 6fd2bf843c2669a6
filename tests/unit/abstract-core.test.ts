// The number protocol's dispatch (CPython's binary_op1): slot order, subtype priority,
// NotImplemented, and the TypeError message; exact int arithmetic across the bigint boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { binaryOp, NB } from '../../src/objects/abstract.ts';
import { PyLong_FromBigInt, PyLong_FromNumber, longValue } from '../../src/objects/longobject.ts';
import { PyUnicode_FromString } from '../../src/objects/unicodeobject.ts';
import { PyTypeObject } from '../../src/objects/typeobject.ts';
import { PyObject, Py_TPFLAGS_READY } from '../../src/objects/object.ts';
import type { PyBaseExceptionObject } from '../../src/objects/exceptions.ts';

function raised(f: () => unknown): PyBaseExceptionObject {
  try {
    f();
  } catch (e) {
    if (e instanceof PyObject) return e as PyBaseExceptionObject;
    throw e;
  }
  throw new Error('no exception');
}

test('int arithmetic is exact on both sides of 2**53', () => {
  const interp = new Interpreter();
  const i = (v: number | bigint) => (typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyLong_FromBigInt(interp, v));
  assert.equal(longValue(binaryOp(interp, i(2), i(3), NB.ADD)), 5);
  assert.equal(longValue(binaryOp(interp, i(2 ** 53 - 1), i(2), NB.ADD)), 2n ** 53n + 1n);
  assert.equal(longValue(binaryOp(interp, i(2n ** 64n), i(2n ** 64n), NB.SUBTRACT)), 0);
  assert.equal(longValue(binaryOp(interp, i(-3), i(2 ** 40), NB.MULTIPLY)), -3 * 2 ** 40);
  assert.equal(longValue(binaryOp(interp, i(-3), i(2 ** 52), NB.MULTIPLY)), -3n * 2n ** 52n);
  assert.equal(binaryOp(interp, i(200), i(56), NB.ADD), interp.singletons.smallInts[256 + 5], 'small results are the cached ints');
  assert.equal(longValue(binaryOp(interp, interp.singletons.True, i(1), NB.ADD)), 2);
});

test('unsupported operands raise TypeError with CPython\'s message', () => {
  const interp = new Interpreter();
  const e = raised(() => binaryOp(interp, PyLong_FromNumber(interp, 1), PyUnicode_FromString(interp, 'a'), NB.ADD));
  assert.equal(e.ob_type.tp_name, 'TypeError');
  assert.equal((e.body.args.body as PyObject[])[0]!.body, "unsupported operand type(s) for +: 'int' and 'str'");
  const f = raised(() => binaryOp(interp, PyUnicode_FromString(interp, 'a'), PyLong_FromNumber(interp, 1), NB.INPLACE_ADD + NB.SUBTRACT));
  assert.equal((f.body.args.body as PyObject[])[0]!.body, "unsupported operand type(s) for -=: 'str' and 'int'");
});

test('a subtype on the right that overrides the slot goes first', () => {
  const interp = new Interpreter();
  const calls: string[] = [];
  const sub = new PyTypeObject(interp, interp.types.type, { name: 'MyInt', basicsize: 24, flags: Py_TPFLAGS_READY, dealloc: () => {} }, 0);
  sub.tp_base = interp.types.int;
  const marker = PyUnicode_FromString(interp, 'from MyInt');
  sub.tp_as_number = {
    nb_add: (a, b) => {
      calls.push(`MyInt.add(${a.ob_type.tp_name}, ${b.ob_type.tp_name})`);
      return marker;
    },
  };
  const mine = new PyObject(sub, 0, 7, null);
  assert.equal(binaryOp(interp, PyLong_FromNumber(interp, 1), mine, NB.ADD), marker);
  assert.deepEqual(calls, ['MyInt.add(int, MyInt)']);
});
