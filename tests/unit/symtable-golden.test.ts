// Differential test of the symbol table against CPython 3.12.1's _symtable: the scope tree of
// every stdlib file (as sha256 of canonical JSON) and of a corpus of tricky snippets (full
// JSON), both made by tools/regen-symtable.mjs (reference side: tools/regen-symtable.py,
// whose `canon` this file's `canon` must mirror byte for byte).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from '../../src/parser/index.ts';
import { PySyntaxError } from '../../src/tokenizer/errors.ts';
import { pythonExceptionName } from '../../src/cli/pyerrors.ts';
import { analyzeModule } from '../../src/compiler/analysis.ts';
import { BlockType, buildSymtable, CELL, futureFromAST, getScope, isFunctionLike, type SymtableEntry } from '../../src/symtable/symtable.ts';
import { stdlibPySources } from '../../tools/lib/stdlib.mjs';

const golden = new URL('../golden/symtable/', import.meta.url);

// _symtable.symtable() called from Python code starts the compiler two C levels deep.
const REFERENCE_STARTING_DEPTH = 4;

interface Canon {
  type: number;
  name: string;
  lineno: number;
  nested: boolean;
  varnames: string[];
  symbols: [string, number][];
  children: Canon[];
}

/** Python's str ordering: by code point (JS sorts by UTF-16 unit). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function canon(t: SymtableEntry): Canon {
  return {
    type: t.ste_type,
    name: t.ste_name,
    lineno: t.ste_lineno,
    nested: t.ste_nested,
    varnames: [...t.ste_varnames],
    symbols: [...t.ste_symbols].sort((a, b) => byCodePoint(a[0], b[0])),
    children: t.ste_children.map(canon),
  };
}

type CodeRecord = [string, number, boolean, boolean];

/** The name compile() gives a block's code object. */
function codeName(t: SymtableEntry): string {
  if (t.ste_type === BlockType.ModuleBlock) return '<module>';
  if (t.ste_type === BlockType.TypeParamBlock) return `<generic parameters of ${t.ste_name}>`;
  if (t.ste_name === 'lambda' && t.ste_type === BlockType.FunctionBlock) return '<lambda>';
  if (t.ste_name === 'genexpr' && t.ste_comprehension !== 0) return '<genexpr>';
  return t.ste_name;
}

/** What the reference's code_records shows of a block and its children. CPython: compute_code_flags */
function codeRecords(t: SymtableEntry, out: CodeRecord[]): CodeRecord[] {
  let flags = 0;
  if (isFunctionLike(t)) {
    flags |= 0x1 | 0x2;
    if (t.ste_nested) flags |= 0x10;
    if (t.ste_generator && !t.ste_coroutine) flags |= 0x20;
    if (!t.ste_generator && t.ste_coroutine) flags |= 0x80;
    if (t.ste_generator && t.ste_coroutine) flags |= 0x200;
    if (t.ste_varargs) flags |= 0x4;
    if (t.ste_varkeywords) flags |= 0x8;
  }
  const isClass = t.ste_type === BlockType.ClassBlock;
  out.push([codeName(t), flags, (isClass && t.ste_needs_class_closure) || getScope(t, '__class__') === CELL, (isClass && t.ste_needs_classdict) || getScope(t, '__classdict__') === CELL]);
  for (const c of t.ste_children) codeRecords(c, out);
  return out;
}

function compareRecords(a: CodeRecord, b: CodeRecord): number {
  for (let i = 0; i < 4; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'string') return byCodePoint(x, y as string);
    return Number(x) - Number(y);
  }
  return 0;
}

/** The reference's code_json: the code objects compile() makes, from the optimized tree's table. */
function codeObject(source: string | Uint8Array, filename: string): unknown {
  try {
    const mod = parse(source, { filename, mode: 'exec' });
    return codeRecords(analyzeModule(mod, filename).symtable.st_top, []).sort(compareRecords);
  } catch (e) {
    const name = pythonExceptionName(e);
    if (name === null) throw e;
    return { error: name };
  }
}

/** The reference's table_json for one source. */
function tableObject(source: string | Uint8Array, filename: string): unknown {
  try {
    const mod = parse(source, { filename, mode: 'exec' });
    const st = buildSymtable(mod, filename, futureFromAST(mod, filename), { startingRecursionDepth: REFERENCE_STARTING_DEPTH });
    return canon(st.st_top);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { error: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
    }
    const name = pythonExceptionName(e);
    if (name === null) throw e;
    return { error: name, msg: (e as Error).message };
  }
}

/** json.dumps(obj, ensure_ascii=True, separators=(',', ':')) */
function pythonJson(obj: unknown): string {
  return JSON.stringify(obj).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readCorpus(): [string, string][] {
  const text = readFileSync(new URL('corpus.txt', golden), 'utf8');
  const out: [string, string][] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith('### ')) out.push([line.slice(4).trim(), '']);
    else if (out.length > 0) out[out.length - 1]![1] += line;
  }
  return out;
}

describe('symtable corpus', () => {
  const expected = JSON.parse(readFileSync(new URL('corpus.json', golden), 'utf8')) as Record<string, unknown>;
  const corpus = readCorpus();
  test('corpus and expectations list the same snippets', () => {
    assert.deepEqual(corpus.map(([n]) => n), Object.keys(expected));
  });
  for (const [name, source] of corpus) {
    test(name, () => {
      const want = expected[name] as Record<string, unknown>;
      const table = tableObject(source, `${name}.py`) as Record<string, unknown>;
      if (want.code !== undefined) table.code = codeObject(source, `${name}.py`);
      assert.deepEqual(table, want);
    });
  }
});

test('symtable of every stdlib file matches the reference', () => {
  const want = new Map<string, string>();
  for (const line of readFileSync(new URL('stdlib.sha256', golden), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [sha, file] = line.split('  ');
    want.set(file!, sha!);
  }
  const sources = stdlibPySources();
  assert.equal(sources.length, want.size, 'the golden file lists a different set of files: regenerate it');
  const mismatches: string[] = [];
  for (const [file, bytes] of sources) {
    const got = createHash('sha256').update(pythonJson(tableObject(bytes, file)), 'utf8').digest('hex');
    if (got !== want.get(file)) mismatches.push(file);
  }
  const summary = `${sources.length - mismatches.length}/${sources.length} stdlib files match`;
  console.log(summary);
  assert.deepEqual(mismatches, [], summary);
});

test('code object flags and class cells of every stdlib file match the reference compile()', () => {
  const want = new Map<string, string>();
  for (const line of readFileSync(new URL('stdlib-codeflags.sha256', golden), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [sha, file] = line.split('  ');
    want.set(file!, sha!);
  }
  const sources = stdlibPySources();
  const mismatches: string[] = [];
  for (const [file, bytes] of sources) {
    const got = createHash('sha256').update(pythonJson(codeObject(bytes, file)), 'utf8').digest('hex');
    if (got !== want.get(file)) mismatches.push(file);
  }
  const summary = `${sources.length - mismatches.length}/${sources.length} stdlib files' code flags match`;
  console.log(summary);
  assert.deepEqual(mismatches, [], summary);
});

/** The file's bytes with `text` (UTF-8) inserted as a line before line `at`. */
function insertLine(source: Uint8Array, at: number, text: string): Uint8Array {
  let pos = 0;
  for (let line = 1; line < at; line++) {
    const nl = source.indexOf(0x0a, pos);
    if (nl < 0) {
      pos = source.length;
      break;
    }
    pos = nl + 1;
  }
  const inserted = new TextEncoder().encode(`${text}\n`);
  // Past the last line, the line is appended after the final newline-less line.
  if (pos === source.length && (source.length === 0 || source[source.length - 1] !== 0x0a)) {
    const out = new Uint8Array(source.length + 1 + inserted.length - 1);
    out.set(source);
    out[source.length] = 0x0a;
    out.set(inserted.subarray(0, inserted.length - 1), source.length + 1);
    return out;
  }
  const out = new Uint8Array(source.length + inserted.length);
  out.set(source.subarray(0, pos));
  out.set(inserted, pos);
  out.set(source.subarray(pos), pos + inserted.length);
  return out;
}

test('symtable of stdlib mutants (a global, nonlocal, walrus, yield... line inserted) matches the reference', () => {
  const files = new Map(stdlibPySources());
  const lines = readFileSync(new URL('mutants.txt', golden), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  assert.ok(lines.length > 800, 'mutants.txt lists too few mutants');
  const mismatches: string[] = [];
  let errors = 0;
  for (const line of lines) {
    const [file, at, text, sha] = line.split('\t');
    const obj = tableObject(insertLine(files.get(file!)!, Number(at), text!), file!);
    if ((obj as { error?: string }).error !== undefined) errors++;
    const got = createHash('sha256').update(pythonJson(obj), 'utf8').digest('hex');
    if (got !== sha) mismatches.push(`${file}:${at}: ${text!.trim()}`);
  }
  const summary = `${lines.length - mismatches.length}/${lines.length} mutants match (${errors} raise)`;
  console.log(summary);
  assert.deepEqual(mismatches, [], summary);
});
