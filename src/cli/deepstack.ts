// Parsing for the CLI, with room for deep nesting. The parser recurses as CPython's does,
// up to its MAXSTACK of 6000 rule levels, but Node's default JS stack holds less than that
// for bracket-heavy code. When the JS stack runs out first, the same parse is done again
// on a worker thread with a 16 MB stack, where it completes or reaches MAXSTACK and raises
// CPython's MemoryError. A worker, not a new process: stdin has already been read, and
// nothing is printed twice, because warnings are collected and printed by the caller.
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import { dump, type DumpOptions } from '../ast/dump.ts';
import type * as A from '../ast/nodes.gen.ts';
import { parse, ParserStackOverflow, type Mode } from '../parser/index.ts';
import { compileWarningAction } from './compile_warnings.ts';
import { formatPythonError, pythonExceptionName } from './pyerrors.ts';

export interface ParseJob {
  readonly source: string | Uint8Array;
  readonly filename: string;
  readonly mode: Mode;
  readonly typeComments: boolean;
  /** Parse as CPython parses a file it runs (file input), not as compile() parses bytes. */
  readonly fromFile: boolean;
  /** When set, the result carries ast.dump of the tree (the tree itself cannot leave a worker). */
  readonly dump: DumpOptions | null;
  /** The -W options: a SyntaxWarning they make an error is raised as a SyntaxError. */
  readonly warnoptions: readonly string[];
  /** -X int_max_str_digits / PYTHONINTMAXSTRDIGITS (default 4300). */
  readonly intMaxStrDigits?: number;
}

export interface ParseResult {
  /** SyntaxWarnings met, in order: [message, line]. */
  readonly warnings: [string, number][];
  readonly dump: string | null;
  /** The tree, when the parse succeeded on this thread (a tree does not leave a worker). */
  readonly tree: A.mod | null;
  /** The display of the Python exception the parse raised, and its name. */
  readonly error: { readonly name: string; readonly display: string } | null;
  /** The JS stack ran out before the parser's MAXSTACK. */
  readonly jsStackOverflow: boolean;
  /** A JS error that is a Glasspy bug. */
  readonly internal: { readonly name: string; readonly message: string; readonly stack: string | undefined } | null;
}

/** Does the job on this thread. */
export function runParseJob(job: ParseJob): ParseResult {
  const warnings: [string, number][] = [];
  const onWarning = (msg: string, lineno: number): 'error' | void => {
    if (compileWarningAction(job.warnoptions, 'SyntaxWarning', msg, job.filename, lineno) === 'error') return 'error';
    warnings.push([msg, lineno]);
  };
  const base = { warnings, dump: null, tree: null, error: null, jsStackOverflow: false, internal: null };
  try {
    const tree = parse(job.source, {
      filename: job.filename,
      mode: job.mode,
      typeComments: job.typeComments,
      onWarning,
      fromFile: job.fromFile,
      intMaxStrDigits: job.intMaxStrDigits,
    });
    return { ...base, tree, dump: job.dump === null ? null : dump(tree, job.dump) };
  } catch (e) {
    if (e instanceof ParserStackOverflow && e.jsStack) return { ...base, jsStackOverflow: true };
    const name = pythonExceptionName(e);
    if (name !== null) return { ...base, error: { name, display: formatPythonError(e)! } };
    const err = e instanceof Error ? e : new Error(String(e));
    return { ...base, internal: { name: err.name, message: err.message, stack: err.stack } };
  }
}

const STACK_MB = 16;

/** The bundled worker's entry (src/cli/parse_worker.ts); null under tsx. */
function bundledWorkerEntry(): URL | null {
  // In the bundle this module lives in dist/runners.js, next to dist/parse_worker.cjs.
  return import.meta.url.endsWith('/runners.js') ? new URL('parse_worker.cjs', import.meta.url) : null;
}

/** Answers each ParseJob posted to `port` with its ParseResult (the worker's side). */
export function serveParseJobs(port: MessagePort): void {
  port.on('message', (job: ParseJob) => port.postMessage({ ...runParseJob(job), tree: null }));
}

/**
 * A thread with a 16 MB JS stack that parses jobs one at a time. `entry` is the bundled worker
 * (dist/parse_worker.cjs). node:worker_threads is loaded here, not at each start.
 */
export class DeepStackParser {
  private readonly worker: Worker;

  constructor(entry: URL | string) {
    const { Worker: WorkerClass } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.worker = new WorkerClass(entry, { resourceLimits: { stackSizeMb: STACK_MB } });
  }

  run(job: ParseJob): Promise<ParseResult> {
    return new Promise<ParseResult>((resolve, reject) => {
      const onError = (e: Error): void => reject(e);
      this.worker.once('error', onError);
      this.worker.once('message', (r: ParseResult) => {
        this.worker.off('error', onError);
        resolve(r);
      });
      this.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Does the job, on a deep-stack worker if the JS stack runs out; internal errors are thrown. */
export async function parseJob(job: ParseJob): Promise<ParseResult> {
  let result = runParseJob(job);
  const entry = bundledWorkerEntry();
  // Under tsx (tests importing the runners directly) there is no bundle to start a worker
  // from, and the overflow is reported as the parser's MemoryError below.
  if (result.jsStackOverflow && entry !== null) {
    const deep = new DeepStackParser(entry);
    try {
      result = await deep.run(job);
    } finally {
      await deep.close();
    }
  }
  if (result.jsStackOverflow) {
    // Even the deep stack was not enough: report it as the parser's own overflow.
    const e = new ParserStackOverflow();
    return { ...result, jsStackOverflow: false, error: { name: 'MemoryError', display: formatPythonError(e)! } };
  }
  if (result.internal !== null) {
    const e = new Error(result.internal.message);
    e.name = result.internal.name;
    e.stack = result.internal.stack;
    throw e;
  }
  return result;
}
