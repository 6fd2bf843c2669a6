// Tricky valid programs (PEP 701 f-strings, match, PEP 695, type comments, encodings, CRLF, tabs,
// form feeds, non-ASCII names, every mode) must dump exactly as the reference's
// `python -m ast -a` does. Expected files: tools/regen-ast-golden.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Mode } from '../../src/parser/index.ts';
import { dump } from '../../src/ast/dump.ts';

const dir = path.join(import.meta.dirname, '..', 'golden', 'ast');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.py')).sort()) {
  const base = f.slice(0, -3);
  const mode = (['eval', 'single', 'func_type'].find((m) => base.endsWith(`.${m}`)) ?? 'exec') as Mode;
  test(`ast golden: ${f}`, () => {
    const tree = parse(readFileSync(path.join(dir, f)), { filename: f, mode, typeComments: true });
    const got = dump(tree, { includeAttributes: true, indent: '   ' }) + '\n';
    assert.equal(got, readFileSync(path.join(dir, `${base}.ast`), 'utf8'));
  });
}
