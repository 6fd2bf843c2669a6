// str's PEP 393 state: kinds, code point lengths, the sizes sys.getsizeof reports for 64-bit
// CPython 3.12 (cpython-memory-facts §2.1), the static one-character strs, interning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { IMMORTAL_REFCNT, Py_INCREF } from '../../src/objects/object.ts';
import { PyUnicode_FromString, internInPlace, unicodeKind, unicodeLength, unicode_sizeof } from '../../src/objects/unicodeobject.ts';

test('sizes of compact strs as CPython 3.12 reports them', () => {
  const interp = new Interpreter();
  const size = (s: string) => unicode_sizeof(PyUnicode_FromString(interp, s));
  assert.equal(size(''), 41);
  assert.equal(size('a'), 42);
  assert.equal(size('abc'), 44);
  assert.equal(size('a'.repeat(100)), 141);
  assert.equal(size('x'.repeat(1000)), 1041);
  assert.equal(size('é'), 61, 'chr(128..255) singletons come with their UTF-8 form');
  assert.equal(size('éé'), 59);
  assert.equal(size('ééé'), 60);
  assert.equal(size('ā'), 60);
  assert.equal(size('😀'), 64);
});

test('kinds and code point lengths', () => {
  const interp = new Interpreter();
  const s = PyUnicode_FromString(interp, 'a😀b');
  assert.equal(unicodeLength(s), 3);
  assert.equal(unicodeKind(s), 4);
  assert.equal(unicodeKind(PyUnicode_FromString(interp, 'ab')), 1);
  assert.equal(unicodeKind(PyUnicode_FromString(interp, 'aé')), 1);
  assert.equal(unicodeKind(PyUnicode_FromString(interp, 'a€')), 2);
});

test('the empty str and one-character latin-1 strs are immortal singletons', () => {
  const interp = new Interpreter();
  assert.equal(PyUnicode_FromString(interp, ''), PyUnicode_FromString(interp, ''));
  assert.equal(PyUnicode_FromString(interp, 'é'), PyUnicode_FromString(interp, 'é'));
  assert.equal(PyUnicode_FromString(interp, 'é').ob_refcnt, IMMORTAL_REFCNT);
  assert.notEqual(PyUnicode_FromString(interp, 'ab'), PyUnicode_FromString(interp, 'ab'));
});

test('interning returns the first str and makes it immortal (3.12.1); it takes over its argument', () => {
  const interp = new Interpreter();
  const a = PyUnicode_FromString(interp, 'hello');
  const b = PyUnicode_FromString(interp, 'hello');
  Py_INCREF(b);
  assert.equal(internInPlace(interp, a), a);
  assert.equal(a.ob_refcnt, IMMORTAL_REFCNT);
  assert.equal(internInPlace(interp, b), a);
  assert.equal(b.ob_refcnt, 1);
});
