// The SyntaxError display against the reference's sys.excepthook output for the same
// attributes (tests/golden/syntaxerror-display.json, made by tools/regen-display-golden.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatSyntaxError, type SyntaxErrorFields } from '../../src/runtime/syntaxerror_display.ts';

interface GoldenCase {
  input: SyntaxErrorFields;
  expected: string;
}

const golden = JSON.parse(
  readFileSync(new URL('../golden/syntaxerror-display.json', import.meta.url), 'utf8'),
) as GoldenCase[];

for (const [i, c] of golden.entries()) {
  const label = `${c.input.kind}: ${JSON.stringify(c.input.msg)} text=${JSON.stringify(c.input.text)} ` +
    `at ${c.input.lineno}:${c.input.offset}-${c.input.end_lineno}:${c.input.end_offset}`;
  test(`display #${i} ${label}`, () => {
    assert.equal(formatSyntaxError(c.input), c.expected);
  });
}
