// Source lines for traceback entries, read through the host as CPython's C display reads
// them, checked against the lines the reference read for tests/fixtures/traceback/scripts.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MemoryHost } from '../../src/host/memory.ts';
import { readSourceLine, sourceLineFromText } from '../../src/runtime/traceback_source.ts';

interface Frame { filename: string; lineno: number; line: string | null }
interface Case { name: string; files: Record<string, string>; input: { frames: Frame[] } }

const cases = JSON.parse(readFileSync(new URL('../fixtures/traceback/scripts.json', import.meta.url), 'utf8')) as Case[];

function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

test('source lines of the reference fixtures', () => {
  let checked = 0;
  for (const c of cases) {
    const files: Record<string, Uint8Array | string> = {};
    for (const [name, text] of Object.entries(c.files)) files[`/home/user/tb/${name}`] = text.includes('coding: latin-1') ? latin1(text) : text;
    const host = new MemoryHost({ files, cwd: '/home/user/tb' });
    for (const f of c.input.frames) {
      // Frames of the standard library (frozen or real paths of the reference) are not here.
      if (!f.filename.startsWith('/home/user/tb/') && !(f.filename.startsWith('<') && f.filename.endsWith('>')) && !/^[a-z_]+\.py$/.test(f.filename)) continue;
      const got = readSourceLine(host, f.filename, f.lineno, ['/home/user/tb', '/usr/lib/python3.12']);
      assert.equal(got, f.line, `${c.name}: ${f.filename}:${f.lineno}`);
      checked++;
    }
  }
  assert.ok(checked > 200, `${checked} frames checked`);
});

test('sourceLineFromText: universal newlines, end of text', () => {
  assert.equal(sourceLineFromText('a\r\nb\rc\nd', 2), 'b');
  assert.equal(sourceLineFromText('a\r\nb\rc\nd', 3), 'c');
  assert.equal(sourceLineFromText('a\r\nb\rc\nd', 4), 'd');
  assert.equal(sourceLineFromText('a\n', 2), null);
  assert.equal(sourceLineFromText('a\n\n', 2), '');
  assert.equal(sourceLineFromText('a', 0), null);
});

test('sys.path search by the last path component', () => {
  const host = new MemoryHost({ files: { '/lib/mod.py': 'x = 1\ny = 2\n' } });
  assert.equal(readSourceLine(host, '/gone/elsewhere/mod.py', 2, ['', '/nope', '/lib']), 'y = 2');
  assert.equal(readSourceLine(host, '<stdin>', 1, ['/lib']), null);
  assert.equal(readSourceLine(host, '/lib/mod.py', 3, []), null);
});
