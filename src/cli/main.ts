// Entry point of the `glasspy` command. Kept small: option parsing is all that loads up
// front; the parser and the runners are imported only when the command line needs them.
import { parseCommandLine } from './config.ts';
import { writeErr, writeOut } from './io.ts';
import { formatInternalError } from './internal_error.ts';
import { loadRunners } from './runners_loader.ts';
import { writeSync } from 'node:fs';

async function main(args: readonly string[]): Promise<number> {
  // `-X jsstack` (a Glasspy debug switch) adds the JavaScript stack to an internal error.
  let jsStack = false;
  try {
    const cl = parseCommandLine(args);
    for (const m of cl.stderr) writeErr(m);
    if (cl.kind === 'exit') {
      writeOut(cl.stdout);
      return cl.code;
    }
    jsStack = cl.config.xoptions.includes('jsstack');
    const { runProgram } = await loadRunners();
    return await runProgram(cl.config);
  } catch (e) {
    // A JS error here is a Glasspy bug: one line, never a JS stack trace unless asked for.
    writeErr(formatInternalError(e));
    if (jsStack && e instanceof Error && e.stack !== undefined) writeErr(e.stack + '\n');
    return 1;
  }
}

// Last line of defence for errors outside main()'s try (stream events, stray promises): still
// one line, never a JS stack trace.
const onStray = (e: unknown): void => {
  writeSync(2, formatInternalError(e));
  process.exit(1);
};
process.on('uncaughtException', onStray);
process.on('unhandledRejection', onStray);
main(process.argv.slice(2)).then((code) => {
  if (process.exitCode === undefined) process.exitCode = code;
});
