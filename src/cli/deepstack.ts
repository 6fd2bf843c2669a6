// The parser recurses as CPython's does (up to its MAXSTACK of 6000 rule levels). Node's default
// JS stack holds less than that for bracket-heavy code, so when the JS stack runs out first the
// command is run again in a Node with a bigger stack, and only there does the overflow become
// CPython's MemoryError.
import { spawnSync } from 'node:child_process';
import { ParserStackOverflow } from '../parser/index.ts';

const MARK = 'GLASSPY_DEEP_STACK';
/** KiB of JS stack for the rerun; the main thread's OS stack is 8 MiB. */
const STACK_KB = 7000;

/** The exit status of the rerun, or null when `e` is no JS-stack overflow or this is the rerun. */
export function rerunWithDeepStack(e: unknown): number | null {
  if (!(e instanceof ParserStackOverflow) || !e.jsStack || process.env[MARK] === '1') return null;
  const r = spawnSync(process.execPath, [`--stack-size=${STACK_KB}`, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: '1' },
  });
  return r.status ?? 1;
}
