// The in-memory host (virtual file system, streams, clocks, exit, randomness) and a smoke test
// of the Node host against the same expectations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { absolutePath, HostError, HostExit, type Host } from '../../src/host/host.ts';
import { MemoryHost } from '../../src/host/memory.ts';
import { NodeHost } from '../../src/host/node.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

function errno(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof HostError) return `${e.code} ${e.errno}`;
    throw e;
  }
  return 'no error';
}

test('absolutePath normalises lexically', () => {
  assert.equal(absolutePath('a/./b/../c', '/x/y'), '/x/y/a/c');
  assert.equal(absolutePath('/../..', '/x'), '/');
  assert.equal(absolutePath('', '/x'), '/x');
  assert.equal(absolutePath('//a//b/', '/'), '/a/b');
});

test('memory host: initial files, cwd, read/write/append/exclusive', () => {
  const h = new MemoryHost({ files: { '/src/main.py': 'print(1)\n', '/src/pkg/__init__.py': new Uint8Array([0xff]) }, cwd: '/src' });
  assert.equal(h.cwd(), '/src');
  assert.equal(dec(h.readFile('main.py')), 'print(1)\n');
  assert.deepEqual([...h.readFile('/src/pkg/__init__.py')], [0xff]);
  h.writeFile('out.txt', enc('a'));
  h.writeFile('out.txt', enc('b'), { append: true });
  assert.equal(dec(h.readFile('/src/out.txt')), 'ab');
  assert.equal(errno(() => h.writeFile('out.txt', enc('c'), { exclusive: true })), 'EEXIST 17');
  assert.equal(errno(() => h.readFile('missing.py')), 'ENOENT 2');
  assert.equal(errno(() => h.readFile('/src/pkg')), 'EISDIR 21');
  assert.equal(errno(() => h.readFile('/src/main.py/x')), 'ENOTDIR 20');
  assert.equal(errno(() => h.writeFile('/nowhere/x', enc(''))), 'ENOENT 2');
  // The returned bytes are a copy.
  h.readFile('out.txt')[0] = 0;
  assert.equal(dec(h.readFile('out.txt')), 'ab');
});

test('memory host: directories, stat, listdir, rename, unlink, rmdir', () => {
  const h = new MemoryHost({ clock: 'manual', startNs: 5n });
  h.mkdir('/d');
  h.mkdir('/d/e');
  h.writeFile('/d/f', enc('xyz'));
  assert.deepEqual(h.listdir('/d').sort(), ['e', 'f']);
  const st = h.stat('/d/f');
  assert.equal(st.kind, 'file');
  assert.equal(st.size, 3);
  assert.equal(st.mode, 0o100644);
  assert.equal(st.mtimeNs, 5n);
  assert.equal(h.stat('/d').kind, 'dir');
  assert.equal(h.stat('/d').mode & 0o170000, 0o040000);
  assert.equal(errno(() => h.mkdir('/d')), 'EEXIST 17');
  assert.equal(errno(() => h.rmdir('/d')), 'ENOTEMPTY 39');
  assert.equal(errno(() => h.listdir('/d/f')), 'ENOTDIR 20');
  h.rename('/d/f', '/d/e/g');
  assert.deepEqual(h.listdir('/d/e'), ['g']);
  assert.equal(h.exists('/d/f'), false);
  assert.equal(errno(() => h.unlink('/d/e')), 'EISDIR 21');
  h.unlink('/d/e/g');
  h.rmdir('/d/e');
  assert.deepEqual(h.listdir('/d'), []);
  assert.equal(errno(() => h.stat('')), 'ENOENT 2');
});

test('memory host: symlinks, realpath, chdir, ELOOP', () => {
  const h = new MemoryHost({ files: { '/a/b/file.txt': 'hi' } });
  h.symlink('b', '/a/link');
  h.symlink('/a/link/file.txt', '/abs');
  h.symlink('/missing', '/broken');
  h.symlink('/loop2', '/loop1');
  h.symlink('/loop1', '/loop2');
  assert.equal(dec(h.readFile('/a/link/file.txt')), 'hi');
  assert.equal(dec(h.readFile('/abs')), 'hi');
  assert.equal(h.realpath('/abs'), '/a/b/file.txt');
  assert.equal(h.realpath('/a/link/../b/./file.txt'), '/a/b/file.txt');
  assert.equal(h.stat('/abs', false).kind, 'symlink');
  assert.equal(h.stat('/abs').kind, 'file');
  assert.equal(h.exists('/broken'), false);
  assert.equal(h.stat('/broken', false).kind, 'symlink');
  assert.equal(errno(() => h.readFile('/loop1')), 'ELOOP 40');
  h.chdir('/a/link');
  assert.equal(h.cwd(), '/a/b');
  assert.equal(dec(h.readFile('file.txt')), 'hi');
  h.writeFile('/abs', enc('new'));
  assert.equal(dec(h.readFile('/a/b/file.txt')), 'new');
});

test('memory host: streams, stdin, environment, argv, exit', () => {
  const seen: string[] = [];
  const h = new MemoryHost({ stdin: 'line1\nline2\n', env: { HOME: '/root' }, argv: ['main.py', 'x'], onStderr: (b) => seen.push(dec(b)) });
  h.stdout.write(enc('out'));
  h.stdout.write(enc('put\n'));
  h.stderr.write(enc('err\n'));
  assert.equal(h.stdoutText(), 'output\n');
  assert.equal(h.stderrText(), 'err\n');
  assert.deepEqual(seen, ['err\n']);
  assert.equal(h.stdout.isatty(), false);
  assert.equal(dec(h.stdin.read(6)), 'line1\n');
  assert.equal(dec(h.stdin.read(100)), 'line2\n');
  assert.equal(h.stdin.read(100).length, 0);
  h.stdin.feed(enc('more'));
  assert.equal(dec(h.stdin.read(100)), 'more');
  assert.equal(h.environ().get('HOME'), '/root');
  assert.deepEqual(h.argv, ['main.py', 'x']);
  assert.throws(() => h.exit(3), (e: unknown) => e instanceof HostExit && e.status === 3);
  assert.equal(new MemoryHost({ isatty: true }).stderr.isatty(), true);
});

test('memory host: clocks and random bytes', () => {
  const m = new MemoryHost({ clock: 'manual', startNs: 100n });
  assert.equal(m.monotonicNs(), 100n);
  m.advanceClock(50n);
  assert.equal(m.monotonicNs(), 150n);
  assert.equal(m.wallTimeNs(), 150n);
  const r = new MemoryHost();
  const t0 = r.monotonicNs();
  assert.ok(r.monotonicNs() >= t0);
  const wall = Number(r.wallTimeNs() / 1_000_000n);
  assert.ok(Math.abs(wall - Date.now()) < 5000);
  assert.deepEqual(new MemoryHost({ randomSeed: 7 }).randomBytes(16), new MemoryHost({ randomSeed: 7 }).randomBytes(16));
  assert.equal(r.randomBytes(70000).length, 70000);
  assert.notDeepEqual(r.randomBytes(16), r.randomBytes(16));
});

test('node host: same behaviour on a real directory', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glasspy-host-'));
  try {
    const h: Host = new NodeHost({ argv: ['x.py'] });
    const f = path.join(dir, 'a.txt');
    h.writeFile(f, enc('one'));
    h.writeFile(f, enc('two'), { append: true });
    assert.equal(dec(h.readFile(f)), 'onetwo');
    assert.equal(h.stat(f).kind, 'file');
    assert.equal(h.stat(f).size, 6);
    assert.equal(h.stat(dir).kind, 'dir');
    assert.deepEqual(h.listdir(dir), ['a.txt']);
    assert.equal(errno(() => h.readFile(path.join(dir, 'nope'))), 'ENOENT 2');
    assert.equal(errno(() => h.writeFile(f, enc(''), { exclusive: true })), 'EEXIST 17');
    assert.equal(errno(() => h.readFile(dir)), 'EISDIR 21');
    assert.equal(h.exists(f), true);
    assert.equal(h.realpath(dir + '/./a.txt'), path.join(h.realpath(dir), 'a.txt'));
    assert.equal(h.randomBytes(32).length, 32);
    assert.ok(h.monotonicNs() > 0n);
    assert.ok(h.environ().size > 0);
    assert.equal(typeof h.stdout.isatty(), 'boolean');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
