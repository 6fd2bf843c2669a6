// The tokenizer's interface beyond the token stream: lazy errors, paren stack, line texts and
// column conversion. Expected values were checked against CPython 3.12.1 (see comments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tokenizer, TokenizerError } from '../../src/tokenizer/tokenizer.ts';
import { T } from '../../src/tokenizer/token.ts';

test('tokens come lazily: an error surfaces only with the token that contains it', () => {
  const tok = new Tokenizer('x = 1\ny = 0777\n', { filename: '<string>' });
  const types: T[] = [];
  for (let i = 0; i < 4; i++) types.push(tok.next().type);
  assert.deepEqual(types, [T.NAME, T.EQUAL, T.NUMBER, T.NEWLINE]);
  assert.equal(tok.lineno, 1, 'line 2 not read yet');
  assert.equal(tok.next().type, T.NAME);
  assert.equal(tok.next().type, T.EQUAL);
  assert.throws(() => tok.next(), (e: unknown) => e instanceof TokenizerError && e.code === 'E_ERROR' &&
    e.msg.startsWith('leading zeros'));
  // The same error again on later calls.
  assert.throws(() => tok.next(), /leading zeros/);
});

test('ENDMARKER repeats, atEOF is set', () => {
  const tok = new Tokenizer('x', { filename: '<string>' });
  while (tok.next().type !== T.ENDMARKER);
  assert.equal(tok.atEOF, true);
  const a = tok.next();
  assert.equal(a.type, T.ENDMARKER);
  assert.equal(tok.next(), a);
});

test('level and parenStack follow open brackets; "never closed" comes from them at EOF', () => {
  const tok = new Tokenizer('foo(a, [b,\n  {c: d', { filename: '<string>' });
  for (let i = 0; i < 9; i++) tok.next();
  assert.equal(tok.level, 3);
  assert.deepEqual(tok.parenStack, [
    { ch: '(', lineno: 1, col_offset: 3 }, { ch: '[', lineno: 1, col_offset: 7 }, { ch: '{', lineno: 2, col_offset: 2 },
  ]);
  tok.next(); // :
  tok.next(); // d
  // CPython 3.12.1: SyntaxError("'{' was never closed", ('<string>', 2, 3, '  {c: d\n', 2, 0))
  assert.throws(() => tok.next(), (e: unknown) => e instanceof TokenizerError && e.code === 'E_EOF' &&
    e.msg === "'{' was never closed" && e.lineno === 2 && e.offset === 3 && e.end_offset === 0 && e.text === '  {c: d\n');
  assert.equal(tok.level, 3);
});

test('inFString and f-string debug metadata', () => {
  const tok = new Tokenizer('f"{x = !r}"\n', { filename: '<string>' });
  const seen: [T, boolean, string | undefined][] = [];
  for (;;) {
    const t = tok.next();
    seen.push([t.type, tok.inFString, t.metadata]);
    if (t.type === T.ENDMARKER) break;
  }
  assert.deepEqual(seen.slice(0, 7), [
    [T.FSTRING_START, true, undefined], [T.LBRACE, true, undefined], [T.NAME, true, undefined],
    [T.EQUAL, true, undefined], [T.EXCLAMATION, true, 'x = '], [T.NAME, true, undefined], [T.RBRACE, true, 'x = '],
  ]);
  assert.deepEqual(seen[7], [T.FSTRING_END, false, undefined]);
});

test('lineText keeps newlines; byteToCharCol follows _PyPegen_byte_offset_to_character_offset', () => {
  const tok = new Tokenizer('é = 1\r\na🐍b', { filename: '<string>' });
  assert.equal(tok.lineText(1), 'é = 1\n');
  assert.equal(tok.lineText(2), 'a🐍b\n');
  assert.equal(tok.lineText(3), '');
  // len((line.encode() + b'\0')[:min(col, len + 1)].decode('utf-8', 'replace')) in CPython 3.12.1
  assert.deepEqual([0, 1, 2, 3, 4, 7, 8, 100].map((c) => tok.byteToCharCol(1, c)), [0, 1, 1, 2, 3, 6, 7, 7]);
  assert.deepEqual([3, 5, 6].map((c) => tok.byteToCharCol(2, c)), [2, 2, 3]);
});

test('columns are UTF-8 byte offsets', () => {
  const tok = new Tokenizer('é = "日本" + x\n', { filename: '<string>' });
  const cols: [number, number][] = [];
  for (let t = tok.next(); t.type !== T.NEWLINE; t = tok.next()) cols.push([t.col_offset, t.end_col_offset]);
  assert.deepEqual(cols, [[0, 2], [3, 4], [5, 13], [14, 15], [16, 17]]);
});

test('SyntaxWarnings go to onWarning', () => {
  const warnings: [string, number][] = [];
  const tok = new Tokenizer('x = 1if y else 2\nf"\\{x}"\n', { filename: '<string>', onWarning: (m, l) => void warnings.push([m, l]) });
  while (tok.next().type !== T.ENDMARKER);
  assert.deepEqual(warnings, [['invalid decimal literal', 1], ["invalid escape sequence '\\{'", 2]]);
});
