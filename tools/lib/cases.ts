// Differential cases: tests/cases/<area>/NAME.py (or only NAME.args) with the reference's
// NAME.out, NAME.err and NAME.rc beside it. Shared by tools/regen-cases.ts, which writes the
// expected files, and tests/unit/cases.test.ts, which runs Glasspy against them.
//
// A case:
//   NAME.py     the program (optional when NAME.args exists); files starting with "_" are
//               helpers, never cases
//   NAME.args   optional: the command line after the program name, one argument per line
//               (taken literally, no quoting); default: "NAME.py"
//   NAME.stdin  optional: bytes fed to standard input (default: empty)
//   NAME.out, NAME.err, NAME.rc   stdout, stderr and "exit status\n" of the reference
// Both interpreters run with the case's folder as working directory and cleanEnv().
//
// Normalisation, applied to the output of both interpreters before comparing (and to the
// reference's output before writing NAME.out/.err), so expected files do not depend on
// where the checkout or the reference lives:
//   "<absolute case folder>/"  -> ""              (CPython prints script paths absolute)
//   lib/python3.12/site-packages -> "{site-packages}" (the shipped third-party tools)
//   sys.executable             -> "{executable}"  (runpy's "can't find '__main__'" etc.)
//   the stdlib folder          -> "{stdlib}"      (traceback lines inside the stdlib)
//   "Ran N tests in 0.123s"     -> "Ran N tests in {time}s"  (unittest's summary line: the
//                                 one figure that varies from run to run)
//   " at 0x7f3a..." in a repr   -> " at 0x{addr}"  (object reprs such as "<function f at 0x..>"
//                                 and "<weakref at 0x..; to 'C' at 0x..>": the reference's
//                                 addresses vary from run to run; ids printed as numbers are
//                                 compared as they are)
// The program name needs no rewriting: the reference is run with argv[0] = "glasspy",
// which is the name Glasspy gives itself.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASES_DIR = path.join(ROOT, 'tests', 'cases');

export interface Case {
  readonly area: string;
  readonly name: string;
  /** Absolute real path of the case's folder. */
  readonly dir: string;
  readonly args: readonly string[];
  readonly stdin: Buffer;
}

export interface Expected {
  readonly out: Buffer;
  readonly err: Buffer;
  readonly rc: number;
}

/** All cases of the given areas (all areas when none), sorted by area then name. */
export function discoverCases(areas: readonly string[] = []): Case[] {
  const wanted = areas.length > 0 ? areas : listAreas();
  const cases: Case[] = [];
  for (const area of wanted) {
    const dir = realpathSync(path.join(CASES_DIR, area));
    const names = new Set<string>();
    for (const f of readdirSync(dir)) {
      const m = /^([^_.][^.]*)\.(py|args)$/.exec(f);
      if (m !== null) names.add(m[1]!);
    }
    for (const name of [...names].sort()) cases.push(loadCase(area, dir, name));
  }
  return cases;
}

export function listAreas(): string[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function loadCase(area: string, dir: string, name: string): Case {
  const argsFile = path.join(dir, `${name}.args`);
  let args: string[] = [`${name}.py`];
  if (existsSync(argsFile)) {
    const text = readFileSync(argsFile, 'utf8');
    args = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    if (text === '') args = [];
  }
  const stdinFile = path.join(dir, `${name}.stdin`);
  const stdin = existsSync(stdinFile) ? readFileSync(stdinFile) : Buffer.alloc(0);
  return { area, name, dir, args, stdin };
}

export function readExpected(c: Case): Expected | null {
  const base = path.join(c.dir, c.name);
  if (!existsSync(`${base}.rc`)) return null;
  return {
    out: readFileSync(`${base}.out`),
    err: readFileSync(`${base}.err`),
    rc: Number.parseInt(readFileSync(`${base}.rc`, 'utf8').trim(), 10),
  };
}

/** A rewrite of every occurrence of `from` into `to`. */
export type Replacement = readonly [from: string, to: string];

/** The path rewrites for one interpreter running one case (see the header). */
export function replacementsFor(c: Case, executable: string, stdlibDir: string): Replacement[] {
  return [
    [c.dir + '/', ''],
    [executable, '{executable}'],
    [stdlibDir, '{stdlib}'],
    [SITE_PACKAGES, '{site-packages}'],
  ];
}

/**
 * The project's site-packages (the third-party memory tools Glasspy ships as Python). The
 * reference runs with it on PYTHONPATH, so both interpreters run the same memory_profiler.py
 * and objgraph.py, and a case compares what those tools see of each interpreter's objects.
 */
export const SITE_PACKAGES = path.join(ROOT, 'lib', 'python3.12', 'site-packages');

/** unittest's "Ran N test(s) in T.TTTs" summary line. */
const UNITTEST_TIME = /^(Ran \d+ tests? in )\d+\.\d{3}(s)$/gm;

/** An address in an object's repr. */
const REPR_ADDRESS = / at 0x[0-9a-f]+/g;

/** Applies the rewrites, longest pattern first so that nested paths are handled whole, then the unittest time. */
export function normalize(data: Buffer, replacements: readonly Replacement[]): Buffer {
  let out = data;
  const sorted = [...replacements].filter(([from]) => from !== '').sort((a, b) => b[0].length - a[0].length);
  for (const [from, to] of sorted) out = replaceAll(out, Buffer.from(from, 'utf8'), Buffer.from(to, 'utf8'));
  const ran = Buffer.from('\nRan ', 'utf8');
  if (out.indexOf(ran) >= 0 || out.subarray(0, 4).toString('latin1') === 'Ran ') {
    out = Buffer.from(out.toString('latin1').replace(UNITTEST_TIME, '$1{time}$2'), 'latin1');
  }
  const at = Buffer.from(' at 0x', 'latin1');
  if (out.indexOf(at) >= 0) out = Buffer.from(out.toString('latin1').replace(REPR_ADDRESS, ' at 0x{addr}'), 'latin1');
  return out;
}

function replaceAll(data: Buffer, from: Buffer, to: Buffer): Buffer {
  let at = data.indexOf(from);
  if (at < 0) return data;
  const parts: Buffer[] = [];
  let start = 0;
  while (at >= 0) {
    parts.push(data.subarray(start, at), to);
    start = at + from.length;
    at = data.indexOf(from, start);
  }
  parts.push(data.subarray(start));
  return Buffer.concat(parts);
}

/** The file Glasspy is launched from in tests (its sys.executable). */
export const GLASSPY_LAUNCHER = path.join(ROOT, 'bin', 'glasspy.js');

/** Where Glasspy's stdlib lives, resolved the way src/cli/stdlib.ts does it. */
export function glasspyStdlibDir(): string {
  return createRequire(path.join(ROOT, 'package.json')).resolve('pyodide/python_stdlib.zip');
}
