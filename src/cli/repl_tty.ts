// The interactive prompt on a terminal: line editing and history with node:readline, as
// CPython's readline module gives them (prompts on stdout, Ctrl-C drops the line, Ctrl-D at an
// empty line is end of input). History is kept in ~/.python_history, one entry a line, as
// site's readline hook keeps it: read when the prompt starts, written back at exit.
// Tab completion (rlcompleter) is not offered: Tab inserts itself.
// CPython: Modules/readline.c (call_readline), Lib/site.py (register_readline)
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { InteractiveLoop } from '../runtime/interactive.ts';

export interface TerminalOptions {
  /** Load and save ~/.python_history (site's hook; not with -S or -I). */
  readonly history: boolean;
  /** The terminal's streams (process.stdin and process.stdout unless a test gives others). */
  readonly input?: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly output?: Writable;
  /** The history file (default ~/.python_history). */
  readonly historyFile?: string;
}

type Event = { kind: 'line'; line: string } | { kind: 'eof' } | { kind: 'interrupt' };

/** Runs the loop on the terminal until end of input or SystemExit; returns the exit status. */
export async function readTerminal(loop: InteractiveLoop, opts: TerminalOptions): Promise<number> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const historyFile = opts.historyFile ?? path.join(homedir(), '.python_history');
  // Newest first, as node:readline keeps it.
  let history = opts.history ? readHistory(historyFile) : [];
  const queue: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (e: Event) => {
    queue.push(e);
    wake?.();
  };
  let rl: Interface | null = null;
  const open = (): Interface => {
    const r = createInterface({ input, output, terminal: true, history, historySize: Number.MAX_SAFE_INTEGER, tabSize: 8 });
    r.on('line', (line) => push({ kind: 'line', line: line + '\n' }));
    r.on('SIGINT', () => push({ kind: 'interrupt' }));
    r.on('close', () => {
      history = (r as unknown as { history: string[] }).history;
      // Closed by Ctrl-D (end of input), not by closeCurrent() below.
      if (rl === r) {
        rl = null;
        push({ kind: 'eof' });
      }
    });
    return r;
  };
  const closeCurrent = (): void => {
    const r = rl;
    rl = null;
    r?.close();
  };
  try {
    for (;;) {
      rl ??= open();
      rl.setPrompt(loop.prompt());
      rl.prompt();
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const event = queue.shift()!;
      let status: number | null = null;
      if (event.kind === 'interrupt') {
        // The line being edited goes; a fresh interface starts from an empty one.
        closeCurrent();
        loop.interrupt();
      } else if (event.kind === 'eof') {
        // A terminal can be read again after Ctrl-D: the loop decides whether it ends.
        status = loop.eof();
      } else {
        // While a statement runs, Ctrl-C is the terminal's again (it stops the program: the
        // eval loop cannot be interrupted yet).
        input.setRawMode?.(false);
        try {
          status = loop.feed(event.line);
        } finally {
          if (rl !== null) input.setRawMode?.(true);
        }
      }
      if (status !== null) return status;
    }
  } finally {
    closeCurrent();
    if (opts.history) writeHistory(historyFile, history);
  }
}

/** The entries of a readline history file, newest first; none when it cannot be read. */
function readHistory(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((l) => l !== '').reverse();
}

/** Writes the history back, oldest first, one entry a line (readline's write_history). */
function writeHistory(file: string, newestFirst: readonly string[]): void {
  try {
    writeFileSync(file, newestFirst.slice().reverse().map((l) => l + '\n').join(''));
  } catch {
    // CPython's hook ignores an OSError here.
  }
}
