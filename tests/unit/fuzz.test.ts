// Robustness of the front end: thousands of generated inputs per run must each either
// parse or raise a Python exception (SyntaxError and subclasses, the parser's MemoryError
// or RecursionError), never another JS error and never a JS stack overflow. An input that
// exhausts the default JS stack before the parser's own limit is parsed again as the CLI
// does it, on the bundled CLI's 16 MB-stack worker (src/cli/deepstack.ts), and must
// succeed there or raise a Python exception. Inputs:
// random bytes and token soup, windows of stdlib files mutated (byte flips, deletions,
// inserted brackets, quotes, keywords, indentation), pathological nesting, and a 10 MB file.
// Deterministic: the seed is fixed (GLASSPY_FUZZ_SEED overrides it to explore).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parse, ParserStackOverflow, type Mode } from '../../src/parser/index.ts';
import { pythonExceptionName } from '../../src/cli/pyerrors.ts';
import { DeepStackParser } from '../../src/cli/deepstack.ts';
import { stdlibPySources } from '../../tools/lib/stdlib.mjs';

const SEED = Number(process.env.GLASSPY_FUZZ_SEED ?? 0x5eed1234);

// mulberry32: small, fast, and the same sequence on every machine.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(SEED);
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const enc = new TextEncoder();
const dec = new TextDecoder();

interface Input {
  label: string;
  source: string | Uint8Array;
  mode: Mode;
  typeComments: boolean;
}

const MODES: readonly Mode[] = ['exec', 'exec', 'exec', 'eval', 'single', 'func_type'];

const INSERTS = [
  '(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", 'f"', 'rb"', '{', '\\', '\\\n', '\n', '\r', '\r\n',
  '\t', '    ', '\f', '\0', ':', ',', ';', '.', '...', '@', '=', ':=', '->', '**', '*', '#', '# type: int',
  '# type: ignore', 'if ', 'else', 'elif ', 'def ', 'class ', 'lambda', 'yield', 'await ', 'async ',
  'return', 'match ', 'case ', 'type ', 'global x', 'nonlocal x', 'import ', 'from ', 'try:', 'except*',
  'finally:', 'with ', 'for ', 'while ', 'not ', 'is ', 'in ', 'None', 'True', '0x', '1e', '1_', '0b2',
  '1j', '\u00e9', '\u{1f600}', '\ufeff', '\u2028', '\xff', '$', '?', '!', '`', '!=', '<>', 'print ',
  '# -*- coding: latin-1 -*-\n', '# coding: bogus\n',
];

const SOUP = [
  'x', 'y', '1', '2.5', '"s"', "b'b'", 'f"{x}"', '(', ')', '[', ']', '{', '}', ',', ':', '=', '+', '-', '*',
  '**', '/', '//', '%', '@', '.', 'if', 'else', 'for', 'in', 'lambda', 'yield', 'not', 'and', 'or', 'is',
  'def', 'class', 'return', 'pass', 'match', 'case', '_', 'type', ':=', '->', '\n', '\n    ', '\n  ', ';',
  'async', 'await', 'with', 'as', 'try', 'except', '*', '...', '#', '\\\n', '"""', "'",
];

function* generate(stdlib: [string, Uint8Array][]): Generator<Input> {
  const mk = (label: string, source: string | Uint8Array, mode: Mode = pick(MODES)): Input => ({
    label,
    source,
    mode,
    typeComments: random() < 0.5,
  });

  for (let i = 0; i < 600; i++) {
    const bytes = new Uint8Array(int(200));
    for (let j = 0; j < bytes.length; j++) bytes[j] = random() < 0.7 ? 0x20 + int(95) : int(256);
    yield mk(`random bytes #${i}`, random() < 0.8 ? bytes : dec.decode(bytes));
  }

  for (let i = 0; i < 600; i++) {
    const n = 1 + int(60);
    let s = '';
    for (let j = 0; j < n; j++) s += pick(SOUP) + (random() < 0.6 ? ' ' : '');
    yield mk(`token soup #${i}`, random() < 0.5 ? s : enc.encode(s));
  }

  // Windows of stdlib files, whole or cut at a random byte, then mutated a few times.
  for (let i = 0; i < 2400; i++) {
    const [file, bytes] = pick(stdlib);
    const lines = dec.decode(bytes).split('\n');
    const start = int(lines.length);
    let text = lines.slice(start, start + 1 + int(60)).join('\n');
    let ops = '';
    const mutations = i < 300 ? 0 : 1 + int(4);
    for (let m = 0; m < mutations; m++) {
      const at = int(text.length + 1);
      const kind = int(4);
      if (kind === 0) {
        text = text.slice(0, at) + pick(INSERTS) + text.slice(at);
        ops += 'i';
      } else if (kind === 1) {
        text = text.slice(0, at) + text.slice(at + 1 + int(20));
        ops += 'd';
      } else if (kind === 2) {
        text = text.slice(0, at);
        ops += 't';
      } else {
        const b = enc.encode(text);
        if (b.length > 0) b[int(b.length)] ^= 1 << int(8);
        text = dec.decode(b);
        ops += 'f';
      }
    }
    yield mk(`${file} lines ${start + 1}.. ops ${ops || '-'} #${i}`, random() < 0.7 ? enc.encode(text) : text, 'exec');
  }

  // Pathological nesting: CPython answers these with SyntaxError ("too many nested
  // parentheses", "too many levels of indentation"), MemoryError or RecursionError.
  const deep: [string, string][] = [];
  for (const n of [100, 199, 200, 201, 1000, 5000, 50_000]) {
    deep.push([`${n} parens`, '('.repeat(n) + ')'.repeat(n)]);
    deep.push([`${n} unclosed brackets`, '[{('.repeat(Math.ceil(n / 3))]);
    deep.push([`${n} nested lists`, 'x = ' + '['.repeat(n) + '1' + ']'.repeat(n)]);
  }
  for (const n of [1000, 10_000, 100_000]) {
    deep.push([`${n} unary minus`, '-'.repeat(n) + '1']);
    deep.push([`${n} not`, 'not '.repeat(n) + 'x']);
    deep.push([`${n} attribute chain`, 'a' + '.b'.repeat(n)]);
    deep.push([`${n} call chain`, 'f' + '()'.repeat(n)]);
    deep.push([`${n} binary chain`, '1' + '+1'.repeat(n)]);
    deep.push([`${n} power chain`, '2' + '**2'.repeat(n)]);
    deep.push([`${n} lambdas`, 'lambda: '.repeat(n) + '0']);
    deep.push([`${n} await`, 'await '.repeat(n) + 'x']);
    deep.push([`${n} starred`, 'x = ' + '*'.repeat(n) + 'y']);
    deep.push([`${n} conditional`, 'x = ' + '1 if y else '.repeat(n) + '0']);
    deep.push([`${n} subscripts`, 'a' + '[0]'.repeat(n)]);
    deep.push([`${n} nested fstrings`, 'f"{'.repeat(Math.min(n, 1000)) + 'x' + '}"'.repeat(Math.min(n, 1000))]);
  }
  for (const n of [99, 100, 101, 1000]) {
    let s = '';
    for (let d = 0; d < n; d++) s += ' '.repeat(d) + 'if x:\n';
    deep.push([`${n} indentation levels`, s + ' '.repeat(n) + 'pass\n']);
  }
  deep.push(['50k statements', 'x = 1\n'.repeat(50_000)]);
  deep.push(['long line', 'x = ' + '1 + '.repeat(50_000) + '1\n']);
  for (const [label, s] of deep) {
    yield mk(label, enc.encode(s), 'exec');
    yield mk(`${label} (eval)`, s, 'eval');
  }

  // About 10 MB: a huge string literal, a huge comment, and many small statements.
  const big =
    `s = "${'a'.repeat(4_000_000)}"\n` +
    `# ${'c'.repeat(3_000_000)}\n` +
    'def f(a, b=1, *c, **d):\n    return [a + b for a in c if a]\n\n'.repeat(55_000);
  yield mk(`10 MB file (${(big.length / 1e6).toFixed(1)} MB)`, enc.encode(big), 'exec');
}

/** Why the outcome is not acceptable, null when it is, 'deep' to retry on a deep stack. */
function verdict(input: Input): string | null {
  try {
    parse(input.source, { filename: '<fuzz>', mode: input.mode, typeComments: input.typeComments });
    return null;
  } catch (e) {
    if (e instanceof ParserStackOverflow && e.jsStack) return 'deep';
    if (pythonExceptionName(e) !== null) return null;
    if (e instanceof RangeError && /call stack/i.test(e.message)) return 'JS stack overflow';
    return `JS ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
}

const bundle = new URL('../../dist/parse_worker.cjs', import.meta.url);

test(`fuzz: the front end raises only Python exceptions (seed ${SEED.toString(16)})`, async () => {
  assert.ok(existsSync(bundle), 'dist/parse_worker.cjs is missing: npm run build');
  const stdlib = stdlibPySources();
  const failures: string[] = [];
  const deep: Input[] = [];
  let count = 0;
  const started = performance.now();
  const fail = (input: Input, why: string): void => {
    const preview = typeof input.source === 'string' ? input.source : dec.decode(input.source);
    failures.push(`${input.label} [${input.mode}]: ${why}\n    ${JSON.stringify(preview.slice(0, 120))}`);
  };
  for (const input of generate(stdlib)) {
    count++;
    const why = verdict(input);
    if (why === 'deep') deep.push(input);
    else if (why !== null) fail(input, why);
  }
  const worker = new DeepStackParser(bundle);
  try {
    for (const input of deep) {
      const r = await worker.run({
        source: input.source,
        filename: '<fuzz>',
        mode: input.mode,
        typeComments: input.typeComments,
        fromFile: false,
        dump: null,
        warnoptions: [],
      });
      if (r.jsStackOverflow) fail(input, 'JS stack overflow even on the 16 MB stack');
      else if (r.internal !== null) fail(input, `JS ${r.internal.name}: ${r.internal.message} (deep stack)`);
    }
  } finally {
    await worker.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${count} inputs (${deep.length} redone on the deep stack) in ${seconds}s, ${failures.length} failure(s)`);
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} input(s) escaped as JS errors`);
});
