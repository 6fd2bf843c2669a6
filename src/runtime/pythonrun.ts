// Running a module's code object as __main__ and reporting an uncaught exception.
// CPython: Python/pythonrun.c (run_eval_code_obj, _PyRun_SimpleFileObject, PyErr_Print),
// Python/ceval.c PyEval_EvalCode (the module runs in a frame of a function made from its code).
import { enableRefCheck } from '../vm/refcheck.ts';
import { auditRefcounts } from './refaudit.ts';
import { traceMallocOf } from '../memory/tracemalloc.ts';
import type { CodeDescriptor } from '../compiler/code.ts';
import { CO_FAST_LOCAL } from '../compiler/code.ts';
import { withFdOperations, type Host } from '../host/host.ts';
import { codeFromDescriptor, codePositions, codeWithParserArena, internedStr, releaseParserArena, type PyCodeObject } from '../objects/codeobject.ts';
import { dictKeys, PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { excField, fieldsOwner, PyErr_SetString, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyFunction_New } from '../objects/funcobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_GetIter, reprText, strOf } from '../objects/objectops.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { _PyType_Lookup } from '../objects/typeready.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { callMethod, PyObject_Vectorcall } from '../objects/call.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import type { PyTracebackObject } from '../objects/traceback.ts';
import { PyUnicode_FromString, PyUnicode_New, unicodeText as text } from '../objects/unicodeobject.ts';
import { evalFrame, toPyException } from '../vm/ceval.ts';
import { Frame } from '../vm/frame.ts';
import { initBuiltins } from './bltinmodule.ts';
import { createWarningsModule, finalizeWarnings } from '../modules/warningsmodule.ts';
import { clearCodecRegistry } from '../objects/codecregistry.ts';
import { finalizeSignals } from '../modules/_signalmodule.ts';
import { finalizeContextVars } from '../modules/_contextvarsmodule.ts';
import { clearAuditHooks } from '../modules/sysaudit.ts';
import { atexitCallFuncs } from '../modules/atexitmodule.ts';
import { createSysModule, type SysConfig } from '../modules/sysmodule.ts';
import { PyModule_New } from '../objects/moduleobject.ts';
import { importObject, importType } from '../objects/modulespecobject.ts';
import { compileModuleFile, findModuleForMain, setBuiltinSpec } from './import.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { longValue } from '../objects/longobject.ts';
import { importModuleLevel } from '../vm/ceval_import.ts';
import { setUnraisableHook } from './unraisable.ts';
import { initSiteBuiltins } from './sitebuiltins.ts';
import { finalizeModules, saveBuiltinsCopy } from './finalize.ts';
import { PyGC_Collect } from '../memory/gc.ts';
import { PySlice_New } from '../objects/sliceobject.ts';
import type { Interpreter } from './interpreter.ts';
import { fileFlush, flushStdFiles, initSysStreams, sysGet, writeStderr } from './sysstreams.ts';
import { createIoModule } from '../modules/_io/_iomodule.ts';
import { attributeErrorSuffix, nameErrorSuffix } from './suggestions.ts';
import { exceptionTypeDisplayName, formatException, formatUnraisable, type ExceptionNotes, type ExceptionReport, type TracebackFrame } from './traceback_format.ts';
import { readSourceLine } from './traceback_source.ts';
import { syntaxErrorFields } from './syntaxerror_raise.ts';

export interface RunOptions {
  /** sys.path, where a traceback looks for source files by their last path component. */
  readonly sysPath: readonly string[];
  /** False under -E and -I: the PYTHON* variables are not read (sys.breakpointhook's). */
  readonly useEnvironment?: boolean;
  /** -X tracemalloc / PYTHONTRACEMALLOC: the traceback limit to trace with from start-up, 0 for none. */
  readonly tracemalloc?: number;
  /**
   * Add what importing site adds: exit, quit, help and friends as builtins (the CLI without -S).
   * Default false: the classes they need would live on, as classes do without the cycle collector.
   */
  readonly site?: boolean;
  /** -u or PYTHONUNBUFFERED: binary layers of stdout and stderr unbuffered, text layers write-through. */
  readonly unbuffered?: boolean;
  /** The script's path (__main__.__file__); absent for -c and stdin. */
  readonly mainFile?: string;
  /** -m: the module run as __main__ (runMain is then given no code). */
  readonly runModule?: string;
  /** What the sys module reports of the command line (executable, flags, ...). */
  readonly sys?: SysConfig;
}

// What runpy's frames show above the module's own in a traceback of `-m`.
const RUNPY_FRAMES: readonly TracebackFrame[] = [
  { filename: '<frozen runpy>', name: '_run_module_as_main', lineno: 198, startLineno: 198, endLineno: 198, colno: null, endColno: null, line: null },
  { filename: '<frozen runpy>', name: '_run_code', lineno: 88, startLineno: 88, endLineno: 88, colno: null, endColno: null, line: null },
];

/**
 * Runs `desc` (or the module opts.runModule names) as the __main__ module and returns the exit
 * status: 0, or 1 after printing an uncaught exception's traceback to stderr (through
 * sys.excepthook). The module's globals are released at the end.
 */
export function runMain(interp: Interpreter, desc: CodeDescriptor | null, host: Host, opts: RunOptions): number {
  const main = new MainProgram(interp, host, opts);
  const status = main.run(desc);
  // A failed flush of the standard streams at exit makes the status 120 (Py_RunMain).
  return main.finish() || status !== 0 ? status : 120;
}

/**
 * An interpreter set up to run the __main__ module: builtins, sys.modules with sys, builtins
 * and __main__. Code runs in __main__'s globals (a script, then the interactive prompt's
 * statements); finish() releases everything.
 */
export class MainProgram {
  readonly host: Host;
  readonly builtins: PyObject;
  /**
   * The __main__ module (a new reference, released by finish), as _PyRun_SimpleFileObject holds
   * it while the script runs; its dict, borrowed, is where the code runs.
   */
  readonly main: PyObject;
  readonly globals: PyObject;
  /**
   * Whether the interactive prompt follows (-i, PYTHONINSPECT): then SystemExit does not end
   * the program but is reported like any exception. CPython: config->inspect
   */
  inspect = false;
  /** Set when a SystemExit asked the program to end (uncaught() gave its status). */
  exited = false;

  constructor(readonly interp: Interpreter, givenHost: Host, readonly opts: RunOptions) {
    const host = withFdOperations(givenHost);
    this.host = host;
    interp.host = host;
    const builtins = initBuiltins(interp);
    this.builtins = builtins;
    // CPython: init_interp_main starts tracemalloc before the import system's modules load.
    if ((opts.tracemalloc ?? 0) > 0) traceMallocOf(interp).start(opts.tracemalloc!);
    const modules = initModules(interp, host, opts, builtins, (exc) => this.printException(exc));
    saveBuiltinsCopy(interp);
    // GLASSPY_REFCHECK=2 adds the live-frames check at every check point to the audit at exit.
    if (host.environ?.().get('GLASSPY_REFCHECK') === '2') enableRefCheck(interp);
    // GLASSPY_GCSTRESS=1|2: a collection (generation 0 | all) after every allocation of a GC object.
    const stress = host.environ?.().get('GLASSPY_GCSTRESS');
    if (stress === '1' || stress === '2') interp.gc.stress = Number(stress);
    if (host.environ?.().get('GLASSPY_ITRACE') === '1') {
      const enc = new TextEncoder();
      interp.tstate.instructionTrace = (line) => host.stderr.write(enc.encode(line));
      interp.tstate.updateTracing();
    }
    // CPython: add_main_module → PyImport_AddModule("__main__"), a name made by PyUnicode_FromString
    const mainName = PyUnicode_New(interp, '__main__');
    const main = PyModule_New(interp, mainName);
    PyDict_SetItem(interp, modules, mainName, main);
    Py_DECREF(mainName);
    this.main = main;
    this.globals = main.ob_dict!;
    initMainGlobals(interp, this.globals, opts);
    if (opts.site === true) initSiteBuiltins(interp, builtins);
    setUnraisableHook(interp, (exc, obj, errMsg) => {
      // CPython: the default sys.unraisablehook (write_unraisable_exc_file): the exception's own
      // traceback and "Type: str" line, no chained exceptions, notes or suggestions.
      const where = obj !== null ? `${errMsg ?? 'Exception ignored in'}: ${objectReprOrFailed(interp, obj)}\n` : errMsg !== null ? `${errMsg}:\n` : '';
      const report = { typeName: typeDisplayName(interp, exc.ob_type), str: strOrNull(interp, exc), frames: tracebackFrames(exc, host, opts) };
      this.writeErr(where + formatUnraisable(report));
    });
    initSysStreams(interp, opts.unbuffered !== true);
    // CPython's startup (site and the modules it imports) slices, which leaves a freed slice in
    // interp->slice_cache: a program's first slice is not a new GC allocation.
    Py_DECREF(PySlice_New(interp, interp.singletons.None, interp.singletons.None, null));
  }

  /** Text for sys.stderr (the host's stderr before sys.stderr exists or once it is deleted). */
  writeErr(s: string): void {
    if (s.length > 0) writeStderr(this.interp, s, (t) => this.host.stderr.write(new TextEncoder().encode(t)));
  }

  /** sys.stdout.flush(), its errors dropped (the interactive prompt after each statement). */
  flushStdout(): void {
    this.flushStream('stdout');
  }

  /** sys.<name>.flush(), errors dropped. CPython: flush_io */
  private flushStream(name: string): void {
    const f = sysGet(this.interp, name);
    if (f === null || f === this.interp.singletons.None) return;
    try {
      fileFlush(this.interp, f);
    } catch (e) {
      Py_DECREF(toPyException(this.interp, e));
    }
  }

  /**
   * Runs a module's code in __main__; returns the exit status (0 when it ended normally). A
   * script (not a -c command) has sys.stderr and sys.stdout flushed before a traceback is shown.
   * CPython: _PyRun_SimpleFileObject (flush_io), PyRun_SimpleStringFlags
   */
  run(desc: CodeDescriptor | null, flushIo = true): number {
    const interp = this.interp;
    let exc: PyObject | null = null;
    // The parser's arena lives until the code ran (see src/compiler/parser_consts.ts).
    let arena: PyObject[] = [];
    try {
      let code: PyObject | null;
      // No code: run the module opts.runModule names (-m).
      if (desc !== null) ({ code, arena } = codeWithParserArena(interp, desc));
      else code = mainModuleCode(interp, this.globals, this.opts.runModule!);
      if (code === null) return 1;
      // The function holds a reference of its own besides the frame's. CPython: PyEval_EvalCode
      const func = PyFunction_New(interp, code, this.globals);
      Py_INCREF(this.globals);
      const frame = Frame.acquire(code, Py_NewRef(func), this.globals, this.builtins, this.globals);
      try {
        Py_DECREF(evalFrame(interp, interp.tstate, frame));
      } finally {
        Py_DECREF(func);
      }
    } catch (e) {
      exc = toPyException(interp, e);
    }
    releaseParserArena(arena);
    if (flushIo) {
      this.flushStream('stderr');
      this.flushStream('stdout');
    }
    return exc === null ? 0 : this.uncaught(exc);
  }

  /**
   * Reports an exception nothing caught (taking over the reference) and returns the exit
   * status it gives: SystemExit's code, or 1 (130 for KeyboardInterrupt) after the traceback.
   * CPython: PyErr_Print with _Py_HandleSystemExit
   */
  uncaught(exc: PyObject): number {
    const interp = this.interp;
    const types = interp.types.exceptions;
    let status: number;
    if (!this.inspect && exc.ob_type.isSubtypeOf(types.get('SystemExit')!)) {
      status = handleSystemExit(interp, exc, (s) => this.writeErr(s));
      this.exited = true;
    } else {
      // CPython: _PyErr_PrintEx with set_sys_last_vars (they die at exit, after atexit).
      const sysDict = interp.sysDict;
      if (sysDict !== null) {
        const tb = (exc as PyBaseExceptionObject).body.traceback ?? interp.singletons.None;
        for (const [name, v] of [['last_exc', exc], ['last_type', exc.ob_type], ['last_value', exc], ['last_traceback', tb]] as const) {
          PyDict_SetItem(interp, sysDict, internedStr(interp, name), v);
        }
      }
      callExceptHook(interp, exc, (e) => this.printException(e), (s) => this.writeErr(s));
      // CPython re-raises an unhandled KeyboardInterrupt as SIGINT at exit
      // (_Py_UnhandledKeyboardInterrupt): a shell sees status 128 + SIGINT.
      status = exc.ob_type.isSubtypeOf(types.get('KeyboardInterrupt')!) ? 130 : 1;
    }
    Py_DECREF(exc);
    return status;
  }

  /** Prints `exc` (borrowed) as the default sys.excepthook does. */
  printException(exc: PyObject): void {
    const report = exceptionReport(this.interp, exc, this.host, this.opts);
    this.writeErr(formatException(this.opts.runModule === undefined ? report : { ...report, frames: [...RUNPY_FRAMES, ...report.frames] }));
  }

  /**
   * GLASSPY_REFCHECK: reports on stderr each live object whose reference count differs from the
   * references held to it (src/runtime/refaudit.ts), once the program has run.
   */
  private reportRefcounts(): void {
    const interp = this.interp;
    const verbose = this.host.environ?.().get('GLASSPY_REFCHECK_HOLDERS') === '1';
    const mismatches = auditRefcounts(interp, [interp, [this.main, this.builtins]], verbose);
    if (mismatches.length === 0) return;
    const lines = mismatches.map(({ o, found, holders }) =>
      `refcheck: ${describe(interp, o)}: refcount ${o.ob_refcnt}, ${found} references found${holders.map((h) => `\n    from ${h}`).join('')}\n`);
    this.host.stderr.write(new TextEncoder().encode(`${lines.join('')}refcheck: ${mismatches.length} mismatches\n`));
  }

  /**
   * Flushes the standard streams, then releases __main__, the modules and the builtins; false
   * when the flush failed. CPython: Py_FinalizeEx (simplified)
   */
  finish(): boolean {
    const interp = this.interp;
    if (interp.objectRegistry !== null) this.reportRefcounts();
    atexitCallFuncs(interp);
    const flushed = flushStdFiles(interp);
    Py_DECREF(this.main);
    // The collection at exit, before the modules go: gc.callbacks are told; none when disabled.
    PyGC_Collect(interp);
    finalizeModules(interp);
    finalizeWarnings(interp);
    clearCodecRegistry(interp);
    finalizeSignals(interp);
    finalizeContextVars(interp);
    clearAuditHooks(interp);
    interp.gc.fini();
    // CPython: _PyTraceMalloc_Fini, once the objects that could warn are gone.
    interp.tracemalloc?.stop();
    Py_DECREF(this.builtins);
    interp.builtinsDict = null as unknown as PyObject;
    Py_XDECREF(interp.builtinsCopy);
    interp.builtinsCopy = null;
    setUnraisableHook(interp, null);
    interp.host = null;
    return flushed;
  }
}

/** A short description of `o` for the audit's report: its type, address and what names it. */
function describe(interp: Interpreter, o: PyObject): string {
  let what = '';
  const t = interp.types;
  if (o.ob_type === t.str) what = ` ${JSON.stringify(o.body)}`;
  else if (o.ob_type === t.function) what = ` ${text((o.body as { qualname: PyObject }).qualname)}`;
  else if (o instanceof PyTypeObject) what = ` ${o.tp_name}`;
  return `${o.ob_type.tp_name}${what} at 0x${o.addr.toString(16)}`;
}

/** __main__'s attributes before its code runs. CPython: pymain_run_python / pymain_run_file_obj (_PyRun_SimpleFileObject sets __file__, __cached__) */
function initMainGlobals(interp: Interpreter, globals: PyObject, opts: RunOptions): void {
  const annotations = PyDict_New(interp);
  PyDict_SetItem(interp, globals, internedStr(interp, '__annotations__'), annotations);
  Py_DECREF(annotations);
  PyDict_SetItem(interp, globals, internedStr(interp, '__builtins__'), PyDict_GetItem(interp, interp.modules, internedStr(interp, 'builtins'))!);
  if (opts.mainFile !== undefined) {
    const file = PyUnicode_FromString(interp, opts.mainFile);
    const loader = importObject(interp, 'SourceFileLoader', [['name', internedStr(interp, '__main__')], ['path', file]]);
    PyDict_SetItem(interp, globals, internedStr(interp, '__loader__'), loader);
    PyDict_SetItem(interp, globals, internedStr(interp, '__file__'), file);
    PyDict_SetItem(interp, globals, internedStr(interp, '__cached__'), interp.singletons.None);
    Py_DECREF(loader);
    Py_DECREF(file);
  } else if (opts.runModule === undefined) {
    PyDict_SetItem(interp, globals, internedStr(interp, '__loader__'), importType(interp, 'BuiltinImporter'));
  }
}

/**
 * `-m name`: the code of the module (a package's __main__), with __main__'s globals set as
 * runpy sets them; null after printing why it cannot run. CPython: runpy._run_module_as_main,
 * _get_module_details, _run_code
 */
function mainModuleCode(interp: Interpreter, globals: PyObject, name: string): PyObject | null {
  const exe = strSysAttr(interp, 'executable') ?? 'python3';
  const fail = (msg: string) => {
    interp.host!.stderr.write(new TextEncoder().encode(`${exe}: ${msg}\n`));
    return null;
  };
  let found = findModuleForMain(interp, name);
  if ('spec' in found && (found.kind === 'package' || found.kind === 'namespace')) {
    Py_DECREF(found.spec);
    found = findModuleForMain(interp, `${name}.__main__`);
    if ('error' in found) return fail(`${found.error}; '${name}' is a package and cannot be directly executed`);
  }
  if ('error' in found) return fail(found.error);
  const spec = found.spec;
  try {
    const argv = strSysAttr(interp, 'argv') === null ? null : PyDict_GetItem(interp, interp.sysDict!, internedStr(interp, 'argv'));
    const file = PyUnicode_FromString(interp, found.origin);
    if (argv !== null && argv.ob_type === interp.types.list && (argv.body as PyObject[]).length > 0) {
      const items = argv.body as PyObject[];
      const old = items[0]!;
      items[0] = Py_NewRef(file);
      Py_DECREF(old);
    }
    const specName = PyDict_GetItem(interp, spec.ob_dict!, internedStr(interp, 'name'))!;
    const sn = text(specName);
    const pkg = PyUnicode_FromString(interp, sn.includes('.') ? sn.slice(0, sn.lastIndexOf('.')) : '');
    const set = (k: string, v: PyObject) => PyDict_SetItem(interp, globals, internedStr(interp, k), v);
    set('__file__', file);
    set('__cached__', PyDict_GetItem(interp, spec.ob_dict!, internedStr(interp, '_cached')) ?? interp.singletons.None);
    set('__loader__', PyDict_GetItem(interp, spec.ob_dict!, internedStr(interp, 'loader'))!);
    set('__package__', pkg);
    set('__spec__', spec);
    Py_DECREF(pkg);
    Py_DECREF(file);
    return compileModuleFile(interp, found.origin);
  } finally {
    Py_DECREF(spec);
  }
}

/** A str attribute of sys, or null. */
function strSysAttr(interp: Interpreter, name: string): string | null {
  const v = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, name));
  return v !== null && v.ob_type.isSubtypeOf(interp.types.str) ? text(v) : v === null ? null : '';
}

/**
 * Reports an uncaught exception through sys.excepthook: the default prints the traceback; a
 * hook of the program's is called, and if it fails both tracebacks are printed.
 * CPython: _PyErr_PrintEx (print_exception_recursive via the hook, "Error in sys.excepthook:")
 */
function callExceptHook(interp: Interpreter, exc: PyObject, printException: (exc: PyObject) => void, write: (s: string) => void): void {
  const hook = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, 'excepthook'));
  if (hook === null || hook === interp.singletons.None) {
    write('sys.excepthook is missing\n');
    printException(exc);
    return;
  }
  if (hook === interp.defaultExceptHook) {
    printException(exc);
    return;
  }
  const tb = (exc as PyBaseExceptionObject).body.traceback ?? interp.singletons.None;
  Py_INCREF(hook);
  try {
    Py_DECREF(PyObject_Vectorcall(interp, hook, [exc.ob_type, exc, tb], null));
  } catch (e) {
    const err = toPyException(interp, e);
    if (err.ob_type.isSubtypeOf(interp.types.exceptions.get('SystemExit')!)) {
      Py_DECREF(err);
      return;
    }
    write('Error in sys.excepthook:\n');
    printException(err);
    write('\nOriginal exception was:\n');
    printException(exc);
    Py_DECREF(err);
  } finally {
    Py_DECREF(hook);
  }
}

/** sys.modules with the builtin modules (sys, builtins); installs __import__. CPython: pycore_interp_init */
function initModules(interp: Interpreter, host: Host, opts: RunOptions, builtins: PyObject, printException: (exc: PyObject) => void): PyObject {
  const modules = PyDict_New(interp);
  interp.modules = modules;
  const environ = opts.useEnvironment === false ? null : host.environ?.() ?? null;
  const sys = createSysModule(interp, host, opts.sysPath, modules, {
    config: { ...opts.sys, environ },
    excepthook: (exc) => printException(exc),
  });
  PyDict_SetItem(interp, modules, internedStr(interp, 'sys'), sys);
  interp.sysDict = Py_NewRef(sys.ob_dict!);
  Py_DECREF(sys);
  const warnoptions = opts.sys?.warnoptions ?? [];
  const enc = new TextEncoder();
  const warnings = createWarningsModule(interp, warnoptions, {
    write: (s) => writeStderr(interp, s, (t) => host.stderr.write(enc.encode(t))),
    sourceLine: (filename, lineno) => readSourceLine(host, filename, lineno, opts.sysPath),
  });
  PyDict_SetItem(interp, modules, internedStr(interp, '_warnings'), warnings);
  Py_DECREF(warnings);
  const io = createIoModule(interp);
  PyDict_SetItem(interp, modules, internedStr(interp, '_io'), io);
  PyDict_SetItem(interp, builtins, internedStr(interp, 'open'), PyDict_GetItem(interp, io.ob_dict!, internedStr(interp, 'open'))!);
  Py_DECREF(io);
  const bmod = PyModule_New(interp, internedStr(interp, 'builtins'), true);
  // The builtins module's namespace is the interpreter's builtins dict.
  Py_DECREF(bmod.ob_dict!);
  bmod.ob_dict = Py_NewRef(builtins);
  setBuiltinSpec(interp, bmod);
  setBuiltinSpec(interp, sys);
  PyDict_SetItem(interp, modules, internedStr(interp, 'builtins'), bmod);
  Py_DECREF(bmod);
  const imp = PyCFunction_New(interp, '__import__', builtinImport, null);
  PyDict_SetItem(interp, builtins, internedStr(interp, '__import__'), imp);
  interp.importFunc = imp;
  Py_DECREF(imp);
  return modules;
}


/** __import__(name, globals=None, locals=None, fromlist=(), level=0). CPython: builtin___import___impl */
const builtinImport: BuiltinImpl = (interp, _self, args, kwnames) => {
  const kw = kwnames === null ? [] : (kwnames.body as PyObject[]);
  const npos = args.length - kw.length;
  const vals: (PyObject | undefined)[] = args.slice(0, npos);
  const names = ['name', 'globals', 'locals', 'fromlist', 'level'];
  kw.forEach((k, i) => {
    const at = names.indexOf(strOf(interp, k));
    if (at < 0) PyErr_SetString(interp, 'TypeError', `__import__() got an unexpected keyword argument '${strOf(interp, k)}'`);
    vals[at] = args[npos + i];
  });
  if (npos > 5) PyErr_SetString(interp, 'TypeError', `__import__() takes at most 5 arguments (${npos} given)`);
  const name = vals[0];
  if (name === undefined) PyErr_SetString(interp, 'TypeError', "__import__() missing required argument 'name' (pos 1)");
  if (!name.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `__import__() argument 1 must be str, not ${name.ob_type.tp_name}`);
  const globals = vals[1] !== undefined && vals[1] !== interp.singletons.None ? vals[1] : null;
  const level = vals[4] === undefined ? 0 : Number(longValue(vals[4]));
  return importModuleLevel(interp, strOf(interp, name), globals, vals[3] ?? interp.singletons.emptyTuple, level);
};

/**
 * The exit status of an uncaught SystemExit: its code None is 0, an int is the status (as C's
 * (int) cast and exit() take it), anything else is printed to stderr and gives 1.
 * CPython: _Py_HandleSystemExit
 */
function handleSystemExit(interp: Interpreter, exc: PyObject, write: (s: string) => void): number {
  const code = excField(exc, 'code') ?? interp.singletons.None;
  if (code === interp.singletons.None) return 0;
  if (code.ob_type.isSubtypeOf(interp.types.int)) {
    const v = BigInt(longValue(code));
    if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) {
      // PyLong_AsLong fails: -1, and the OverflowError is reported without a traceback.
      write('OverflowError: Python int too large to convert to C long\n');
      return 255;
    }
    return Number(BigInt.asUintN(8, v));
  }
  write(strOf(interp, code) + '\n');
  return 1;
}


/** repr(obj), or "<object repr() failed>" when it raises. CPython: write_unraisable_exc_file */
function objectReprOrFailed(interp: Interpreter, obj: PyObject): string {
  try {
    return reprText(interp, obj);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
    return '<object repr() failed>';
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
    // A traceback made by TracebackType() shows its own line; the columns only when they are that line's.
    const lineno = b.given?.lineno ?? pos.line[i] ?? -1;
    const own = pos.line[i] === lineno;
    frames.push({
      filename: desc.co_filename,
      name: desc.co_name,
      lineno,
      startLineno: n(lineno),
      endLineno: own ? n(pos.endLine[i]!) : null,
      colno: own ? n(pos.col[i]!) : null,
      endColno: own ? n(pos.endCol[i]!) : null,
      line: lineno < 0 ? null : readSourceLine(host, desc.co_filename, lineno, opts.sysPath),
    });
  }
  return frames;
}

// CPython: offer_suggestions_for_name_error — reads the innermost traceback entry's frame.
function nameErrorSuggestion(interp: Interpreter, exc: PyObject): string | null {
  if (!exc.ob_type.isSubtypeOf(interp.types.exceptions.get('NameError')!)) return null;
  const name = excField(exc, 'name');
  if (name === null || name.ob_type !== interp.types.str) return null;
  let tb = (exc as PyBaseExceptionObject).body.traceback;
  if (tb === null) return null;
  while ((tb as PyTracebackObject).body.next !== null) tb = (tb as PyTracebackObject).body.next!;
  const t = (tb as PyTracebackObject).body;
  const desc = (t.code as PyCodeObject).body.desc;
  const varnames = desc.co_localsplusnames.filter((_, i) => (desc.co_localspluskinds[i]! & CO_FAST_LOCAL) !== 0);
  return nameErrorSuffix(text(name), {
    varnames,
    globals: dictKeys(t.globals).map(text),
    builtins: dictKeys(t.builtins).map(text),
    self: 'unbound',
  });
}

/**
 * What the display reads from an exception and the exceptions it links to (__cause__,
 * __context__, a group's members), one report per object so that shared nodes and cycles
 * stay what they are.
 */
export function exceptionReport(interp: Interpreter, exc: PyObject, host: Host, opts: RunOptions,
  seen = new Map<PyObject, ExceptionReport>()): ExceptionReport {
  const known = seen.get(exc);
  if (known !== undefined) return known;
  const b = (exc as PyBaseExceptionObject).body;
  const isGroup = fieldsOwner(exc.ob_type) === 'BaseExceptionGroup';
  const report: { -readonly [K in keyof ExceptionReport]: ExceptionReport[K] } = {
    typeName: typeDisplayName(interp, exc.ob_type),
    str: strOrNull(interp, exc),
    frames: tracebackFrames(exc, host, opts),
    suggestion: nameErrorSuggestion(interp, exc) ?? attributeErrorSuggestion(interp, exc),
    syntaxError: syntaxErrorFields(interp, exc),
    notes: exceptionNotes(interp, exc),
    suppressContext: b.suppressContext,
  };
  seen.set(exc, report);
  const link = (o: PyObject | null) => (o === null ? null : exceptionReport(interp, o, host, opts, seen));
  report.cause = link(b.cause);
  report.context = link(b.context);
  if (isGroup) report.exceptions = (excField(exc, 'excs') as PyTupleObject).body.map((e) => link(e)!);
  return report;
}

/** An attribute of `o` as a JS string, or null when it is missing, not a str, or raised. */
function strAttr(interp: Interpreter, o: PyObject, name: string): string | null {
  let v: PyObject;
  try {
    v = PyObject_GetAttr(interp, o, internedStr(interp, name));
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
    return null;
  }
  const r = v.ob_type.isSubtypeOf(interp.types.str) ? text(v) : null;
  Py_DECREF(v);
  return r;
}

/** The exception's type as the display names it: module.qualname, bare for builtins and __main__. CPython: print_exception_message */
function typeDisplayName(interp: Interpreter, type: PyObject): string {
  return exceptionTypeDisplayName(strAttr(interp, type, '__module__'), strAttr(interp, type, '__qualname__'));
}

/**
 * ". Did you mean: 'x'?" for an AttributeError whose name is close to an entry of dir(obj).
 * CPython: offer_suggestions_for_attribute_error (PyObject_Dir: obj's __dir__, sorted)
 */
function attributeErrorSuggestion(interp: Interpreter, exc: PyObject): string | null {
  if (!exc.ob_type.isSubtypeOf(interp.types.exceptions.get('AttributeError')!)) return null;
  const name = excField(exc, 'name');
  const obj = excField(exc, 'obj');
  if (name === null || obj === null || name.ob_type !== interp.types.str) return null;
  let entries: string[];
  try {
    entries = dirNames(interp, obj);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
    return null;
  }
  entries.sort(compareCodePoints);
  return attributeErrorSuffix(text(name), entries);
}

/**
 * dir(obj)'s names: a class's own __dir__ when it has one, else object.__dir__'s merge of the
 * instance dict and the dicts along the MRO (type.__dir__'s for a class).
 * CPython: PyObject_Dir, object___dir___impl, type___dir___impl (merge_class_dict)
 */
function dirNames(interp: Interpreter, obj: PyObject): string[] {
  const names = new Set<string>();
  const addKeys = (d: PyObject | null) => {
    if (d === null) return;
    for (const k of dictKeys(d)) if (k.ob_type.isSubtypeOf(interp.types.str)) names.add(text(k));
  };
  const custom = _PyType_Lookup(interp, obj.ob_type, internedStr(interp, '__dir__'));
  if (custom !== null) {
    const dir = callMethod(interp, obj, '__dir__', []);
    try {
      const it = PyObject_GetIter(interp, dir);
      try {
        for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) {
          if (v.ob_type.isSubtypeOf(interp.types.str)) names.add(text(v));
          Py_DECREF(v);
        }
      } finally {
        Py_DECREF(it);
      }
    } finally {
      Py_DECREF(dir);
    }
    return [...names];
  }
  const type = obj instanceof PyTypeObject ? obj : obj.ob_type;
  if (!(obj instanceof PyTypeObject)) addKeys(obj.ob_dict);
  const mro = type.tp_mro === null ? [type] : (type.tp_mro as PyTupleObject).body as PyTypeObject[];
  for (const t of mro) addKeys(t.tp_dict);
  return [...names];
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** str(exc), or null when str() raised (the error is dropped, as PyErr_Clear does). */
function strOrNull(interp: Interpreter, exc: PyObject): string | null {
  try {
    return strOf(interp, exc);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
    return null;
  }
}

/** __notes__ as the display shows it: a list or tuple's items by str(), anything else by repr(). */
function exceptionNotes(interp: Interpreter, exc: PyObject): ExceptionNotes | null {
  const dict = exc.ob_dict;
  const notes = dict === null ? null : PyDict_GetItem(interp, dict, internedStr(interp, '__notes__'));
  if (notes === null) return null;
  const items = sequenceItems(interp, notes);
  if (items === null) return { repr: reprText(interp, notes) };
  return { items: items.map((n) => strOrNull(interp, n)) };
}

/** The items of a list or tuple (the sequences that exist), else null. */
function sequenceItems(interp: Interpreter, o: PyObject): readonly PyObject[] | null {
  const t = o.ob_type;
  if (t.isSubtypeOf(interp.types.tuple) || t.tp_name === 'list') return o.body as PyObject[];
  return null;
}
