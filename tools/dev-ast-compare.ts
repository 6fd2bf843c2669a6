// Dev tool: parse every .py under DIR with Glasspy and compare ast.dump (as `python -m ast -a`
// prints it) with reference dumps under REFDIR (FILE.py.txt). Prints mismatches and a count.
// Usage: node --import tsx tools/dev-ast-compare.ts DIR REFDIR [filter]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../src/parser/index.ts';
import { dump } from '../src/ast/dump.ts';
import { PySyntaxError } from '../src/tokenizer/errors.ts';

const [dir, refdir, filter] = process.argv.slice(2) as [string, string, string | undefined];
const files: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d)) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.py') && (!filter || p.includes(filter))) files.push(p);
  }
};
walk(dir);
let ok = 0;
let bad = 0;
let parseMs = 0;
for (const f of files.sort()) {
  const rel = path.relative(dir, f);
  const refPath = path.join(refdir, rel + '.txt');
  if (!existsSync(refPath)) continue;
  const src = readFileSync(f);
  let out: string;
  try {
    const t0 = performance.now();
    const tree = parse(src, { filename: f, mode: 'exec', typeComments: true });
    parseMs += performance.now() - t0;
    out = dump(tree, { includeAttributes: true, indent: '   ' }) + '\n';
  } catch (e) {
    bad++;
    const msg = e instanceof PySyntaxError ? `${e.kind}: ${e.msg} (${e.lineno}:${e.offset})` : String((e as Error).stack).split('\n').slice(0, 4).join(' | ');
    console.log(`ERROR ${rel}: ${msg}`);
    continue;
  }
  const ref = readFileSync(refPath, 'utf8');
  if (out === ref) { ok++; continue; }
  bad++;
  const a = out.split('\n');
  const b = ref.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.log(`DIFF ${rel} line ${i + 1}:\n  ours: ${a.slice(Math.max(0, i - 2), i + 2).join('\n        ')}\n  ref:  ${b.slice(Math.max(0, i - 2), i + 2).join('\n        ')}`);
}
console.log(`${ok}/${ok + bad} match; parse time ${parseMs.toFixed(0)} ms`);
