// The store of compiled standard-library modules (src/host/codecache_node.ts) and its use by
// imports: what a second run reads is what the first compiled, a damaged or foreign entry is
// compiled again, and a new build's directory replaces older builds' ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirCodeCache } from '../../src/host/codecache_node.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import type { CodeCache, Host } from '../../src/host/host.ts';
import { codeCacheKey, loadCode, precompileTree } from '../../src/runtime/stdlib_cache.ts';
import { cleanEnv } from '../../tools/lib/reference.mjs';
import { GLASSPY_LAUNCHER } from '../../tools/lib/cases.ts';

test('entries are read back only under their own key', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glasspy-cc-'));
  const cache = new DirCodeCache(path.join(root, 'b1-2'));
  assert.equal(cache.read('a'), null);
  cache.write('a\nb', '{"x":1}');
  assert.equal(cache.read('a\nb'), '{"x":1}');
  assert.equal(cache.read('a\nc'), null);
  // A file holding another key (a hash collision) is not this key's entry.
  const [file] = readdirSync(path.join(root, 'b1-2'));
  writeFileSync(path.join(root, 'b1-2', file!), '"other"\n{}');
  assert.equal(cache.read('a\nb'), null);
});

test("a build's directory replaces older builds' directories, and nothing else", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glasspy-cc-'));
  mkdirSync(path.join(root, 'b10-20'));
  mkdirSync(path.join(root, 'keep'));
  new DirCodeCache(path.join(root, 'b11-21')).write('k', 'v');
  assert.deepEqual(readdirSync(root).sort(), ['b11-21', 'keep']);
});

test('a store that cannot be written is no store', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glasspy-cc-'));
  writeFileSync(path.join(root, 'file'), '');
  const cache = new DirCodeCache(path.join(root, 'file', 'b1-2'));
  cache.write('k', 'v');
  assert.equal(cache.read('k'), null);
});

test('imports from the standard library compile once, then run from the store', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glasspy-cc-'));
  const env = { ...cleanEnv(), GLASSPY_CACHE_DIR: dir, PYTHONDONTWRITEBYTECODE: '1' };
  const program = [
    'import textwrap, keyword',
    'print(textwrap.dedent("  a\\n  b"), keyword.iskeyword("if"), textwrap.__file__.endswith("textwrap.py"))',
    'print(textwrap.TextWrapper._munge_whitespace.__code__.co_consts, textwrap.wrap.__code__.co_firstlineno)',
    'def local(): pass',
    'print(local.__code__.co_filename)',
  ].join('\n');
  const run = () => {
    const r = spawnSync(process.execPath, [GLASSPY_LAUNCHER, '-c', program], { env, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    return r.stdout;
  };
  const first = run();
  assert.match(first, /^a\nb True True\n/);
  const [build] = readdirSync(dir);
  assert.match(build!, /^b[0-9a-f]{16}$/);
  const entries = readdirSync(path.join(dir, build!));
  // textwrap, keyword and re with what it imports; never the -c program itself.
  assert.ok(entries.length >= 2, `entries: ${entries.length}`);
  assert.equal(run(), first);
  // Damaged entries are compiled again.
  for (const e of entries) writeFileSync(path.join(dir, build!, e), 'not json');
  assert.equal(run(), first);
  assert.ok(existsSync(path.join(dir, build!)));
});

test('a tree is compiled ahead of time, once, its frozen files under their own filename too', () => {
  const store = new Map<string, string>();
  const codeCache: CodeCache = { read: (k) => store.get(k) ?? null, write: (k, v) => void store.set(k, v) };
  const files = { '/lib/a.py': 'X = 1\n', '/lib/pkg/__init__.py': 'def f():\n    return 2\n', '/lib/bad.py': 'def (\n', '/lib/data.txt': 'x' };
  const host = Object.assign(Object.create(new MemoryHost({ cwd: '/', files, argv: [] })) as Host, {
    codeCache,
    immutableVersion: (p: string) => (p.startsWith('/lib/') ? 'v1' : null),
  });
  const frozen = new Map([['/lib/a.py', '<frozen a>']]);
  assert.equal(precompileTree(host, '/lib', frozen), 3);
  assert.equal(precompileTree(host, '/lib', frozen), 0);
  assert.equal(loadCode(host, codeCacheKey('/lib/a.py', 'v1', '<frozen a>'))!.co_filename, '<frozen a>');
  assert.equal(loadCode(host, codeCacheKey('/lib/pkg/__init__.py', 'v1', '/lib/pkg/__init__.py'))!.co_names.join(), 'f');
  assert.equal(loadCode(host, codeCacheKey('/lib/bad.py', 'v1', '/lib/bad.py')), null);
});
