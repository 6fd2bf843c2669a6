// 3000 mutants (random edits of stdlib snippets and of the golden AST corpus) compiled from str
// and from UTF-8 bytes: the SyntaxError (or success) must be the reference's, attribute for
// attribute. Expected: tests/golden/syntax-mutants.json, from tools/mutants/regen.sh.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, ParserStackOverflow } from '../../src/parser/index.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';
import { deepStackTest } from '../lib/deep-stack.ts';

interface Mutant { src: string; want: { str: unknown[] | null; bytes: unknown[] | null } }

deepStackTest(import.meta.url, 'syntax error mutants match the reference', () => {
  const file = path.join(import.meta.dirname, '..', 'golden', 'syntax-mutants.json');
  const mutants = JSON.parse(readFileSync(file, 'utf8')) as Mutant[];
  const failures: string[] = [];
  mutants.forEach((m, i) => {
    for (const how of ['str', 'bytes'] as const) {
      let got: unknown[] | null = null;
      try {
        parse(how === 'str' ? m.src : Buffer.from(m.src, 'utf8'), { filename: '<s>', mode: 'exec' });
      } catch (e) {
        if (e instanceof PySyntaxError) got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
        else if (e instanceof ParserStackOverflow) got = ['MemoryError', e.message];
        else throw e;
      }
      if (JSON.stringify(got) !== JSON.stringify(m.want[how])) {
        failures.push(`#${i} ${how} ${JSON.stringify(m.src)}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(m.want[how])}`);
      }
    }
  });
  return failures;
});
