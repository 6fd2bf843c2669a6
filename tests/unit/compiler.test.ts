// The compiler's API: compileSource, warning callbacks, the code descriptor's derived fields and
// instance sharing. Byte-for-byte behaviour is tested against the reference in
// compiler-golden.test.ts; the facts asserted here were read off CPython 3.12.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource, type CodeDescriptor } from '../../src/compiler/index.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';

test('derived fields: co_varnames, co_cellvars, co_freevars, co_nlocals', () => {
  const mod = compileSource('def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n', 'm.py', 'exec');
  const f = mod.co_consts[0] as CodeDescriptor;
  assert.equal(f.co_name, 'f');
  assert.deepEqual(f.co_varnames, ['a', 'b', 'g']);
  assert.deepEqual(f.co_cellvars, ['a', 'c']);
  assert.deepEqual(f.co_freevars, []);
  assert.equal(f.co_nlocals, 3);
  const g = f.co_consts.find((x) => typeof x === 'object' && x !== null && 'co_code' in x) as CodeDescriptor;
  assert.deepEqual(g.co_freevars, ['a', 'c']);
  assert.equal(g.co_qualname, 'f.<locals>.g');
});

test('equal name and constant tuples of one compilation are one instance', () => {
  // CPython: f.__code__.co_names is g.__code__.co_names, and likewise co_consts, co_linetable
  const mod = compileSource('def f(): return x\ndef g(): return x\n', 'm', 'exec');
  const [f, g] = mod.co_consts as CodeDescriptor[];
  assert.equal(f!.co_names, g!.co_names);
  assert.equal(f!.co_consts, g!.co_consts);
  assert.equal(f!.co_linetable, g!.co_linetable);
});

test('warnings: categories, and "error" turning a SyntaxWarning into a SyntaxError', () => {
  const seen: [string, number, string][] = [];
  compileSource('x = ~True\ny = x is 1\nz = "\\d"\n', 'w.py', 'exec', { onWarning: (m, l, c) => void seen.push([c, l, m.slice(0, 20)]) });
  assert.deepEqual(seen, [
    ['SyntaxWarning', 3, 'invalid escape seque'],
    ['DeprecationWarning', 0, "Bitwise inversion '~"],
    ['SyntaxWarning', 2, '"is" with \'int\' lite'],
  ]);
  assert.throws(
    () => compileSource('y = x is 1\n', 'w.py', 'exec', { onWarning: () => 'error' }),
    (e: unknown) => e instanceof PySyntaxError && e.msg.startsWith('"is" with') && e.lineno === 1 && e.offset === 5 && e.end_offset === 11,
  );
});
