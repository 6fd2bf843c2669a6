// Running what the command line names: -c, -m, a script, or stdin. Like CPython, the
// source is compiled before anything runs, so syntax errors are reported exactly as the
// reference reports them; then the module's code runs in the eval loop as __main__.
// CPython: Modules/main.c pymain_run_python, pymain_run_command, pymain_run_file, pymain_run_stdin
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { RunConfig } from './config.ts';
import type * as A from '../ast/nodes.gen.ts';
import { compile, type CodeDescriptor, type CompileOptions } from '../compiler/index.ts';
import { NodeHost } from '../host/node.ts';
import { mountZip } from '../host/zipdir.ts';
import { hashSecretFromConfig, parsePythonHashSeed } from '../objects/hash/index.ts';
import { Interpreter } from '../runtime/interpreter.ts';
import { MainProgram } from '../runtime/pythonrun.ts';
import { banner, InteractiveLoop, readInteractive, runStartupFile } from '../runtime/interactive.ts';
import { ObMalloc } from '../memory/obmalloc.ts';
import { parse } from '../parser/index.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { withProgramText } from '../symtable/symtable.ts';
import { compileWarningAction, formatSyntaxWarnings, formatWarning, sourceLines } from './compile_warnings.ts';
import { parseJob } from './deepstack.ts';
import { formatPythonError } from './pyerrors.ts';
import { executablePath, readStdinBytes, writeErr } from './io.ts';
import { errnoOf } from './oserror.ts';
import { pyStrRepr } from './pyrepr.ts';
import { codeCacheFor, stdlibZipPath } from './stdlib.ts';
import { PROGRAM_NAME } from './version.ts';
import { warnOptionMessages } from './warnoptions.ts';

export const CANNOT_RUN = `${PROGRAM_NAME}: cannot run code yet: compiling it needs a deeper JS stack than this thread has\n`;

export async function runProgram(config: RunConfig): Promise<number> {
  // Startup imports warnings when there are -W options; it reports bad ones before anything runs.
  writeErr(warnOptionMessages(config.warnoptions));
  if (config.runCommand !== null) return compileThenRun(config, config.runCommand, '<string>');
  if (config.runModule !== null) return runModule(config);
  if (config.runFilename !== null) return runFile(config, config.runFilename);
  return runStdin(config);
}

/**
 * Compiles like CPython before running; returns the exit status. `lines` gives the source
 * lines that linecache would show under a SyntaxWarning (none for <string> and <stdin>).
 */
async function compileThenRun(
  config: RunConfig,
  source: string | Uint8Array,
  filename: string,
  lines: string[] = [],
  fileBytes: Uint8Array | null = null,
): Promise<number> {
  const result = await parseJob({
    source,
    filename,
    mode: 'exec',
    typeComments: false,
    // CPython reads scripts and stdin as files, and -c's command as a string.
    fromFile: typeof source !== 'string',
    dump: null,
    warnoptions: config.warnoptions,
    intMaxStrDigits: config.intMaxStrDigits,
  });
  writeErr(formatSyntaxWarnings(result.warnings, config.warnoptions, filename, lines));
  if (result.error !== null) {
    writeErr(result.error.display);
    return inspecting(config) ? runCompiled(config, null, filename) : 1;
  }
  const compiled = compileModule(config, result.tree, source, filename, lines, fileBytes);
  if (typeof compiled === 'string') {
    writeErr(compiled);
    return inspecting(config) ? runCompiled(config, null, filename) : 1;
  }
  if (compiled === null) {
    writeErr(CANNOT_RUN);
    return 1;
  }
  return runCompiled(config, compiled, filename);
}

/**
 * Runs the module's code as __main__ in a new interpreter (no code: compiling it failed, or -m names the module), then
 * the interactive prompt when -i or PYTHONINSPECT asks for it; returns the exit status.
 * CPython: pymain_run_python, pymain_repl
 */
function runCompiled(config: RunConfig, code: CodeDescriptor | null, filename: string): Promise<number> | number {
  const runModule = filename === '<module>' ? config.runModule! : undefined;
  const main = newMain(config, filename, runModule);
  main.inspect = inspectRequested(config);
  const status = code === null && runModule === undefined ? 1 : main.run(code, config.runCommand === null);
  // CPython looks at PYTHONINSPECT again after the program ran (the program may set it).
  if (inspectRequested(config) && stdinIsInteractive(config)) {
    // At the prompt, SystemExit ends the program again.
    main.inspect = false;
    return interact(config, main);
  }
  // A failed flush of the standard streams at exit makes the status 120 (Py_RunMain).
  return main.finish() || status !== 0 ? status : 120;
}

/** sys.prefix: the folder above bin/, as CPython's getpath finds it from the executable. */
function installPrefix(): string {
  return path.resolve(path.dirname(executablePath()), '..');
}

/**
 * sys.path: `first` (unless -P or -I), $PYTHONPATH's entries made absolute (an empty one is the
 * working directory), the standard library, then (unless -S) the site-packages folder that ships
 * the third-party tools built in (memory_profiler, objgraph), where the site module would add it.
 * CPython: getpath, config_init_module_search_paths, site.getsitepackages
 */
function searchPath(config: RunConfig, first: string): string[] {
  const entries = config.safePath ? [] : [first];
  const pythonPath = config.useEnvironment ? process.env.PYTHONPATH ?? '' : '';
  if (pythonPath !== '') for (const e of pythonPath.split(path.delimiter)) entries.push(absoluteScriptPath(e));
  entries.push(stdlibZipPath());
  const sitePackages = path.join(installPrefix(), 'lib', 'python3.12', 'site-packages');
  if (config.siteImport && existsSync(sitePackages)) entries.push(sitePackages);
  return entries;
}

/**
 * A new interpreter ready to run __main__ from `filename` (a script, '<string>', '<stdin>', or
 * '<module>' for -m module).
 */
function newMain(config: RunConfig, filename: string, runModule?: string): MainProgram {
  // sys.path[0]: the script's folder; the working directory for -m; '' (the working directory
  // as it will be) for -c and stdin.
  const scriptDir = filename === '<module>' ? process.cwd() : filename.startsWith('<') ? '' : path.dirname(filename);
  // The standard library's zip is read as the directory it stands for.
  const host = mountZip(new NodeHost({ argv: config.argv, codeCache: codeCacheFor() }), stdlibZipPath());
  const secret = hashSecretFromConfig(parsePythonHashSeed(process.env.PYTHONHASHSEED), (n) => host.randomBytes(n));
  const interp = new Interpreter(new ObMalloc(), secret, { objectRegistry: ['1', '2'].includes(process.env.GLASSPY_REFCHECK ?? '') });
  // CPython: config->buffered_stdio (-u, or PYTHONUNBUFFERED set to a non-empty string)
  const unbuffered = !config.bufferedStdio || (config.useEnvironment && (process.env.PYTHONUNBUFFERED ?? '') !== '');
  return new MainProgram(interp, host, {
    sysPath: searchPath(config, scriptDir), site: config.siteImport, unbuffered, useEnvironment: config.useEnvironment, tracemalloc: config.tracemalloc,
    ...(filename.startsWith('<') ? {} : { mainFile: filename }),
    ...(runModule === undefined ? {} : { runModule }),
    sys: {
      executable: executablePath(), stdlibDir: stdlibZipPath(), prefix: installPrefix(), warnoptions: config.warnoptions, xoptions: config.xoptions,
      flags: {
        int_max_str_digits: config.intMaxStrDigits,
        // -B, or PYTHONDONTWRITEBYTECODE set to a non-empty string. CPython: config->write_bytecode
        dont_write_bytecode: !config.writeBytecode || (config.useEnvironment && (process.env.PYTHONDONTWRITEBYTECODE ?? '') !== '') ? 1 : 0,
      },
    },
  });
}

/** CPython: stdin_is_interactive (a terminal, or -i). */
function stdinIsInteractive(config: RunConfig): boolean {
  return process.stdin.isTTY === true || config.inspect > 0;
}

/**
 * The interactive prompt in `main` until end of input or SystemExit; returns the exit status.
 * A terminal on both stdin and stdout gets line editing and history; else the prompts go to
 * stderr and lines are read as they come. CPython: PyRun_InteractiveLoopFlags, PyOS_Readline
 */
async function interact(config: RunConfig, main: MainProgram): Promise<number> {
  const loop = new InteractiveLoop(main, compileWarningHandler(config, '<stdin>', []));
  let status: number;
  try {
    if (process.stdin.isTTY === true && process.stdout.isTTY === true) {
      const { readTerminal } = await import('./repl_tty.ts');
      status = await readTerminal(loop, { history: config.siteImport && !config.isolated });
    } else {
      status = readInteractive(loop, main.host);
    }
  } finally {
    main.finish();
  }
  return status;
}

/**
 * The module's code object, or the display of an error the compiler raises after parsing
 * (future statements, symbol table), or null where this thread's JS stack is too small to
 * compile. `tree` is the parse job's tree; a job done on the deep-stack worker hands none over,
 * and the source is parsed again here. A SyntaxError's line is read back from the file, as
 * CPython does.
 */
function compileModule(
  config: RunConfig,
  tree: A.mod | null,
  source: string | Uint8Array,
  filename: string,
  lines: readonly string[],
  fileBytes: Uint8Array | null,
): CodeDescriptor | string | null {
  try {
    const mod = tree ?? parse(source, { filename, mode: 'exec', fromFile: typeof source !== 'string' });
    // The code generator's SyntaxWarnings and the optimizer's DeprecationWarning go through the
    // warnings filters as they are raised; "error" makes them the SyntaxError CPython raises.
    return compile(mod, filename, 'exec', { onWarning: compileWarningHandler(config, filename, lines), parserArena: true });
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) return null;
    const shown = formatPythonError(e instanceof PySyntaxError ? withProgramText(e, fileBytes) : e);
    if (shown === null) throw e;
    return shown;
  }
}

/**
 * Shows a warning raised while compiling `filename` (source `lines`) as the warnings filters
 * say; "error" makes it the SyntaxError CPython raises.
 */
function compileWarningHandler(config: RunConfig, filename: string, lines: readonly string[]): CompileOptions['onWarning'] {
  return (message, lineno, category) => {
    // Line 0 (the optimizer's warning) is raised with no Python frame: warnings.py then
    // reports it from module "sys", line 1.
    const where = lineno === 0 ? 'sys' : filename;
    const line = lineno === 0 ? 1 : lineno;
    const action = compileWarningAction(config.warnoptions, category, message, where, line);
    if (action === 'show') writeErr(formatWarning(where, line, category, message, lineno === 0 ? null : lines[lineno - 1] ?? null));
    return action === 'error' ? 'error' : undefined;
  };
}

async function runModule(config: RunConfig): Promise<number> {
  if (config.runModule === 'ast') {
    const { astMain } = await import('./ast_main.ts');
    return astMain(config.argv.slice(1), config.warnoptions);
  }
  return runCompiled(config, null, '<module>');
}

/** CPython: config_run_filename_abspath (_Py_abspath joins without normalizing). */
function absoluteScriptPath(given: string): string {
  if (given === '' || given === '.') return process.cwd();
  if (path.isAbsolute(given)) return given;
  const cwd = process.cwd();
  return cwd.endsWith('/') ? cwd + given : `${cwd}/${given}`;
}

// CPython: pymain_get_importer + pymain_run_file_obj
function runFile(config: RunConfig, given: string): Promise<number> | number {
  const filename = absoluteScriptPath(given);
  let st: Stats | undefined;
  try {
    st = statSync(filename);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) {
    // A directory runs its __main__.py (through runpy, which names sys.executable).
    let hasMain = false;
    try {
      hasMain = statSync(path.join(filename, '__main__.py')).isFile();
    } catch {
      hasMain = false;
    }
    if (!hasMain) {
      writeErr(`${executablePath()}: can't find '__main__' module in ${pyStrRepr(filename)}\n`);
      return 1;
    }
    writeErr(`${PROGRAM_NAME}: cannot run a directory's __main__.py yet: it needs runpy\n`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filename);
  } catch (e) {
    const err = errnoOf(e);
    if (err === null) throw e;
    writeErr(`${PROGRAM_NAME}: can't open file ${pyStrRepr(filename)}: [Errno ${err.errno}] ${err.strerror}\n`);
    return 2;
  }
  const fileBytes = bytes;
  if (config.skipSourceFirstLine) {
    // -x drops the first line but keeps its newline, so line numbers stay right.
    const nl = bytes.indexOf(0x0a);
    bytes = nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
  }
  return compileThenRun(config, bytes, filename, sourceLines(bytes), fileBytes);
}

/** -i or PYTHONINSPECT: the prompt is to follow the program. CPython: config->inspect */
function inspectRequested(config: RunConfig): boolean {
  return config.inspect > 0 || (config.useEnvironment && (process.env.PYTHONINSPECT ?? '') !== '');
}

/** Whether the prompt follows a program that cannot run (a syntax error). */
function inspecting(config: RunConfig): boolean {
  return inspectRequested(config) && stdinIsInteractive(config);
}

// CPython: pymain_run_stdin, pymain_header, pymain_run_startup
function runStdin(config: RunConfig): Promise<number> | number {
  if (!stdinIsInteractive(config)) return compileThenRun(config, readStdinBytes(), '<stdin>');
  const main = newMain(config, '<stdin>');
  if (config.quiet === 0) writeErr(banner(main.host, config.siteImport));
  const startup = config.useEnvironment ? process.env.PYTHONSTARTUP ?? '' : '';
  if (startup !== '') {
    const status = runStartupFile(main, startup, (bytes) => {
      const compiled = compileModule(config, null, bytes, startup, sourceLines(bytes), bytes);
      if (typeof compiled === 'string' || compiled === null) {
        writeErr(compiled ?? CANNOT_RUN);
        return null;
      }
      return compiled;
    });
    if (status !== null) {
      main.finish();
      return status;
    }
  }
  return interact(config, main);
}
