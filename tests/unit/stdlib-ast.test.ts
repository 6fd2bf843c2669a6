// Stdlib acceptance: Glasspy's parse + dump, as `glasspy -m ast -a FILE` would print it, for
// every .py of the standard library Glasspy ships, against the reference's output hashes
// (tests/golden/stdlib-ast.sha256, made by tools/stdlib-ast-golden.mjs). In-process, one
// pass over the zip. On mismatch, `node tools/ast-diff.mjs PATH` shows the difference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dump } from '../../src/ast/dump.ts';
import { parse } from '../../src/parser/index.ts';
import { formatPythonError, pythonExceptionName } from '../../src/cli/pyerrors.ts';
import { stdlibPySources } from '../../tools/lib/stdlib.mjs';

interface Golden {
  /** sha256 of the reference's stdout, or null where the reference fails. */
  sha: string | null;
  status: number;
  summary: string;
}

function readGolden(): Map<string, Golden> {
  const golden = new Map<string, Golden>();
  const text = readFileSync(new URL('../golden/stdlib-ast.sha256', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('!')) {
      const [status, file, ...rest] = line.slice(1).split('  ');
      golden.set(file!, { sha: null, status: Number(status), summary: rest.join('  ') });
    } else {
      const [sha, file] = line.split('  ');
      golden.set(file!, { sha: sha!, status: 0, summary: '' });
    }
  }
  return golden;
}

/** What Glasspy's `-m ast -a FILE` would do with one file: its stdout hash or its error. */
function glasspyAstA(file: string, bytes: Uint8Array): { sha: string | null; error: string } {
  try {
    const tree = parse(bytes, { filename: file, mode: 'exec', typeComments: true });
    const out = dump(tree, { includeAttributes: true, indent: '   ' }) + '\n';
    return { sha: createHash('sha256').update(out, 'utf8').digest('hex'), error: '' };
  } catch (e) {
    const shown = pythonExceptionName(e) !== null ? formatPythonError(e)!.trimEnd().split('\n').pop()! : `JS ${String(e)}`;
    return { sha: null, error: shown };
  }
}

test('stdlib: parse + dump matches python -m ast -a for every file', () => {
  const golden = readGolden();
  const sources = stdlibPySources();
  assert.equal(sources.length, golden.size, 'the golden file lists a different set of files: regenerate it');
  const mismatches: string[] = [];
  const started = performance.now();
  for (const [file, bytes] of sources) {
    const want = golden.get(file);
    if (want === undefined) {
      mismatches.push(`${file}: not in the golden file`);
      continue;
    }
    const got = glasspyAstA(file, bytes);
    if (want.sha !== null) {
      if (got.sha !== want.sha) mismatches.push(`${file}: ${got.sha === null ? got.error : 'different dump'}`);
    } else if (got.sha !== null) {
      mismatches.push(`${file}: parsed, but the reference fails with ${want.summary}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const matched = sources.length - mismatches.length;
  console.log(`stdlib AST: ${matched}/${sources.length} match (${seconds}s)`);
  assert.deepEqual(mismatches, [], `${mismatches.length} stdlib file(s) differ from the reference`);
});
