// The leak check of the native-module tests: a program run twice in one interpreter, its loop
// once with 1 round and once with 20, must leave the same number of live blocks behind.
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/index.ts';
import { HostError, type Host } from '../../src/host/host.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { runMain } from '../../src/runtime/pythonrun.ts';
import { gcCollect } from '../../src/memory/gc.ts';

/** Runs `src` as __main__ in `interp` with captured streams and no files (an import finds nothing). */
export function run(interp: Interpreter, src: string): { status: number; out: string; err: string } {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host = {
    stdout: { write: (d: Uint8Array) => out.push(d), isatty: () => false },
    stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => false },
    readFile: () => { throw new HostError('ENOENT'); },
  } as unknown as Host;
  const status = runMain(interp, compileSource(src, '<test>', 'exec'), host, { sysPath: [] });
  return { status, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}

/** The blocks held by live objects: the allocator's count less what the free lists keep. */
export function liveBlocks(interp: Interpreter): number {
  let cached = interp.dictRuntime.keysFreeList.length + interp.listFreeList.length + interp.dictFreeList.length + interp.floatFreeList.items.length;
  for (const fl of interp.tupleFreeLists.bySize) cached += fl.length;
  return interp.obmalloc.allocatedBlocks - cached;
}

/**
 * The blocks a second run of `src` leaves behind, after a first run that must succeed; each
 * run ends with a full collection, so that what automatic collections freed or not during the
 * run does not count.
 */
function growth(src: string): number {
  const interp = new Interpreter();
  const first = run(interp, src);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  gcCollect(interp, 2);
  const before = liveBlocks(interp);
  assert.deepEqual(run(interp, src), first);
  gcCollect(interp, 2);
  return liveBlocks(interp) - before;
}

/** A program is checked by its loop: `ROUNDS` run once or 20 times must leave the same blocks behind. */
export function checkNoLeak(src: string): void {
  const program = (rounds: number) => src.replace('ROUNDS', String(rounds));
  assert.equal(growth(program(20)), growth(program(1)));
}
