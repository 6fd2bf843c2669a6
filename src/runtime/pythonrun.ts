// Running a module's code object as __main__ and reporting an uncaught exception.
// CPython: Python/pythonrun.c (run_eval_code_obj, _PyRun_SimpleFileObject, PyErr_Print),
// Python/ceval.c PyEval_EvalCode (the module runs in a frame of a function made from its code).
import type { CodeDescriptor } from '../compiler/code.ts';
import { CO_FAST_LOCAL } from '../compiler/code.ts';
import type { Host } from '../host/host.ts';
import { codeFromDescriptor, codePositions, internedStr, type PyCodeObject } from '../objects/codeobject.ts';
import { dictKeys, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import type { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyFunction_New } from '../objects/funcobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { strOf } from '../objects/objectops.ts';
import type { PyTracebackObject } from '../objects/traceback.ts';
import type { PyUnicodeObject } from '../objects/unicodeobject.ts';
import { evalFrame, toPyException } from '../vm/ceval.ts';
import { Frame } from '../vm/frame.ts';
import { initBuiltins } from './bltinmodule.ts';
import type { Interpreter } from './interpreter.ts';
import { TextStream } from './stdio.ts';
import { nameErrorSuffix } from './suggestions.ts';
import { formatException, type ExceptionReport, type TracebackFrame } from './traceback_format.ts';
import { readSourceLine } from './traceback_source.ts';

export interface RunOptions {
  /** sys.path, where a traceback looks for source files by their last path component. */
  readonly sysPath: readonly string[];
}

function text(o: PyObject): string {
  const b = (o as PyUnicodeObject).body;
  return typeof b === 'string' ? b : String.fromCodePoint(...b);
}

/**
 * Runs `desc` as the __main__ module and returns the exit status: 0, or 1 after printing an
 * uncaught exception's traceback to stderr. The module's globals are released at the end.
 */
export function runMain(interp: Interpreter, desc: CodeDescriptor, host: Host, opts: RunOptions): number {
  const stdout = new TextStream(host.stdout);
  const builtins = initBuiltins(interp, stdout);
  const globals = PyDict_New(interp);
  const name = internedStr(interp, '__main__');
  PyDict_SetItem(interp, globals, internedStr(interp, '__name__'), name);
  PyDict_SetItem(interp, globals, internedStr(interp, '__doc__'), interp.singletons.None);
  PyDict_SetItem(interp, globals, internedStr(interp, '__builtins__'), builtins);
  let status = 0;
  try {
    const code = codeFromDescriptor(interp, desc);
    const func = PyFunction_New(interp, code, globals);
    Py_INCREF(globals);
    const frame = new Frame(code, func, globals, builtins, globals);
    const res = evalFrame(interp, interp.tstate, frame);
    Py_DECREF(res);
  } catch (e) {
    const exc = toPyException(interp, e);
    stdout.flush();
    host.stderr.write(new TextEncoder().encode(formatException(exceptionReport(interp, exc, host, opts))));
    Py_DECREF(exc);
    status = 1;
  }
  stdout.flush();
  moduleClearDict(interp, globals);
  Py_DECREF(globals);
  Py_DECREF(builtins);
  interp.builtinsDict = null as unknown as PyObject;
  return status;
}

/**
 * What finalization does to __main__'s dict: every value but __builtins__ becomes None, names
 * starting with one underscore first. This breaks the cycles between a module's functions and
 * its globals. CPython: _PyModule_ClearDict (called from finalize_modules)
 */
function moduleClearDict(interp: Interpreter, d: PyObject): void {
  const none = interp.singletons.None;
  for (const pass of [1, 2]) {
    for (const key of dictKeys(d)) {
      if (key.ob_type !== interp.types.str) continue;
      const k = text(key);
      const underscore = k.startsWith('_') && !k.startsWith('__');
      if (pass === 1 ? !underscore : underscore || k === '__builtins__') continue;
      PyDict_SetItem(interp, d, key, none);
    }
  }
}

/** The traceback entries of an exception, oldest first. */
function tracebackFrames(exc: PyObject, host: Host, opts: RunOptions): TracebackFrame[] {
  const frames: TracebackFrame[] = [];
  for (let tb = (exc as PyBaseExceptionObject).body.traceback; tb !== null; tb = (tb as PyTracebackObject).body.next) {
    const b = (tb as PyTracebackObject).body;
    const desc = (b.code as PyCodeObject).body.desc;
    const pos = codePositions(b.code);
    const i = b.lasti;
    const n = (x: number) => (x < 0 ? null : x);
    const lineno = pos.line[i]!;
    frames.push({
      filename: desc.co_filename,
      name: desc.co_name,
      lineno,
      startLineno: n(lineno),
      endLineno: n(pos.endLine[i]!),
      colno: n(pos.col[i]!),
      endColno: n(pos.endCol[i]!),
      line: lineno < 0 ? null : readSourceLine(host, desc.co_filename, lineno, opts.sysPath),
    });
  }
  return frames;
}

// CPython: offer_suggestions_for_name_error — reads the innermost traceback entry's frame.
function nameErrorSuggestion(interp: Interpreter, exc: PyObject): string | null {
  const body = (exc as PyBaseExceptionObject & { body: { name?: PyObject } }).body;
  if (body.name === undefined || !exc.ob_type.isSubtypeOf(interp.types.exceptions.get('NameError')!)) return null;
  let tb = body.traceback;
  if (tb === null) return null;
  while ((tb as PyTracebackObject).body.next !== null) tb = (tb as PyTracebackObject).body.next!;
  const t = (tb as PyTracebackObject).body;
  const desc = (t.code as PyCodeObject).body.desc;
  const varnames = desc.co_localsplusnames.filter((_, i) => (desc.co_localspluskinds[i]! & CO_FAST_LOCAL) !== 0);
  return nameErrorSuffix(text(body.name), {
    varnames,
    globals: dictKeys(t.globals).map(text),
    builtins: dictKeys(t.builtins).map(text),
    self: 'unbound',
  });
}

/** What the display reads from an exception. */
export function exceptionReport(interp: Interpreter, exc: PyObject, host: Host, opts: RunOptions): ExceptionReport {
  return {
    typeName: exc.ob_type.tp_name,
    str: strOf(interp, exc),
    frames: tracebackFrames(exc, host, opts),
    suggestion: nameErrorSuggestion(interp, exc),
  };
}
