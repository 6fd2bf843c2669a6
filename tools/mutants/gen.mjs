// Syntax-error mutants: snippets of Python files with one to three random edits (a piece
// deleted, a token-ish piece inserted or swapped in). Deterministic for a seed.
//   node tools/mutants/gen.mjs SEED COUNT OUT.json DIR...
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [seedArg, countArg, outPath, ...dirs] = process.argv.slice(2);
let seed = Number(seedArg);
// mulberry32
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.py')) files.push(p);
  }
};
for (const d of dirs) walk(d);
const pieces = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '+', '*', '**', 'if', 'else', 'for', 'in', 'def',
  'class', 'lambda', 'return', 'yield', 'await', 'async', 'import', 'from', 'as', 'not', 'and', '.', '"', "'", 'f"', '\n',
  '    ', '\t', '\\', '@', '->', ':=', '!', '#', '1', 'x', 'None', 'pass', 'try', 'except', 'finally', 'with', 'del',
  'global', '*', '/', ';', '"""', 'match', 'case', 'type', '_', '{x}', '0x', '1e', '1_', 'é', '€', '\u00a0', 't', 'c'];
const out = [];
while (out.length < Number(countArg)) {
  const text = readFileSync(pick(files), 'utf8');
  // Sources with a coding cookie are left out: the mutants are compared as str and as UTF-8 bytes.
  if (/^[ \t\f]*#.*coding[:=]/m.test(text.split('\n').slice(0, 2).join('\n'))) continue;
  const lines = text.split('\n');
  const start = Math.floor(rnd() * Math.max(1, lines.length - 12));
  let src = lines.slice(start, start + 1 + Math.floor(rnd() * 12)).join('\n') + '\n';
  const indents = src.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length);
  const ind = indents.length ? Math.min(...indents) : 0;
  src = src.split('\n').map((l) => l.slice(Math.min(ind, /^ */.exec(l)[0].length))).join('\n');
  const edits = 1 + Math.floor(rnd() * 3);
  for (let j = 0; j < edits; j++) {
    const pos = Math.floor(rnd() * src.length);
    const op = rnd();
    if (op < 0.33) src = src.slice(0, pos) + src.slice(pos + 1 + Math.floor(rnd() * 3));
    else if (op < 0.66) src = src.slice(0, pos) + pick(pieces) + src.slice(pos);
    else src = src.slice(0, pos) + pick(pieces) + src.slice(pos + 1);
  }
  out.push(src);
}
writeFileSync(outPath, JSON.stringify(out) + '\n');
