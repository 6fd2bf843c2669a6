// Prints the tokenizer's token stream for a file: `npx tsx tools/tokdump.ts FILE [--tc] [--json]`.
import { readFileSync } from 'node:fs';
import { decodeSourceWithInfo, Tokenizer } from '../src/tokenizer/tokenizer.ts';
import { PySyntaxError } from '../src/tokenizer/errors.ts';
import { T, TOKEN_NAMES } from '../src/tokenizer/token.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) {
  console.error('usage: tokdump FILE [--tc] [--json] [--string]');
  process.exit(2);
}
const json = args.includes('--json');
const fromString = args.includes('--string');
const bytes = readFileSync(file);
let tok: Tokenizer;
try {
  if (fromString) {
    tok = new Tokenizer(bytes.toString('utf-8'), { filename: file, typeComments: args.includes('--tc') });
  } else {
    const d = decodeSourceWithInfo(bytes, file);
    tok = new Tokenizer(d.text, { filename: file, typeComments: args.includes('--tc'), fromString: false, encoding: d.encoding, bom: d.bom });
  }
} catch (e) {
  console.log(String(e));
  process.exit(1);
}
for (;;) {
  try {
    const t = tok.next();
    const row: unknown[] = [TOKEN_NAMES[t.type], t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset];
    if (t.metadata !== undefined) row.push(t.metadata);
    console.log(json ? JSON.stringify(row) : `${row[0]} ${JSON.stringify(t.string)} ${t.lineno}:${t.col_offset}-${t.end_lineno}:${t.end_col_offset}${t.metadata !== undefined ? ' md=' + JSON.stringify(t.metadata) : ''}`);
    if (t.type === T.ENDMARKER) break;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const { kind, msg, lineno, offset, end_lineno, end_offset, text } = e;
    console.log('error', JSON.stringify({ kind, msg, lineno, offset, end_lineno, end_offset, text, code: (e as { code?: string }).code }));
    break;
  }
}
