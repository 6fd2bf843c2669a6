// Dev tool: differential fuzzing of the tokenizer against CPython 3.12.1's C tokenizer.
// Mutates snippets (fixture cases and stdlib fragments) with characters that stress the
// tokenizer, and prints the smallest sources whose token stream or error differs.
// Usage: npx tsx tools/tok-fuzz.ts [count=20000] [seed=1]   (needs PYENV_VERSION=3.12.1 python3)
//        npx tsx tools/tok-fuzz.ts --corpus list.json       (a JSON list of sources instead)
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { Tokenizer, TokenizerError } from '../src/tokenizer/tokenizer.ts';
import { PySyntaxError } from '../src/tokenizer/errors.ts';
import { T } from '../src/tokenizer/token.ts';
import { pyJson, tokenRow } from '../src/tokenizer/canonical.ts';

const root = new URL('..', import.meta.url).pathname;
const corpusAt = process.argv.indexOf('--corpus');
const corpus: string[] | null = corpusAt > 0 ? JSON.parse(readFileSync(process.argv[corpusAt + 1]!, 'utf-8')) : null;
const count = corpus ? corpus.length : Number(process.argv[2] ?? 20000);
let seed = Number(process.argv[3] ?? 1);
const rand = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};

const snippets: string[] = [];
for (const f of readdirSync(`${root}tests/fixtures/tokenizer`).filter((f) => f.endsWith('.json') && !f.startsWith('stdlib') && f !== 'decode.json' && f !== 'cpython-tests-corpus.json')) {
  for (const c of JSON.parse(readFileSync(`${root}tests/fixtures/tokenizer/${f}`, 'utf-8'))) {
    if (c.src && !c.src.includes('\0') && c.src.length < 400) snippets.push(c.src);
  }
}
const zip = unzipSync(readFileSync(`${root}node_modules/pyodide/python_stdlib.zip`), { filter: (f) => f.name.endsWith('.py') });
const names = Object.keys(zip);
for (let i = 0; i < 300; i++) {
  const src = new TextDecoder().decode(zip[names[rand(names.length)]!]!);
  const lines = src.split('\n');
  const at = rand(Math.max(1, lines.length - 8));
  snippets.push(lines.slice(at, at + 1 + rand(8)).join('\n') + '\n');
}
const pieces = ['# type: int', '#type:ignore[x]', '{', '}', '{{', '}}', ':', '!', '=', '!r', '"', "'", '"""', "'''", 'f"', "f'", 'rf"', 'f"""', '\n', '\\', '\\\n',
  '\t', ' ', '    ', '#', '# type: ignore', '(', ')', '[', ']', '0', '1', '_', '.', 'e', 'j', 'x', 'é', '€', '\r', '\r\n',
  '\f', '\\N{', 'lambda', 'if', ':=', '0x', '0o', '0b', '1_0', '\u00a0', '🐍', '\\{', 'b"', 'u"', '\v', '$'];

function mutate(s: string): string {
  const n = 1 + rand(4);
  for (let k = 0; k < n; k++) {
    const at = rand(s.length + 1);
    switch (rand(3)) {
      case 0: s = s.slice(0, at) + pieces[rand(pieces.length)] + s.slice(at); break;
      case 1: s = s.slice(0, at) + s.slice(at + 1 + rand(3)); break;
      default: s = s.slice(0, at) + pieces[rand(pieces.length)] + s.slice(at + 1); break;
    }
  }
  return s;
}

interface Outcome { tokens: string[]; error: string | null; located?: string }
function mine(src: string, typeComments: boolean): Outcome {
  const tok = new Tokenizer(src, { filename: '<string>', typeComments });
  const tokens: string[] = [];
  for (;;) {
    try {
      const t = tok.next();
      tokens.push(pyJson(tokenRow(t)));
      if (t.type === T.ENDMARKER) return { tokens, error: null };
      if (tokens.length > 4 * src.length + 100) return { tokens, error: 'HANG' };
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const code = e instanceof TokenizerError ? e.code : '?';
      const detail = code === 'E_ERROR' || code === 'E_EOFS' || code === 'E_EOLS'
        ? JSON.stringify([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]) : '';
      // The parser-side location of errors the parser raises from the ERRORTOKEN.
      const located = JSON.stringify([e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]);
      return { tokens, error: code + detail, located };
    }
  }
}
function theirs(r: { tokens: unknown[][]; error?: Record<string, unknown> }): Outcome {
  const e = r.error;
  let error: string | null = null;
  if (e) {
    error = String(e.done) + (e.kind !== undefined ? JSON.stringify([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]) : '');
  }
  return { tokens: r.tokens.map((row) => pyJson(row)), error };
}

// Short random strings over an f-string-heavy alphabet, for the mode-stack corner cases.
const alphabet = ['f"', "f'", 'f"""', "f'''", '{', '}', '{', '}', ':', '!', '=', 'x', '1', '"', "'", '\n', '\\', ' ',
  '(', ')', '[', ']', '#', 'r', '!r', '=}', ':{', '{{', '}}', '\\N{', "'''", '"""', 'é', ',', '.', '\t', 'lambda x:'];
function random(): string {
  let s = '';
  const n = 1 + rand(14);
  for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)];
  return s;
}

// Type comments on for some sources (decided by content, so both sides agree).
const tcOf = (src: string) => src.length % 3 === 0;

const srcs: string[] = [];
const seen = new Set<string>();
if (corpus) srcs.push(...corpus);
while (srcs.length < count) {
  const s = rand(2) ? random() : mutate(snippets[rand(snippets.length)]!);
  if (!s.includes("\0") && (s as unknown as { isWellFormed(): boolean }).isWellFormed() && !seen.has(s)) {
    seen.add(s);
    srcs.push(s);
  }
}
const bad: { src: string; why: string }[] = [];
let locatedChecks = 0;
for (let i = 0; i < srcs.length; i += 2000) {
  const chunk = srcs.slice(i, i + 2000);
  const ref = JSON.parse(execFileSync('python3', [`${root}tools/gen-token-fixtures.py`, 'batch'], {
    input: JSON.stringify(chunk.map((src) => ({ src, typeComments: tcOf(src) }))), env: { ...process.env, PYENV_VERSION: '3.12.1' }, maxBuffer: 1 << 30,
  }).toString());
  chunk.forEach((src, k) => {
    const a = mine(src, tcOf(src));
    const b = theirs(ref[k]);
    const n = Math.max(a.tokens.length, b.tokens.length);
    for (let j = 0; j < n; j++) {
      if (a.tokens[j] !== b.tokens[j]) {
        bad.push({ src, why: `token ${j}: mine ${a.tokens[j]} ref ${b.tokens[j]}` });
        return;
      }
    }
    if (a.error !== b.error) {
      bad.push({ src, why: `error: mine ${a.error} ref ${b.error}` });
      return;
    }
    // Same done-code error: where compile() reports that very message, the locations must agree.
    const c = ref[k].compile;
    if (a.located !== undefined && c && a.error !== null && !a.error.startsWith('E_ERROR') && JSON.parse(a.located)[1] === c.msg) {
      locatedChecks++;
      const theirsLoc = JSON.stringify([c.kind, c.msg, c.lineno, c.offset, c.end_lineno, c.end_offset, c.text]);
      if (theirsLoc !== a.located) bad.push({ src, why: `location: mine ${a.located} ref ${theirsLoc}` });
    }
  });
}
bad.sort((x, y) => x.src.length - y.src.length);
console.log(`${srcs.length} sources, ${bad.length} differ (${locatedChecks} parser-raised error locations compared)`);
for (const b of bad.slice(0, 25)) console.log(JSON.stringify(b.src), '\n   ', b.why);
