// The leak check of the memory cases: each differential case of the memory areas runs RUNS
// times in one interpreter, each run with a new __main__ (and new sys, builtins and modules, as
// runMain sets them up and MainProgram.finish releases them), then a full collection. The blocks
// held by live objects after every run must equal those after the first (which may warm the
// interpreter's caches: interned strings, type caches): a run leaves nothing behind. The first
// run must also print what the reference printed, so that the check covers the whole program.
// A case runs as the CLI runs it (src/cli/run.ts), on the Node host, in its folder, with its
// arguments and standard input; stdout and stderr are captured.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { compile, type CodeDescriptor } from '../../src/compiler/index.ts';
import { parse } from '../../src/parser/index.ts';
import type { CodeCache, HostInput, HostOutput } from '../../src/host/host.ts';
import { NodeHost } from '../../src/host/node.ts';
import { mountZip } from '../../src/host/zipdir.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { MainProgram, type RunOptions } from '../../src/runtime/pythonrun.ts';
import { InteractiveLoop, readInteractive } from '../../src/runtime/interactive.ts';
import { gcCollect } from '../../src/memory/gc.ts';
import { cleanEnv } from '../../tools/lib/reference.mjs';
import { discoverCases, GLASSPY_LAUNCHER, glasspyStdlibDir, normalize, readExpected, replacementsFor, type Case } from '../../tools/lib/cases.ts';
import { liveBlocks } from '../lib/leakcheck.ts';

const AREAS = ['refcount', 'identity', 'sizes', 'del', 'weakref', 'gc'];
const RUNS = 3;

/** The cases that cannot be checked this way, and why. */
const EXCLUDED: ReadonlyMap<string, string> = new Map([
  ['refcount/types_refs', 'a SyntaxError case: the program never runs'],
]);

const stdlib = glasspyStdlibDir();
const environ: ReadonlyMap<string, string> = new Map(Object.entries(cleanEnv() as Record<string, string>));

class Capture implements HostOutput {
  private readonly chunks: Uint8Array[] = [];
  constructor(readonly fd: number) {}
  write(data: Uint8Array): void {
    this.chunks.push(data.slice());
  }
  isatty(): boolean {
    return false;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

class Feed implements HostInput {
  readonly fd = 0;
  constructor(private data: Uint8Array) {}
  read(maxBytes: number): Uint8Array {
    const chunk = this.data.subarray(0, maxBytes);
    this.data = this.data.subarray(chunk.length);
    return chunk;
  }
  isatty(): boolean {
    return false;
  }
}

/** Compiled standard-library modules, kept for the whole file as the CLI keeps them between runs. */
const codeStore = new Map<string, string>();
const codeCache: CodeCache = { read: (key) => codeStore.get(key) ?? null, write: (key, data) => void codeStore.set(key, data) };

/** The Node host with the case's standard streams and a clean environment. */
class CaseHost extends NodeHost {
  override readonly stdout = new Capture(1);
  override readonly stderr = new Capture(2);
  override readonly stdin: HostInput;
  constructor(argv: readonly string[], stdin: Uint8Array) {
    super({ argv, codeCache });
    this.stdin = new Feed(stdin);
  }
  override environ(): ReadonlyMap<string, string> {
    return environ;
  }
}

/** How the command line runs a case: a script, -c's command, or the prompt reading stdin (-i). */
interface Program {
  readonly argv: readonly string[];
  readonly code: CodeDescriptor | null;
  readonly opts: RunOptions;
}

function compileFile(source: Uint8Array | string, filename: string): CodeDescriptor {
  return compile(parse(source, { filename, mode: 'exec', fromFile: typeof source !== 'string' }), filename, 'exec', { parserArena: true });
}

// CPython: pymain_run_python (the sys.path[0] and sys.argv of each way of running)
function programOf(c: Case): Program {
  const sys = { executable: GLASSPY_LAUNCHER, stdlibDir: stdlib };
  const [first, ...rest] = c.args;
  if (first === '-c') {
    return { argv: ['-c', ...rest.slice(1)], code: compileFile(rest[0]!, '<string>'), opts: { sysPath: ['', stdlib], sys } };
  }
  if (first === '-i' && rest.every((a) => a === '-q')) return { argv: [''], code: null, opts: { sysPath: ['', stdlib], sys } };
  assert.ok(first !== undefined && first.endsWith('.py'), `a command line the check does not know: ${c.args.join(' ')}`);
  const file = path.join(c.dir, first);
  return { argv: c.args, code: compileFile(readFileSync(file), file), opts: { sysPath: [c.dir, stdlib], mainFile: file, sys } };
}

/** One run of the case in `interp`: exit status and output. CPython: Py_RunMain */
function runOnce(interp: Interpreter, c: Case, program: Program): { rc: number; out: Buffer } {
  const base = new CaseHost(program.argv, c.stdin);
  const main = new MainProgram(interp, mountZip(base, stdlib), program.opts);
  let status: number;
  if (program.code !== null) {
    status = main.run(program.code, program.argv[0] !== '-c');
  } else {
    try {
      status = readInteractive(new InteractiveLoop(main), main.host);
    } catch (e) {
      main.finish();
      throw e;
    }
  }
  const flushed = main.finish();
  return { rc: flushed || status !== 0 ? status : 120, out: normalize(base.stdout.bytes(), replacementsFor(c, GLASSPY_LAUNCHER, stdlib)) };
}

function checkCase(c: Case): void {
  const expected = readExpected(c);
  assert.ok(expected !== null, `no expected output: run npm run regen:cases -- ${c.area}/${c.name}`);
  const program = programOf(c);
  const interp = new Interpreter();
  const blocks: number[] = [];
  const cwd = process.cwd();
  process.chdir(c.dir);
  try {
    for (let i = 0; i < RUNS; i++) {
      const { rc, out } = runOnce(interp, c, program);
      if (i === 0) {
        assert.equal(out.toString('utf8'), expected.out.toString('utf8'), 'stdout of the first run');
        assert.equal(rc, expected.rc, 'exit status of the first run');
      }
      gcCollect(interp, 2);
      blocks.push(liveBlocks(interp));
    }
  } finally {
    process.chdir(cwd);
  }
  assert.deepEqual(blocks, blocks.map(() => blocks[0]), `live blocks after each run`);
}

const cases = discoverCases(AREAS);
for (const name of EXCLUDED.keys()) assert.ok(cases.some((c) => `${c.area}/${c.name}` === name), `excluded case ${name} does not exist`);

for (const area of AREAS) {
  describe(`leaks/${area}`, () => {
    for (const c of cases.filter((x) => x.area === area)) {
      const reason = EXCLUDED.get(`${area}/${c.name}`);
      test(`${area}/${c.name}`, reason === undefined ? {} : { skip: reason }, () => checkCase(c));
    }
  });
}
