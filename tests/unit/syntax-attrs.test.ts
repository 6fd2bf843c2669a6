// The syntax-error corpus compiled from str (the exec()/eval()/compile() path) in modes exec,
// single and eval, and as raw bytes: kind, message, line, offsets and text must be the reference's
// (tests/golden/syntax-attrs.json, from tools/regen-syntax-attrs.py).
// The parser recurses as deep as CPython's (MAXSTACK 6000), which needs more JS stack than Node's
// default: the comparison runs in a child Node with a bigger stack (the CLI uses a worker).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, ParserStackOverflow, type Mode } from '../../src/parser/index.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';

const root = path.join(import.meta.dirname, '..');
const golden = JSON.parse(readFileSync(path.join(root, 'golden', 'syntax-attrs.json'), 'utf8')) as Record<string, unknown[] | null>;

function compare(): string[] {
  const failures: string[] = [];
  let n = 0;
  for (const [key, want] of Object.entries(golden)) {
    const [name, how] = key.split(':') as [string, Mode | 'bytes'];
    const raw = readFileSync(path.join(root, 'cases', 'syntax', name));
    let got: unknown[] | null = null;
    try {
      if (how === 'bytes') parse(raw, { filename: '<string>', mode: 'exec' });
      else parse(raw.toString('utf8'), { filename: '<string>', mode: how });
    } catch (e) {
      if (e instanceof PySyntaxError) got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
      else if (e instanceof ParserStackOverflow) got = ['MemoryError', e.message];
      else throw e;
    }
    n++;
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${key}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
  }
  console.log(`syntax-attrs: ${n - failures.length}/${n} match`);
  return failures;
}

if (process.env.GLASSPY_SYNTAX_ATTRS_CHILD === '1') {
  const failures = compare();
  for (const f of failures) console.log(f);
  process.exitCode = failures.length === 0 ? 0 : 1;
} else {
  test('syntax errors from str sources match the reference in every mode', () => {
    const r = spawnSync(process.execPath, ['--stack-size=7000', '--import', 'tsx', fileURLToPath(import.meta.url)], {
      encoding: 'utf8',
      env: { ...process.env, GLASSPY_SYNTAX_ATTRS_CHILD: '1' },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /syntax-attrs: (\d+)\/\1 match/);
  });
}
