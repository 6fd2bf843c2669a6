// Debugging aid for the bytecode compiler (the tests need none of this): compares Glasspy's
// compile with the reference's. Run with tsx, from the repository root:
//
//   node --import tsx tools/regen-compiler-check.mjs stdlib [SUBSTRING]   files whose code objects differ
//   node --import tsx tools/regen-compiler-check.mjs json FILE           the co_* fields that differ
//   node --import tsx tools/regen-compiler-check.mjs dis FILE            diff of the two dis.dis() texts
//   node --import tsx tools/regen-compiler-check.mjs tree DIR            every .py under DIR (e.g. the
//                                                                        reference's own Lib, tests included)
//   node --import tsx tools/regen-compiler-check.mjs sources JSON        each {"src": ...} of a JSON list
//                                                                        (e.g. tests/fixtures/tokenizer/cpython-tests-corpus.json)
//
// FILE is a path, or a path inside the stdlib zip (e.g. json/decoder.py). `json` and `dis`
// run the reference (tools/regen-compiler-golden.py dump / dis).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { parse } from '../src/parser/index.ts';
import { compile } from '../src/compiler/index.ts';
import { dis } from '../src/bytecode/dis.ts';
import { coPositions } from '../src/bytecode/linetable.ts';
import { opname } from '../src/bytecode/opcodes.ts';
import { canonCode, dumps } from '../tests/lib/code-json.ts';
import { PySyntaxError } from '../src/tokenizer/errors.ts';
import { referenceExecutable } from './lib/reference.mjs';
import { stdlibPySources, stdlibZipPath } from './lib/stdlib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const codeRepr = (c) => `<code object ${c.co_name} at 0x0, file "${c.co_filename}", line ${c.co_firstlineno}>`;

function glasspy(bytes, name) {
  return compile(parse(bytes, { filename: name, mode: 'exec' }), name, 'exec');
}

function source(arg) {
  if (existsSync(arg)) return { bytes: readFileSync(arg), name: path.basename(arg) };
  const bytes = unzipSync(readFileSync(stdlibZipPath()), { filter: (f) => f.name === arg })[arg];
  if (bytes === undefined) throw new Error(`no file ${arg}`);
  return { bytes, name: arg };
}

function tmpSource(bytes) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'glasspy-compiler-')), 'src.py');
  writeFileSync(file, bytes);
  return file;
}

function stdlib(filter) {
  const golden = new Map();
  for (const line of readFileSync(path.join(root, 'tests/golden/compiler/stdlib-code.sha256'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [sha, file] = line.split('  ');
    golden.set(file, sha);
  }
  let ok = 0;
  let total = 0;
  for (const [file, bytes] of stdlibPySources()) {
    if (filter && !file.includes(filter)) continue;
    total++;
    let sha;
    try {
      sha = createHash('sha256').update(dumps(canonCode(glasspy(bytes, file))), 'utf8').digest('hex');
    } catch (e) {
      sha = `! ${String(e.message).split('\n')[0]}`;
    }
    if (sha === golden.get(file)) ok++;
    else console.log(file + (sha.startsWith('!') ? `  ${sha}` : ''));
  }
  console.log(`${ok}/${total} match`);
}

function unhex(s) {
  return Uint8Array.from(s.match(/../g) ?? [], (x) => parseInt(x, 16));
}

function linetableDiff(a, b) {
  const code = unhex(a.code);
  const pa = coPositions(unhex(a.linetable), a.firstlineno);
  const pb = coPositions(unhex(b.linetable), b.firstlineno);
  let shown = 0;
  for (let i = 0; i < Math.max(pa.length, pb.length) && shown < 8; i++) {
    if (JSON.stringify(pa[i]) !== JSON.stringify(pb[i])) {
      console.log(`    @${i * 2} ${opname(code[i * 2])} ref ${JSON.stringify(pa[i])} mine ${JSON.stringify(pb[i])}`);
      shown++;
    }
  }
}

function walk(a, b, where) {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => walk(x, b[i], `${where}[${i}]`));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const label = typeof a.qualname === 'string' ? `${where}<${a.qualname}>` : where;
    for (const k of Object.keys(a)) walk(a[k], b[k], `${label}.${k}`);
    if (a.linetable !== b.linetable && a.code === b.code) linetableDiff(a, b);
    return;
  }
  console.log(`${where}\n  ref:  ${JSON.stringify(a)}\n  mine: ${JSON.stringify(b)}`);
}

function jsonDiff(arg) {
  const { bytes, name } = source(arg);
  const out = execFileSync(referenceExecutable(), [path.join(here, 'regen-compiler-golden.py'), 'dump', tmpSource(bytes), name], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ref = JSON.parse(out);
  if (ref.error) {
    console.log('reference error:', JSON.stringify(ref.error));
    return;
  }
  walk(ref.code, JSON.parse(JSON.stringify(canonCode(glasspy(bytes, name)))), '');
}

function disDiff(arg) {
  const { bytes, name } = source(arg);
  const ref = execFileSync(referenceExecutable(), [path.join(here, 'regen-compiler-golden.py'), 'dis', tmpSource(bytes), name], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glasspy-dis-'));
  writeFileSync(path.join(dir, 'ref.dis'), ref);
  writeFileSync(path.join(dir, 'mine.dis'), dis(glasspy(bytes, name), { codeRepr }));
  const r = spawnSync('diff', ['-u', path.join(dir, 'ref.dis'), path.join(dir, 'mine.dis')], { encoding: 'utf8' });
  process.stdout.write(r.stdout || 'same dis\n');
}

function tree(dir) {
  const out = execFileSync(referenceExecutable(), [path.join(here, 'regen-compiler-golden.py'), 'tree', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  let ok = 0;
  let total = 0;
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [sha, name, why] = line.split('  ');
    total++;
    if (sha === '!!') {
      console.log(`${name}  (reference fails: ${why})`);
      continue;
    }
    const bytes = readFileSync(path.join(dir, name));
    let mine;
    try {
      mine = createHash('sha256').update(dumps(canonCode(glasspy(bytes, name))), 'utf8').digest('hex');
    } catch (e) {
      mine = e instanceof PySyntaxError ? '!' : `!! ${String(e.message).split('\n')[0]}`;
    }
    if (mine === sha) ok++;
    else console.log(`${name}${sha === '!' ? '  (reference: error)' : ''}${mine.startsWith('!') ? `  (glasspy: ${mine})` : ''}`);
  }
  console.log(`${ok}/${total} match`);
}

function sources(file) {
  const out = execFileSync(referenceExecutable(), [path.join(here, 'regen-compiler-golden.py'), 'sources', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const items = JSON.parse(readFileSync(file, 'utf8'));
  const want = out.split('\n');
  let ok = 0;
  items.forEach((item, i) => {
    let mine;
    try {
      mine = createHash('sha256').update(dumps(canonCode(compile(parse(item.src, { filename: '<src>', mode: 'exec' }), '<src>', 'exec'))), 'utf8').digest('hex');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) mine = `!! ${e.constructor.name}: ${String(e.message).split('\n')[0]}`;
      else mine = `! ${e.msg} (${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset})`;
    }
    if (mine === want[i]) ok++;
    else console.log(`${JSON.stringify(item.src).slice(0, 120)}\n  ref:  ${want[i]}\n  mine: ${mine}`);
  });
  console.log(`${ok}/${items.length} match`);
}

const [cmd, arg] = process.argv.slice(2);
if (cmd === 'stdlib') stdlib(arg);
else if (cmd === 'json') jsonDiff(arg);
else if (cmd === 'dis') disDiff(arg);
else if (cmd === 'tree') tree(arg);
else if (cmd === 'sources') sources(arg);
else console.error('usage: regen-compiler-check.mjs stdlib [SUBSTRING] | json FILE | dis FILE | tree DIR');
