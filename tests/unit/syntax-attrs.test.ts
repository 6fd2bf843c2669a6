// The syntax-error corpus compiled from str (the exec()/eval()/compile() path) in modes exec,
// single and eval, and as raw bytes: kind, message, line, offsets and text must be the reference's
// (tests/golden/syntax-attrs.json, from tools/regen-syntax-attrs.py).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, ParserStackOverflow, type Mode } from '../../src/parser/index.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';
import { deepStackTest } from '../lib/deep-stack.ts';

const root = path.join(import.meta.dirname, '..');

deepStackTest(import.meta.url, 'syntax errors from str and bytes sources match the reference', () => {
  const golden = JSON.parse(readFileSync(path.join(root, 'golden', 'syntax-attrs.json'), 'utf8')) as Record<string, unknown[] | null>;
  const failures: string[] = [];
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
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${key}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
  }
  return failures;
});
