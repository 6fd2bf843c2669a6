// The bytecode compiler against CPython 3.12.1 (expected outputs made by
// tools/regen-compiler-golden.py):
//  - corpus: every code object of each program in tests/golden/compiler/corpus (canonical JSON of
//    all co_* fields, recursively), its dis.dis() text, its SyntaxError or SyntaxWarnings;
//  - stdlib: the sha256 of that JSON for every .py of the stdlib zip. Files listed in
//    tests/golden/compiler/stdlib-ledger.txt are known not to match yet: the test fails on any
//    other mismatch, and on a ledger entry that now matches (so the ledger only shrinks).
// On mismatch: node --import tsx tools/regen-compiler-check.mjs json FILE (fields) or dis FILE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from '../../src/parser/index.ts';
import { compile, PyCF_ALLOW_TOP_LEVEL_AWAIT, type CompileMode } from '../../src/compiler/index.ts';
import { dis } from '../../src/bytecode/dis.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';
import { canonCode, dumps, type Json } from '../lib/code-json.ts';
import { stdlibPySources } from '../../tools/lib/stdlib.mjs';

const golden = new URL('../golden/compiler/', import.meta.url);
const corpusDir = new URL('corpus/', golden);

interface Warning {
  category: string;
  message: string;
  lineno: number;
}

interface Outcome {
  code?: Json;
  error?: { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null };
  warnings: Warning[];
  dis?: string;
}

const codeRepr = (c: { co_name: string; co_filename: string; co_firstlineno: number }) => `<code object ${c.co_name} at 0x0, file "${c.co_filename}", line ${c.co_firstlineno}>`;

interface CorpusOptions {
  mode: CompileMode;
  optimize: number;
  flags: number;
  werror: boolean;
}

/**
 * What a corpus file's name asks for: NAME.eval.py, NAME.single.py, NAME.opt1.py / NAME.opt2.py
 * (-O, -OO), NAME.tla.py (top-level await), NAME.werror.py (-W error).
 */
function corpusOptions(name: string): CorpusOptions {
  const parts = name.split('.').slice(1, -1);
  const mode: CompileMode = parts.includes('eval') ? 'eval' : parts.includes('single') ? 'single' : 'exec';
  const optimize = parts.includes('opt2') ? 2 : parts.includes('opt1') ? 1 : 0;
  return { mode, optimize, flags: parts.includes('tla') ? PyCF_ALLOW_TOP_LEVEL_AWAIT : 0, werror: parts.includes('werror') };
}

function run(source: Uint8Array, filename: string, { mode, optimize, flags, werror }: CorpusOptions): Outcome {
  const warnings: Warning[] = [];
  const onWarning = (message: string, lineno: number, category: string = 'SyntaxWarning'): 'error' | void => {
    if (werror) return 'error';
    // The reference records the optimizer's DeprecationWarning at its own caller's line.
    warnings.push({ category, message, lineno: lineno === 0 ? -1 : lineno });
  };
  try {
    const mod = parse(source, { filename, mode, onWarning });
    const co = compile(mod, filename, mode, { onWarning, optimize, flags });
    return { code: canonCode(co), warnings, dis: dis(co, { codeRepr }) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { error: { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset }, warnings };
  }
}

test('compiler corpus: code objects, dis text, errors and warnings equal CPython 3.12.1', () => {
  const names = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();
  assert.ok(names.length > 0);
  const failures: string[] = [];
  for (const name of names) {
    const base = name.slice(0, -3);
    const want = JSON.parse(readFileSync(new URL(base + '.json', corpusDir), 'utf8')) as Outcome;
    const got = run(readFileSync(new URL(name, corpusDir)), name, corpusOptions(name));
    if (want.error !== undefined) {
      if (got.error === undefined) failures.push(`${name}: compiled, expected ${want.error.msg}`);
      else if (dumps(got.error as Json) !== dumps(want.error as Json)) failures.push(`${name}: error ${dumps(got.error as Json)} != ${dumps(want.error as Json)}`);
    } else if (got.error !== undefined) {
      failures.push(`${name}: ${got.error.msg} (line ${got.error.lineno})`);
    } else {
      if (dumps(got.code!) !== dumps(want.code!)) failures.push(`${name}: code objects differ`);
      const wantDis = readFileSync(new URL(base + '.dis', corpusDir), 'utf8');
      if (got.dis !== wantDis) failures.push(`${name}: dis text differs`);
    }
    if (dumps(got.warnings as unknown as Json) !== dumps(want.warnings as unknown as Json)) failures.push(`${name}: warnings ${dumps(got.warnings as unknown as Json)} != ${dumps(want.warnings as unknown as Json)}`);
  }
  assert.deepEqual(failures, []);
});

function readStdlibGolden(): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const line of readFileSync(new URL('stdlib-code.sha256', golden), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [sha, file] = line.split('  ');
    map.set(file!, sha === '!' ? null : sha!);
  }
  return map;
}

function readLedger(): Set<string> {
  const url = new URL('stdlib-ledger.txt', golden);
  if (!existsSync(url)) return new Set();
  return new Set(readFileSync(url, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
}

test('compiler stdlib: byte-identical code objects for every file of the stdlib zip', () => {
  const want = readStdlibGolden();
  const ledger = readLedger();
  const sources = stdlibPySources() as [string, Uint8Array][];
  assert.equal(sources.length, want.size, 'the golden file lists a different set of files: regenerate it');
  const newMismatches: string[] = [];
  const fixed: string[] = [];
  let identical = 0;
  const started = performance.now();
  for (const [file, bytes] of sources) {
    let sha: string | null;
    try {
      const co = compile(parse(bytes, { filename: file, mode: 'exec' }), file, 'exec');
      sha = createHash('sha256').update(dumps(canonCode(co)), 'utf8').digest('hex');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw new Error(`${file}: ${(e as Error).stack}`);
      sha = null;
    }
    const matches = sha === want.get(file);
    if (matches) identical++;
    if (matches && ledger.has(file)) fixed.push(file);
    if (!matches && !ledger.has(file)) newMismatches.push(file);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`compiler stdlib: ${identical}/${sources.length} stdlib files byte-identical (ledger: ${ledger.size}; ${seconds}s)`);
  assert.deepEqual(newMismatches, [], 'files that no longer match the reference (not in the ledger)');
  assert.deepEqual(fixed, [], 'ledger entries that now match: remove them from tests/golden/compiler/stdlib-ledger.txt');
});
