// Leak checks of the import system: modules, packages, namespace packages, relative and circular
// imports, failing imports, __import__ and -m. Each program runs in a fresh interpreter set up on
// an in-memory file system; after the program and its modules are released, the blocks held by
// live objects (the allocator's count less what the free lists keep) must not grow from one
// run to the next. (No classes: without the cycle collector a class outlives its program.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain, type RunOptions } from '../../src/runtime/pythonrun.ts';
import { liveBlocks } from '../lib/leakcheck.ts';

const FILES: Record<string, string> = {
  '/app/plain.py': 'X = [1, 2, 3]\ndef f():\n    return X\n',
  '/app/pkg/__init__.py': 'from . import a\nfrom .sub import b\nVALUE = a.A\n',
  '/app/pkg/a.py': 'A = {"k": (1, 2)}\ndef C():\n    pass\n',
  '/app/pkg/sub/__init__.py': '',
  '/app/pkg/sub/b.py': 'from .. import a\nfrom ..a import A as B\n',
  '/app/ns/part/mod.py': 'M = "ns"\n',
  '/app/circ/__init__.py': '',
  '/app/circ/x.py': 'from circ import y\ndef fx():\n    return 1\n',
  '/app/circ/y.py': 'from circ.x import fx\n',
  '/app/bad.py': 'x = 1\nraise ValueError("bad module")\n',
  '/app/runme/__init__.py': '',
  '/app/runme/__main__.py': 'import sys\nprint("main", __name__, sys.argv[1:])\n',
};

function run(interp: Interpreter, src: string | null, opts: Partial<RunOptions> = {}): { status: number; out: string; err: string } {
  const host = new MemoryHost({ cwd: '/app', files: FILES, argv: ['-m', 'x'] });
  const code = src === null ? null : compileSource(src, '/app/main.py', 'exec');
  const status = runMain(interp, code, host, { sysPath: ['/app'], ...opts });
  return { status, out: host.stdoutText(), err: host.stderrText() };
}

/** Runs the program three times in one interpreter: same output, no growth after the first run. */
function assertStable(src: string | null, opts: Partial<RunOptions> = {}): { status: number; out: string; err: string } {
  const interp = new Interpreter();
  const first = run(interp, src, opts);
  run(interp, src, opts);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 2; k++) {
    assert.deepEqual(run(interp, src, opts), first);
    assert.equal(liveBlocks(interp), baseline);
  }
  return first;
}

test('imports of modules, packages, namespace packages and relative imports release what they create', () => {
  const r = assertStable(`
import plain, pkg, pkg.sub.b
import ns.part.mod
from pkg.a import C
import sys
total = len(plain.f()) + len(pkg.VALUE) + len(pkg.sub.b.B) + len(ns.part.mod.M)
total += __import__('a', {'__package__': 'pkg', '__name__': 'pkg'}, None, ['A'], 1) is pkg.a
total += sys.modules['plain'] is plain
total += len(repr(plain)) > 0 and len(repr(ns)) > 0 and len(repr(pkg.__spec__)) > 0
print(total, C.__module__, sorted(k for k in sys.modules if k.startswith('pkg')))
`);
  assert.equal(r.err, '');
  assert.equal(r.out, "10 pkg.a ['pkg', 'pkg.a', 'pkg.sub', 'pkg.sub.b']\n");
});

test('failing imports release the exception and the module that failed', () => {
  const r = assertStable(`
import sys
n = 0
for name in ['nosuch', 'plain.x', 'pkg.nosuch', 'bad', 'circ.x']:
    try:
        __import__(name)
    except (ImportError, ValueError) as e:
        n += len(str(e)) > 0
for src in ['from plain import nope', 'from . import x']:
    try:
        exec(src, {'__name__': 'q'})
    except ImportError as e:
        n += 1
print(n, 'bad' in sys.modules, 'circ.x' in sys.modules)
`);
  assert.equal(r.err, '');
  assert.equal(r.out, '7 False False\n');
});

test('-m runs a package\'s __main__ and releases it; a missing module is reported', () => {
  const ok = assertStable(null, { runModule: 'runme' });
  assert.equal(ok.out, "main __main__ ['x']\n");
  const missing = assertStable(null, { runModule: 'nosuch' });
  assert.equal(missing.status, 1);
  assert.match(missing.err, /No module named nosuch\n$/);
});
