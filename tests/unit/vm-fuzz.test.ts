// Robustness of the compiler and the eval loop: generated programs (expressions over ints of
// every size, floats, strs, bytes, containers and None, with operators, subscripts, builtins
// and methods, inside assignments, loops, functions and try statements) must each run to the
// end or stop with a Python exception — never a JS exception escaping the interpreter and
// never the SystemError that stands for a Glasspy bug ("Glasspy internal error").
// Deterministic: the seed is fixed (GLASSPY_FUZZ_SEED overrides it to explore).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import type { Host } from '../../src/host/host.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';

const SEED = Number(process.env.GLASSPY_FUZZ_SEED ?? 0x7a11);
const PROGRAMS = 400;

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

const ATOMS = [
  '0', '1', '-1', '7', '255', '256', '-5', '2**62', '2**64 + 3', '-(10**30)', '10**400',
  '0.0', '-0.0', '1.5', '1e308', '-2.5e-300', "float('inf')", "float('nan')",
  "''", "'abc'", "'é'", "'\\U0001f600x'", "'a b  c'", "'10'", "'-3'", "'x' * 3",
  "b''", "b'ab\\xff'", 'bytearray(b"xy")', 'None', 'True', 'False', '...',
  '[]', '[1, 2, 3]', "['b', 'a']", '()', '(1,)', "(1, 'a', None)", '{}', "{1: 'a', 'k': [2]}",
  'set()', '{1, 2}', "frozenset('ab')", 'range(5)', 'range(2, 20, 3)', 'slice(1, 3)', '1j', '3 + 4j',
  'int', 'str', 'list', 'object()', 'len', '(lambda *a: a)',
];
const BINOPS = ['+', '-', '*', '/', '//', '%', '<<', '>>', '&', '|', '^', '@', '==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'is', 'and', 'or'];
const UNOPS = ['-', '+', '~', 'not '];
const BUILTINS = ['len', 'str', 'repr', 'int', 'float', 'bool', 'list', 'tuple', 'set', 'dict', 'sorted', 'min', 'max', 'sum',
  'abs', 'hash', 'divmod', 'pow', 'round', 'range', 'enumerate', 'zip', 'reversed', 'isinstance', 'chr', 'ord', 'format',
  'hex', 'bin', 'iter', 'next', 'ascii', 'bytes', 'complex', 'any', 'all', 'type', 'id', 'callable', 'hasattr', 'getattr'];
const METHODS = ['append', 'pop', 'index', 'count', 'get', 'keys', 'items', 'upper', 'split', 'join', 'replace', 'find',
  'strip', 'startswith', 'format', 'encode', 'decode', 'bit_length', 'to_bytes', 'real', 'add', 'update', 'copy',
  'insert', 'remove', 'extend', 'sort', 'reverse', 'setdefault', 'union', 'hex', 'is_integer', 'conjugate', '__len__',
  '__add__', '__eq__', '__class__', '__dict__', 'ljust', 'zfill', 'partition', 'title', 'isdigit', 'fromkeys'];

function gen(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const vars = ['a', 'b', 'c'];
  function expr(depth: number): string {
    const k = depth <= 0 ? 0 : Math.floor(r() * 9);
    switch (k) {
      case 0: return r() < 0.3 ? pick(vars) : pick(ATOMS);
      case 1: {
        const op = pick(BINOPS);
        // Keep shifts and powers small enough to finish.
        const rhs = op === '<<' ? String(Math.floor(r() * 70)) : expr(depth - 1);
        return `(${expr(depth - 1)} ${op} ${rhs})`;
      }
      case 2: return `(${pick(UNOPS)}${expr(depth - 1)})`;
      case 3: return `${pick(BUILTINS)}(${Array.from({ length: Math.floor(r() * 3) }, () => expr(depth - 1)).join(', ')})`;
      case 4: return `(${expr(depth - 1)}).${pick(METHODS)}(${Array.from({ length: Math.floor(r() * 3) }, () => expr(depth - 1)).join(', ')})`;
      case 5: return `(${expr(depth - 1)})[${r() < 0.5 ? expr(depth - 1) : `${expr(depth - 1)}:${expr(depth - 1)}`}]`;
      case 6: return `[${expr(depth - 1)} for x in ${expr(depth - 1)}][:5]`;
      case 7: return `(${expr(depth - 1)} if ${expr(depth - 1)} else ${expr(depth - 1)})`;
      default: return `(${expr(depth - 1)}, ${expr(depth - 1)})`;
    }
  }
  function stmt(indent: string, depth: number): string[] {
    const k = depth <= 0 ? Math.floor(r() * 3) : Math.floor(r() * 8);
    switch (k) {
      case 0: return [`${indent}${pick(vars)} = ${expr(2)}`];
      case 1: return [`${indent}print(repr(${expr(2)})[:60])`];
      case 2: return [`${indent}${pick(vars)} ${pick(['+=', '-=', '*=', '|=', '//='])} ${expr(2)}`];
      case 3: return [`${indent}for x in ${expr(1)}:`, ...stmt(indent + '    ', depth - 1), `${indent}    if x: break`];
      case 4: return [`${indent}try:`, ...stmt(indent + '    ', depth - 1), `${indent}except ${pick(['Exception', 'TypeError', 'ValueError', '(KeyError, IndexError)'])} as e:`,
        `${indent}    print(type(e).__name__)`];
      case 5: return [`${indent}if ${expr(2)}:`, ...stmt(indent + '    ', depth - 1), `${indent}else:`, ...stmt(indent + '    ', depth - 1)];
      case 6: return [`${indent}def f(p=${expr(1)}, *q):`, ...stmt(indent + '    ', depth - 1), `${indent}    return ${expr(2)}`,
        `${indent}${pick(vars)} = f(${expr(1)})`];
      default: return [`${indent}with ${pick(['__import__("sys")', 'open', expr(1)])}:`, `${indent}    pass`];
    }
  }
  const lines = ['a = 1', "b = 'x'", 'c = [1, 2]'];
  const n = 3 + Math.floor(r() * 5);
  for (let i = 0; i < n; i++) lines.push('try:', ...stmt('    ', 2), 'except Exception as e:', '    print(type(e).__name__)');
  return lines.join('\n') + '\n';
}

function run(src: string): { status: number; out: string; err: string } {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host = {
    stdout: { write: (d: Uint8Array) => out.push(d), isatty: () => false },
    stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => false },
    readFile: () => { throw new Error('no files'); },
    environ: () => new Map<string, string>(),
  } as unknown as Host;
  const status = runMain(new Interpreter(), compileSource(src, '<fuzz>', 'exec'), host, { sysPath: [] });
  return { status, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}

test(`generated programs end normally or with a Python exception (seed ${SEED})`, () => {
  const r = rng(SEED);
  const failures: string[] = [];
  for (let i = 0; i < PROGRAMS; i++) {
    const src = gen(r);
    let res: { status: number; out: string; err: string };
    try {
      res = run(src);
    } catch (e) {
      failures.push(`--- program ${i}: JS exception escaped: ${String(e)}\n${src}`);
      continue;
    }
    if (/internal error|SystemError/.test(res.out + res.err)) failures.push(`--- program ${i}:\n${src}${res.out.slice(-400)}${res.err.slice(-600)}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${PROGRAMS} failed:\n${failures.slice(0, 5).join('\n')}`);
});
