// Frozen modules: code objects written as data at build time must thaw to exactly what compiling
// gives (values and shared instances), and src/runtime/frozen_modules.gen.ts must be current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compileSource, type CodeDescriptor } from '../../src/compiler/index.ts';
import { freezeCode, thawCode } from '../../src/compiler/frozen.ts';
import { frozenCode } from '../../src/runtime/frozen.ts';
import { FROZEN_SOURCES } from '../../src/runtime/frozen_sources.ts';
import { frozenModulesFile } from '../../tools/gen-frozen.ts';

const EVERY_CONSTANT = `
def f(a, b=(1, 2.5, -0.0, 1e999, 3j, -2j, b'x\\xff', 'é\\U0001f600', None, True, ..., 10**30, -7)):
    def g():
        return a + 1
    if a in {1, 2}:
        return g, b, (1, 2)
    return (1, 2), f"{a!r}"
class C:
    x = 1.5
    def m(self): return __class__
async def h():
    async for x in y: yield x
`;

test('thawing a frozen code object gives the compiled one, shared instances included', () => {
  const code = compileSource(EVERY_CONSTANT, 'm.py', 'exec');
  const thawed = thawCode(freezeCode(code));
  assert.deepStrictEqual(thawed, code);
  // Freezing again gives the same data: sharing survived the round trip.
  assert.deepStrictEqual(freezeCode(thawed), freezeCode(code));
  const [f, g] = thawCode(freezeCode(compileSource('def f(): return x\ndef g(): return x\n', 'm', 'exec'))).co_consts as CodeDescriptor[];
  assert.equal(f!.co_names, g!.co_names);
  assert.equal(f!.co_consts, g!.co_consts);
  assert.equal(f!.co_linetable, g!.co_linetable);
});

test('the frozen modules are their sources compiled', () => {
  for (const [name, source] of Object.entries(FROZEN_SOURCES)) {
    assert.deepStrictEqual(frozenCode(name), compileSource(source, `<frozen ${name}>`, 'exec'));
  }
});

test('frozen_modules.gen.ts is up to date (npm run build regenerates it)', () => {
  const file = readFileSync(new URL('../../src/runtime/frozen_modules.gen.ts', import.meta.url), 'utf8');
  assert.equal(file, frozenModulesFile());
});
