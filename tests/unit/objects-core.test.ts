// The object model's mechanism: reference counts, deallocation at zero, immortals, addresses
// from the allocator and the free lists that decide id() reuse (cpython-memory-facts §1-4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_NewRef } from '../../src/objects/object.ts';
import { PyLong_FromBigInt, PyLong_FromNumber, longValue } from '../../src/objects/longobject.ts';
import { PyFloat_FromDouble } from '../../src/objects/floatobject.ts';
import { tupleFromItemsSteal } from '../../src/objects/tupleobject.ts';

test('singletons are immortal and never change their count', () => {
  const interp = new Interpreter();
  const { None, True, smallInts } = interp.singletons;
  for (const o of [None, True, smallInts[0]!, PyLong_FromNumber(interp, 256), interp.types.int]) {
    assert.equal(o.ob_refcnt, IMMORTAL_REFCNT);
    Py_INCREF(o);
    Py_DECREF(o);
    Py_DECREF(o);
    assert.equal(o.ob_refcnt, IMMORTAL_REFCNT);
  }
  assert.equal(PyLong_FromNumber(interp, 5), PyLong_FromNumber(interp, 5), 'small ints are cached');
  assert.notEqual(PyLong_FromNumber(interp, 257), PyLong_FromNumber(interp, 257));
});

test('an int dies at zero and its block is reused next (id(n+1) == id(n+2))', () => {
  const interp = new Interpreter();
  const a = PyLong_FromNumber(interp, 12346);
  const addr = a.addr;
  assert.equal(addr % 16, 0);
  Py_INCREF(a);
  Py_DECREF(a);
  assert.equal(a.ob_refcnt, 1);
  const before = interp.obmalloc.allocatedBlocks;
  Py_DECREF(a);
  assert.equal(interp.obmalloc.allocatedBlocks, before - 1);
  const b = PyLong_FromNumber(interp, 12347);
  assert.equal(b.addr, addr);
  assert.equal(longValue(b), 12347);
});

test('ints ask for 24 + 4 bytes per 30-bit digit', () => {
  const interp = new Interpreter();
  const block = (v: bigint) => interp.obmalloc.blockSize(PyLong_FromBigInt(interp, v).addr);
  assert.equal(block(1000n), 32); // 28 bytes
  assert.equal(block(2n ** 60n), 48); // 36 bytes
  assert.equal(block(10n ** 100n), 80); // 72 bytes
  assert.equal(longValue(PyLong_FromBigInt(interp, 2n ** 70n)), 2n ** 70n);
});

test('floats go to their free list and come back with their address; ints cannot take it', () => {
  const interp = new Interpreter();
  const f = PyFloat_FromDouble(interp, 1.5);
  const addr = f.addr;
  Py_DECREF(f);
  const i = PyLong_FromNumber(interp, 99999);
  assert.notEqual(i.addr, addr);
  const g = PyFloat_FromDouble(interp, 2.5);
  assert.equal(g.addr, addr);
  assert.equal(g.ival, 2.5);
});

test('a tuple releases its items last to first, then goes on its length free list', () => {
  const interp = new Interpreter();
  const order: number[] = [];
  const x = PyLong_FromNumber(interp, 1000);
  const y = PyLong_FromNumber(interp, 2000);
  const t = tupleFromItemsSteal(interp, [Py_NewRef(x), Py_NewRef(y)]);
  const seen = new Map([[x.addr, 1000], [y.addr, 2000]]);
  const original = interp.types.int.tp_dealloc;
  interp.types.int.tp_dealloc = (o) => {
    order.push(seen.get(o.addr)!);
    original(o);
  };
  Py_DECREF(x);
  Py_DECREF(y);
  const addr = t.addr;
  Py_DECREF(t);
  assert.deepEqual(order, [2000, 1000]);
  const u = tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, 1), PyLong_FromNumber(interp, 2)]);
  assert.equal(u.addr, addr, 'id((a, b)) is reused from the free list');
  assert.equal(tupleFromItemsSteal(interp, []), interp.singletons.emptyTuple);
});
