// The uncaught-exception display against tests/fixtures/traceback/*.json, which
// tools/gen-traceback-fixtures.py recorded from the reference interpreter: the exception
// graph (frames, positions, source lines, chains, groups, notes) as input, and the exact
// stderr of CPython's C display as the expected output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatException, formatTraceback, byteOffsetToCharOffset, exceptionTypeDisplayName, type ExceptionReport, type TracebackFrame } from '../../src/runtime/traceback_format.ts';
import type { SyntaxErrorFields } from '../../src/runtime/syntaxerror_display.ts';

interface RawNode {
  typeName: string;
  str: string | null;
  frames: number[];
  hasTraceback: boolean;
  suggestion?: string;
  notes?: { items: (string | null)[] } | { repr: string | null };
  syntaxError?: SyntaxErrorFields;
  suppressContext?: boolean;
  cause: number | null;
  context: number | null;
  exceptions?: number[];
}
interface RawInput {
  root: number;
  nodes: RawNode[];
  frames: TracebackFrame[];
  tracebackLimit: number | null;
}
interface Case {
  name: string;
  files?: Record<string, string>;
  input: RawInput;
  stderr: string;
}

function fixture(name: string): Case[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/traceback/${name}`, import.meta.url), 'utf8')) as Case[];
}

/** Rebuilds the object graph (shared nodes and cycles included) from the indexed form. */
function build(input: RawInput): ExceptionReport {
  const made: ExceptionReport[] = [];
  type Mutable = { -readonly [K in keyof ExceptionReport]: ExceptionReport[K] };
  const shells: Mutable[] = input.nodes.map((n) => ({
    typeName: n.typeName,
    str: n.str,
    frames: n.frames.map((i) => input.frames[i]!),
    suggestion: n.suggestion ?? null,
    notes: n.notes ?? null,
    syntaxError: n.syntaxError ?? null,
    suppressContext: n.suppressContext === true,
  }));
  input.nodes.forEach((n, i) => {
    const s = shells[i]!;
    s.cause = n.cause === null ? null : shells[n.cause]!;
    s.context = n.context === null ? null : shells[n.context]!;
    if (n.exceptions) s.exceptions = n.exceptions.map((j) => shells[j]!);
    made.push(s);
  });
  return made[input.root]!;
}

function check(file: string): void {
  const cases = fixture(file);
  test(`${file}: ${cases.length} displays match the reference`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const got = formatException(build(c.input), { tracebackLimit: c.input.tracebackLimit });
      if (got !== c.stderr) failures.push(`--- ${c.name}\nexpected:\n${c.stderr}\ngot:\n${got}`);
    }
    assert.equal(failures.length, 0, `${failures.length}/${cases.length} differ:\n${failures.slice(0, 3).join('\n')}`);
  });
}

check('scripts.json');
check('random.json');

test('fixture sizes', () => {
  assert.ok(fixture('scripts.json').length >= 150);
  assert.ok(fixture('random.json').length >= 400);
});

test('formatTraceback: header, limit, elided markers', () => {
  const f: TracebackFrame = { filename: 'x.py', name: 'f', lineno: 2, startLineno: 2, endLineno: 2, colno: 4, endColno: 9, line: '    g(0)\t' };
  // A call spanning the whole line (trailing blanks included) shows no markers.
  assert.equal(formatTraceback([f]), 'Traceback (most recent call last):\n  File "x.py", line 2, in f\n    g(0)\t\n');
  assert.equal(formatTraceback([f], 0), '');
  assert.equal(formatTraceback([f], -3n), '');
  const g = { ...f, line: '    x = 1 / 0', colno: 8, endColno: 13 };
  assert.equal(formatTraceback([g]), 'Traceback (most recent call last):\n  File "x.py", line 2, in f\n    x = 1 / 0\n        ~~^~~\n');
  const noPos = { ...g, colno: null };
  assert.equal(formatTraceback([noPos]), 'Traceback (most recent call last):\n  File "x.py", line 2, in f\n    x = 1 / 0\n');
});

test('byteOffsetToCharOffset: replace decoding and the NUL past the end', () => {
  const b = new TextEncoder().encode('é😀x');
  assert.equal(byteOffsetToCharOffset(b, 0), 0);
  assert.equal(byteOffsetToCharOffset(b, 2), 1);
  assert.equal(byteOffsetToCharOffset(b, 3), 2); // a cut sequence is one replacement character
  assert.equal(byteOffsetToCharOffset(b, 6), 2);
  assert.equal(byteOffsetToCharOffset(b, 7), 3);
  assert.equal(byteOffsetToCharOffset(b, 8), 4);
  assert.equal(byteOffsetToCharOffset(b, 50), 4);
});

test('exceptionTypeDisplayName', () => {
  assert.equal(exceptionTypeDisplayName('builtins', 'ValueError'), 'ValueError');
  assert.equal(exceptionTypeDisplayName('__main__', 'A.B'), 'A.B');
  assert.equal(exceptionTypeDisplayName('pkg.mod', 'E'), 'pkg.mod.E');
  assert.equal(exceptionTypeDisplayName(null, 'E'), '<unknown>.E');
});
