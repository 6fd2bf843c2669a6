// Differential tests of the tokenizer against CPython 3.12.1's C tokenizer: the fixtures under
// tests/fixtures/tokenizer/ were recorded from the reference by tools/gen-token-fixtures.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { decodeSource, Tokenizer, TokenizerError } from '../../src/tokenizer/tokenizer.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';
import { T, type Token } from '../../src/tokenizer/token.ts';
import { canonicalTokens, tokenRow } from '../../src/tokenizer/canonical.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixDir = `${root}tests/fixtures/tokenizer/`;

interface RefError {
  kind?: string; msg?: string; lineno?: number; offset?: number; end_lineno?: number; end_offset?: number;
  text?: string | null; done: string;
}
interface Case {
  name: string; src: string; typeComments: boolean; execInput?: boolean; bytesMode?: boolean; interactive?: boolean; tokens: unknown[][];
  error?: RefError; fileError?: RefError | null; compile: { kind: string; msg: string; lineno?: number; offset?: number; end_lineno?: number; end_offset?: number; text?: string | null } | null;
}

function run(src: string, typeComments: boolean, fromFile = false, execInput = true, bytesMode = false,
  interactive = false): { tokens: Token[]; error: PySyntaxError | null } {
  const tok = new Tokenizer(src, fromFile
    ? { filename: '<file>', typeComments, fromString: false, encoding: null }
    : { filename: '<string>', typeComments, execInput, encoding: bytesMode ? null : 'utf-8', interactive });
  const tokens: Token[] = [];
  for (;;) {
    try {
      const t = tok.next();
      tokens.push(t);
      if (t.type === T.ENDMARKER) return { tokens, error: null };
    } catch (e) {
      if (e instanceof PySyntaxError) return { tokens, error: e };
      throw e;
    }
  }
}

function errorFields(e: { kind?: string; msg?: string; lineno?: number; offset?: number; end_lineno?: number | null; end_offset?: number | null; text?: string | null }) {
  return { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text };
}

for (const file of readdirSync(fixDir).filter((f) => f.endsWith('.json') && f !== 'stdlib-hashes.json' && f !== 'decode.json' && f !== 'cpython-tests-corpus.json').sort()) {
  const cases: Case[] = JSON.parse(readFileSync(fixDir + file, 'utf-8'));
  for (const c of cases) {
    test(`${file}: ${c.name}`, () => {
      if (c.fileError !== undefined) {
        // Run as a script file by the reference: only the error is known.
        const { error } = run(c.src, c.typeComments, true);
        if (c.fileError === null) assert.equal(error, null);
        else assert.deepEqual(errorFields(error ?? {}), errorFields(c.fileError));
        return;
      }
      const { tokens, error } = run(c.src, c.typeComments, false, c.execInput ?? true, c.bytesMode ?? false, c.interactive ?? false);
      assert.deepEqual(tokens.map(tokenRow), c.tokens, 'token stream');
      if (c.error === undefined) {
        assert.equal(error, null, `unexpected error: ${error?.msg}`);
        return;
      }
      assert.ok(error instanceof TokenizerError, 'expected a tokenizer error');
      assert.equal(error.code, c.error.done, 'tok->done code');
      // Errors the tokenizer raises itself carry their final location; the others are what the
      // parser raises when it meets the ERRORTOKEN, which the fixtures' compile() shows.
      const expected = c.error.kind !== undefined ? c.error : c.compile!;
      assert.deepEqual(errorFields(error), errorFields(expected), 'error');
    });
  }
}

test('stdlib: every file of python_stdlib.zip tokenizes as CPython does', () => {
  const expected: Record<string, string> = JSON.parse(readFileSync(fixDir + 'stdlib-hashes.json', 'utf-8'));
  const zip = unzipSync(readFileSync(`${root}node_modules/pyodide/python_stdlib.zip`), { filter: (f) => f.name.endsWith('.py') });
  const dec = new TextDecoder('utf-8', { fatal: true });
  const bad: string[] = [];
  let n = 0;
  for (const [name, bytes] of Object.entries(zip)) {
    let src: string;
    try {
      src = dec.decode(bytes);
    } catch {
      continue;
    }
    if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    const { tokens, error } = run(src, false);
    const sha = createHash('sha256').update(canonicalTokens(tokens)).digest('hex').slice(0, 20);
    if (expected[name] !== `${sha} ${tokens.length}${error ? ' error' : ''}`) bad.push(name);
    n++;
  }
  assert.equal(n, Object.keys(expected).length);
  assert.deepEqual(bad, []);
});

test('decodeSource: BOM, coding cookies and encoding errors as CPython reports them for files', () => {
  const cases: { bytes: string; fileError: { msg: string } | null; text?: string }[] =
    JSON.parse(readFileSync(fixDir + 'decode.json', 'utf-8'));
  for (const c of cases) {
    const bytes = Buffer.from(c.bytes, 'base64');
    let text: string | null = null;
    let err: unknown = null;
    try {
      text = decodeSource(new Uint8Array(bytes), '<file>');
    } catch (e) {
      err = e;
    }
    if (c.fileError !== null) {
      assert.ok(err instanceof TokenizerError, `expected an error for ${bytes.toString('latin1')}`);
      assert.equal(err.msg, c.fileError.msg);
      assert.equal(err.hasLocation, false);
    } else {
      assert.equal(err, null, `unexpected error for ${JSON.stringify(bytes.toString('latin1'))}: ${String(err)}`);
      // importlib's decode_source, which gave the expected text, also translates newlines.
      const mine = text!.replace(/\r\n?/g, '\n');
      assert.ok(mine === c.text || mine === c.text + '\n', `${JSON.stringify(mine)} vs ${JSON.stringify(c.text)}`);
    }
  }
});

test('null bytes in a source string are rejected as compile() does', () => {
  const tok = new Tokenizer('x = 1\0\n', { filename: '<string>' });
  assert.throws(() => tok.next(), (e: unknown) => e instanceof TokenizerError &&
    e.msg === 'source code string cannot contain null bytes' && !e.hasLocation);
});

test('corpus: the source strings of CPython\'s syntax tests tokenize as CPython does', () => {
  const corpus: { src: string; tokens: string; error?: RefError }[] =
    JSON.parse(readFileSync(fixDir + 'cpython-tests-corpus.json', 'utf-8'));
  const bad: string[] = [];
  for (const c of corpus) {
    const { tokens, error } = run(c.src, false);
    const sha = createHash('sha256').update(canonicalTokens(tokens)).digest('hex').slice(0, 20);
    let ok = `${sha} ${tokens.length}` === c.tokens;
    if (ok && c.error === undefined) ok = error === null;
    else if (ok) {
      ok = error instanceof TokenizerError && error.code === c.error!.done;
      if (ok && c.error!.kind !== undefined) ok = JSON.stringify(errorFields(error!)) === JSON.stringify(errorFields(c.error!));
    }
    if (!ok) bad.push(c.src);
  }
  assert.ok(corpus.length > 4000);
  assert.deepEqual(bad, []);
});
