// The interactive prompt: statements read line by line, each compiled in 'single' mode and run
// in __main__, results shown by sys.displayhook, errors printed and the loop going on.
// The loop is fed: the front end shows prompt(), reads a line however it reads lines (a
// terminal with line editing, a pipe) and passes it to feed(), or calls eof() or interrupt().
// readInteractive() drives it from the host's stdin, as CPython does when stdin is not a
// terminal (prompts on stderr).
// CPython: Python/pythonrun.c (_PyRun_InteractiveLoopObject, PyRun_InteractiveOneObjectEx,
// flush_io, _PyErr_PrintEx), Parser/tokenizer.c (tok_underflow_interactive).
import type { MainProgram } from './pythonrun.ts';
import { compile, type CodeDescriptor, type CompileOptions } from '../compiler/index.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCF_MASK } from '../compiler/compiler.ts';
import { codeWithParserArena, internedStr, releaseParserArena } from '../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, newException, PyErr_SetString } from '../objects/exceptions.ts';
import { PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { strOf } from '../objects/objectops.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { parse } from '../parser/index.ts';
import { NeedMoreInput, PySyntaxError } from '../tokenizer/errors.ts';
import { toPyException } from '../vm/ceval.ts';
import { PyEval_EvalCode } from './bltin_exec.ts';
import { raiseSyntaxError } from './syntaxerror_raise.ts';
import { HostError, type Host } from '../host/host.ts';
import { SYS_VERSION, sysPlatform } from '../modules/sysmodule.ts';

const FILENAME = '<stdin>';

/**
 * What the interactive prompt starts with on stderr: the version and platform, and (when site
 * adds help and friends) where to find more. CPython: pymain_header
 */
export function banner(host: Host, site: boolean): string {
  const more = site ? 'Type "help", "copyright", "credits" or "license" for more information.\n' : '';
  return `Python ${SYS_VERSION} on ${sysPlatform(host)}\n${more}`;
}

export class InteractiveLoop {
  /** The lines of the statement being typed. */
  private lines: string[] = [];
  private ps1 = '';
  private ps2 = '';
  /** __future__ features imported at the prompt, in force for the statements after. */
  private flags = 0;
  /** How many of the current statement's warnings were shown (it is parsed again as lines come). */
  private warned = 0;

  /**
   * `onWarning` shows (or turns into errors) the warnings compiling raises, as compile()'s
   * option of that name; without it they are not shown.
   */
  constructor(private readonly main: MainProgram, private readonly onWarning?: CompileOptions['onWarning']) {
    // CPython: _PyRun_InteractiveLoopObject sets the prompts that are not set.
    for (const [name, value] of [['ps1', '>>> '], ['ps2', '... ']] as const) {
      const key = internedStr(main.interp, name);
      const sysDict = main.interp.sysDict;
      if (sysDict !== null && PyDict_GetItem(main.interp, sysDict, key) === null) {
        const v = PyUnicode_FromString(main.interp, value);
        PyDict_SetItem(main.interp, sysDict, key, v);
        Py_DECREF(v);
      }
    }
  }

  /**
   * The prompt before the next line: str(sys.ps1) for a statement's first line, str(sys.ps2)
   * for the lines after; both are taken when a statement starts ("" when missing or failing).
   */
  prompt(): string {
    if (this.lines.length > 0) return this.ps2;
    this.ps1 = this.promptText('ps1');
    this.ps2 = this.promptText('ps2');
    return this.ps1;
  }

  private promptText(name: string): string {
    const interp = this.main.interp;
    const v = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, name));
    if (v === null) return '';
    try {
      return strOf(interp, v);
    } catch (e) {
      Py_DECREF(toPyException(interp, e));
      return '';
    }
  }

  /**
   * A line typed at the prompt, with its newline (the last line of the input may lack it).
   * Returns the exit status when the program is to end (SystemExit), else null.
   */
  feed(line: string): number | null {
    this.lines.push(line);
    return this.runStatement('more');
  }

  /**
   * End of input at the prompt (Ctrl-D). At a statement's first line the loop ends: returns 0.
   * Within a statement, the statement ends there and runs; null then (or SystemExit's status).
   */
  eof(): number | null {
    // CPython: tok_underflow_interactive ends the line on stderr.
    this.main.writeErr('\n');
    if (this.lines.length === 0) return 0;
    return this.runStatement('eof');
  }

  /** Ctrl-C at the prompt: the statement typed so far is dropped and KeyboardInterrupt shown. */
  interrupt(): void {
    this.main.writeErr('\n');
    this.lines = [];
    this.warned = 0;
    this.report(newException(this.main.interp, excType(this.main.interp, 'KeyboardInterrupt'), []));
  }

  /** Parses what was typed; runs it when it is a whole statement. CPython: PyRun_InteractiveOneObjectEx */
  private runStatement(input: 'more' | 'eof'): number | null {
    const interp = this.main.interp;
    let code: PyObject;
    let arena: PyObject[] = [];
    let seen = 0;
    const onWarning = this.onWarning;
    // Each warning is shown once, when the line holding it is first parsed, as CPython's
    // tokenizer shows it when reading that line.
    const parserWarning = onWarning === undefined ? undefined : (msg: string, lineno: number): 'error' | void => {
      if (seen++ < this.warned) return undefined;
      this.warned = seen;
      return onWarning(msg, lineno, 'SyntaxWarning');
    };
    try {
      const source = this.lines.join('');
      const mod = parse(source, { filename: FILENAME, mode: 'single', interactive: input, onWarning: parserWarning });
      this.lines = [];
      this.warned = 0;
      const desc = compile(mod, FILENAME, 'single', { flags: this.flags, onWarning, parserArena: true });
      this.flags |= desc.co_flags & PyCF_MASK;
      ({ code, arena } = codeWithParserArena(interp, desc));
    } catch (e) {
      if (e instanceof NeedMoreInput) return null;
      this.lines = [];
      this.warned = 0;
      if (!(e instanceof PySyntaxError)) throw e;
      try {
        raiseSyntaxError(interp, e);
      } catch (exc) {
        return this.report(toPyException(interp, exc));
      }
    }
    const globals = this.mainGlobals();
    let exc: PyObject | null = null;
    try {
      Py_DECREF(PyEval_EvalCode(interp, code, globals, globals));
    } catch (e) {
      exc = toPyException(interp, e);
    }
    Py_DECREF(code);
    Py_DECREF(globals);
    // The parser's arena goes before the report (CPython: PyRun_InteractiveOneObjectEx).
    releaseParserArena(arena);
    if (exc !== null) return this.report(exc);
    this.main.flushStdout();
    return null;
  }

  /** __main__'s dict (a new reference), the module made again if it was removed. CPython: PyImport_AddModuleObject */
  private mainGlobals(): PyObject {
    const interp = this.main.interp;
    const name = internedStr(interp, '__main__');
    let m = PyDict_GetItem(interp, interp.modules, name);
    if (m === null) {
      m = PyModule_New(interp, name);
      PyDict_SetItem(interp, interp.modules, name, m);
      Py_DECREF(m);
    }
    if (m.ob_dict === null) PyErr_SetString(interp, 'SystemError', 'Glasspy cannot run the prompt in a __main__ without a __dict__');
    const globals = Py_NewRef(m.ob_dict);
    const key = internedStr(interp, '__builtins__');
    if (PyDict_GetItem(interp, globals, key) === null) PyDict_SetItem(interp, globals, key, interp.builtinsDict);
    return globals;
  }

  /**
   * An exception of a statement (taken over): SystemExit ends the program (its status is
   * returned); anything else is kept as sys.last_exc (and last_type, last_value,
   * last_traceback) and printed. CPython: _PyErr_PrintEx(tstate, 1)
   */
  private report(exc: PyObject): number | null {
    const interp = this.main.interp;
    if (exc.ob_type.isSubtypeOf(excType(interp, 'SystemExit'))) return this.main.uncaught(exc);
    this.main.uncaught(exc);
    return null;
  }
}

/**
 * Runs the file PYTHONSTARTUP names in __main__ before the first prompt, with __file__ set while
 * it runs. `compileFile` compiles its bytes, or reports why it cannot and gives null. An error
 * is printed and the prompt follows; returns the exit status when SystemExit asks to end, else
 * null. CPython: pymain_run_startup, PyRun_SimpleFileExFlags
 */
export function runStartupFile(main: MainProgram, filename: string, compileFile: (bytes: Uint8Array) => CodeDescriptor | null): number | null {
  const interp = main.interp;
  let bytes: Uint8Array;
  try {
    bytes = main.host.readFile(filename);
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    main.writeErr('Could not open PYTHONSTARTUP\n');
    const args = [PyLong_FromNumber(interp, e.errno), PyUnicode_FromString(interp, e.strerror), PyUnicode_FromString(interp, filename)];
    try {
      const exc = PyObject_Vectorcall(interp, excType(interp, 'OSError'), args, null);
      main.printException(exc);
      Py_DECREF(exc);
    } finally {
      for (const a of args) Py_DECREF(a);
    }
    return null;
  }
  const desc = compileFile(bytes);
  if (desc === null) return null;
  const key = internedStr(interp, '__file__');
  const setFile = PyDict_GetItem(interp, main.globals, key) === null;
  if (setFile) {
    const v = PyUnicode_FromString(interp, filename);
    PyDict_SetItem(interp, main.globals, key, v);
    Py_DECREF(v);
  }
  const status = main.run(desc);
  if (setFile) PyDict_DelItem(interp, main.globals, key);
  return main.exited ? status : null;
}

/**
 * Runs the prompt on the host's stdin when it is not a terminal: each prompt written to stderr,
 * lines read as they come, until end of input or SystemExit. Returns the exit status.
 * CPython: PyOS_StdioReadline
 */
export function readInteractive(loop: InteractiveLoop, host: Host): number {
  const reader = new LineReader(host);
  const enc = new TextEncoder();
  for (;;) {
    const prompt = loop.prompt();
    if (prompt.length > 0) host.stderr.write(enc.encode(prompt));
    const line = reader.readLine();
    const status = line === null ? loop.eof() : loop.feed(line);
    if (status !== null) return status;
  }
}

/** Lines of the host's stdin, decoded as UTF-8 (invalid bytes replaced). */
class LineReader {
  private buf = new Uint8Array(0);
  private atEnd = false;
  private readonly decoder = new TextDecoder();

  constructor(private readonly host: Host) {}

  /** The next line with its newline; the last one may lack it; null at end of input. */
  readLine(): string | null {
    for (;;) {
      const nl = this.buf.indexOf(0x0a);
      if (nl >= 0) return this.take(nl + 1);
      if (this.atEnd) {
        // End of input reads as such once; a later read waits for input again, as fgets does.
        this.atEnd = false;
        return this.buf.length > 0 ? this.take(this.buf.length) : null;
      }
      const chunk = this.host.stdin.read(1 << 16);
      if (chunk.length === 0) {
        this.atEnd = true;
        continue;
      }
      const joined = new Uint8Array(this.buf.length + chunk.length);
      joined.set(this.buf);
      joined.set(chunk, this.buf.length);
      this.buf = joined;
    }
  }

  private take(n: number): string {
    const line = this.decoder.decode(this.buf.subarray(0, n));
    this.buf = this.buf.slice(n);
    return line;
  }
}
