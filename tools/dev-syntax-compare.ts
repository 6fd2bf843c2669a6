// Dev tool: compare Glasspy's SyntaxError attributes for tests/cases/syntax/*.py with a JSON of the
// reference's (kind, msg, lineno, offset, end_lineno, end_offset, text) made by a small script.
// Usage: node --import tsx tools/dev-syntax-compare.ts REF.json [filter]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../src/parser/index.ts';
import { PySyntaxError } from '../src/tokenizer/errors.ts';

const [refPath, filter] = process.argv.slice(2) as [string, string | undefined];
const ref = JSON.parse(readFileSync(refPath, 'utf8')) as Record<string, unknown[] | null>;
let ok = 0;
let bad = 0;
for (const [name, want] of Object.entries(ref)) {
  if (filter && !name.includes(filter)) continue;
  const src = readFileSync(path.join('tests/cases/syntax', name));
  let got: unknown[] | null;
  try {
    parse(src, { filename: name, mode: 'exec' });
    got = null;
  } catch (e) {
    if (e instanceof PySyntaxError) got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
    else got = ['JS', String((e as Error).stack).split('\n').slice(0, 3).join(' | ')];
  }
  if (JSON.stringify(got) === JSON.stringify(want)) { ok++; continue; }
  bad++;
  console.log(`${name}\n  ours: ${JSON.stringify(got)}\n  ref:  ${JSON.stringify(want)}`);
}
console.log(`${ok}/${ok + bad} match`);
