// The interactive prompt on a terminal (src/cli/repl_tty.ts), driven through a fake TTY: lines
// typed with Enter run, Ctrl-C drops the line being edited, Ctrl-D at an empty line ends the
// session, and the history file is read at the start and written back at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Host } from '../../src/host/host.ts';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { MainProgram } from '../../src/runtime/pythonrun.ts';
import { InteractiveLoop } from '../../src/runtime/interactive.ts';
import { readTerminal } from '../../src/cli/repl_tty.ts';

class FakeTTY extends PassThrough {
  readonly isTTY = true;
  rawModes: boolean[] = [];
  setRawMode(mode: boolean): this {
    this.rawModes.push(mode);
    return this;
  }
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(cond(), 'timed out');
}

test('a terminal session: lines, Ctrl-C, Ctrl-D and the history file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glasspy-repl-'));
  try {
    const historyFile = path.join(dir, '.python_history');
    writeFileSync(historyFile, 'old_entry = 1\n');
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
    const host = {
      stdout: { write: (d: Uint8Array) => out.push(d), isatty: () => true },
      stderr: { write: (d: Uint8Array) => err.push(d), isatty: () => true },
    } as unknown as Host;
    const main = new MainProgram(new Interpreter(), host, { sysPath: [''] });
    const loop = new InteractiveLoop(main);
    const input = new FakeTTY();
    const screen = new PassThrough();
    let shown = '';
    screen.on('data', (d: Buffer) => (shown += d.toString('utf8')));
    const done = readTerminal(loop, { history: true, input, output: screen, historyFile });

    input.write('x = 41\r');
    input.write('x + 1\r');
    await until(() => text(out) === '42\n');
    input.write('if x:\r');
    await until(() => shown.includes('... '));
    input.write('  unfinished\x03');
    await until(() => text(err).includes('KeyboardInterrupt'));
    input.write('1/0\r');
    await until(() => text(err).includes('ZeroDivisionError'));
    input.write('\x04');
    assert.equal(await done, 0);
    main.finish();

    assert.ok(shown.includes('>>> '), 'the prompts go to the terminal');
    assert.equal(text(err), '\nKeyboardInterrupt\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n\n');
    assert.equal(readFileSync(historyFile, 'utf8'), 'old_entry = 1\nx = 41\nx + 1\nif x:\n1/0\n');
    // Raw mode is left while a statement runs, so that Ctrl-C reaches the program.
    assert.ok(input.rawModes.includes(false));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SystemExit at a terminal ends the session with its status', async () => {
  const host = {
    stdout: { write: () => {}, isatty: () => true },
    stderr: { write: () => {}, isatty: () => true },
  } as unknown as Host;
  const main = new MainProgram(new Interpreter(), host, { sysPath: [''] });
  const input = new FakeTTY();
  const done = readTerminal(new InteractiveLoop(main), { history: false, input, output: new PassThrough() });
  input.write('raise SystemExit(7)\r');
  assert.equal(await done, 7);
  main.finish();
});
