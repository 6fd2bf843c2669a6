// The _signal module: Linux's signal numbers and the table of Python-level handlers. Glasspy
// receives no operating system signals, so a handler runs only through raise_signal(); alarm()
// schedules nothing (it returns 0, as with no alarm pending) and pause() returns at once.
// CPython: Modules/signalmodule.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, cIntArg, noKeywords, oneArg } from '../objects/args.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_RichCompareBool, Py_EQ } from '../objects/objectops.ts';
import { make_new_set, PySet_Add } from '../objects/setobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { getFrameObject } from '../vm/frameobject.ts';
import { moduleState, newExceptionType } from './modsupport.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

const NSIG = 65;

const SIGNALS: readonly [string, number][] = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6], ['SIGBUS', 7], ['SIGFPE', 8],
  ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13], ['SIGALRM', 14], ['SIGTERM', 15], ['SIGSTKFLT', 16],
  ['SIGCHLD', 17], ['SIGCLD', 17], ['SIGCONT', 18], ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23],
  ['SIGXCPU', 24], ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29], ['SIGPWR', 30],
  ['SIGSYS', 31], ['SIGRTMIN', 34], ['SIGRTMAX', 64],
];

const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
  8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
  13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
  20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
  25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
  30: 'Power failure', 31: 'Bad system call',
};

/** Signal numbers the C library keeps for itself (glibc's threads), which have no valid handler. */
function reserved(sig: number): boolean {
  return sig === 32 || sig === 33;
}

/** The handler table (new references, null where CPython's is NULL), per interpreter. CPython: signal_state_t.handlers */
const tables = new PerInterpreter<(PyObject | null)[]>();

function handlers(interp: Interpreter): (PyObject | null)[] {
  const t = tables.get(interp);
  if (t === undefined) PyErr_SetString(interp, 'SystemError', 'the signal module is not initialized');
  return t;
}

/** Releases the handlers (interpreter finalization). CPython: _PySignal_Fini */
export function finalizeSignals(interp: Interpreter): void {
  const t = tables.get(interp);
  tables.delete(interp);
  if (t !== undefined) for (const h of t) Py_XDECREF(h);
}

function signalNumber(interp: Interpreter, o: PyObject): number {
  const n = cIntArg(interp, o);
  if (n < 1 || n >= NSIG) PyErr_SetString(interp, 'ValueError', 'signal number out of range');
  return n;
}

function oserror(interp: Interpreter, errno: number, msg: string): never {
  const args = [PyLong_FromNumber(interp, errno), PyUnicode_FromString(interp, msg)];
  try {
    return PyErr_SetObject(interp, PyObject_Vectorcall(interp, excType(interp, 'OSError'), args, null));
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

function isInt(interp: Interpreter, o: PyObject, v: number): boolean {
  if (!PyLong_Check(o)) return false;
  const n = PyLong_FromNumber(interp, v);
  try {
    return PyObject_RichCompareBool(interp, o, n, Py_EQ);
  } finally {
    Py_DECREF(n);
  }
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: signal_default_int_handler_impl
  ['default_int_handler', (interp) => PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyboardInterrupt'), []))],
  // CPython: signal_signal_impl
  ['signal', (interp, _s, args, kw) => {
    noKeywords(interp, 'signal', kw);
    checkPositional(interp, 'signal', args.length, 2, 2);
    const sig = signalNumber(interp, args[0]!);
    const handler = args[1]!;
    const ign = isInt(interp, handler, 1);
    const dfl = isInt(interp, handler, 0);
    if (!ign && !dfl && handler.ob_type.tp_call === null) {
      PyErr_SetString(interp, 'TypeError', 'signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
    }
    if (sig === 9 || sig === 19 || reserved(sig)) oserror(interp, 22, 'Invalid argument');
    const t = handlers(interp);
    const old = t[sig] ?? null;
    t[sig] = Py_NewRef(handler);
    return old ?? interp.singletons.None;
  }],
  // CPython: signal_getsignal_impl
  ['getsignal', (interp, _s, args, kw) => {
    const sig = signalNumber(interp, oneArg(interp, 'getsignal', args, kw));
    return Py_NewRef(handlers(interp)[sig] ?? interp.singletons.None);
  }],
  // CPython: signal_raise_signal_impl — the handler runs at once, as CPython runs it before raise_signal returns.
  ['raise_signal', (interp, _s, args, kw) => {
    const sig = signalNumber(interp, oneArg(interp, 'raise_signal', args, kw));
    if (reserved(sig)) oserror(interp, 22, 'Invalid argument');
    const h = handlers(interp)[sig] ?? null;
    if (h === null || isInt(interp, h, 1)) return interp.singletons.None;
    if (isInt(interp, h, 0)) PyErr_SetString(interp, 'SystemError', `Glasspy cannot take the default action of signal ${sig}`);
    const num = PyLong_FromNumber(interp, sig);
    const f = interp.tstate.frame;
    const frame = f === null ? Py_NewRef(interp.singletons.None) : Py_NewRef(getFrameObject(interp, f));
    try {
      Py_DECREF(PyObject_Vectorcall(interp, h, [num, frame], null));
    } finally {
      Py_DECREF(num);
      Py_DECREF(frame);
    }
    return interp.singletons.None;
  }],
  // CPython: signal_strsignal_impl
  ['strsignal', (interp, _s, args, kw) => {
    const sig = signalNumber(interp, oneArg(interp, 'strsignal', args, kw));
    const d = DESCRIPTIONS[sig] ?? (sig >= 34 ? `Real-time signal ${sig - 34}` : undefined);
    return d === undefined ? interp.singletons.None : PyUnicode_FromString(interp, d);
  }],
  // CPython: signal_valid_signals_impl
  ['valid_signals', (interp, _s, args, kw) => {
    noKeywords(interp, 'valid_signals', kw);
    checkPositional(interp, 'valid_signals', args.length, 0, 0);
    const s = make_new_set(interp, interp.types.set, null);
    for (let i = 1; i < NSIG; i++) {
      if (reserved(i)) continue;
      const n = PyLong_FromNumber(interp, i);
      PySet_Add(interp, s, n);
      Py_DECREF(n);
    }
    return s;
  }],
  // CPython: signal_alarm_impl (no alarm is ever pending)
  ['alarm', (interp, _s, args, kw) => {
    cIntArg(interp, oneArg(interp, 'alarm', args, kw));
    return PyLong_FromNumber(interp, 0);
  }],
  // CPython: signal_pause_impl (no signal can arrive)
  ['pause', (interp, _s, args, kw) => {
    noKeywords(interp, 'pause', kw);
    checkPositional(interp, 'pause', args.length, 0, 0);
    return interp.singletons.None;
  }],
];

// Made once per interpreter, as the module's types are.
const itimerError = moduleState((interp) => newExceptionType(interp, 'signal.itimer_error', excType(interp, 'OSError')));

export function createSignalModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_signal'), true);
  let intHandler: PyObject | null = null;
  for (const [name, impl] of FUNCTIONS) {
    const f = PyCFunction_New(interp, name, impl, Py_NewRef(m));
    if (name === 'default_int_handler') intHandler = f;
    moduleAdd(interp, m, name, f);
  }
  const ints: [string, number][] = [['NSIG', NSIG], ['SIG_DFL', 0], ['SIG_IGN', 1], ['SIG_BLOCK', 0], ['SIG_UNBLOCK', 1], ['SIG_SETMASK', 2],
    ['ITIMER_REAL', 0], ['ITIMER_VIRTUAL', 1], ['ITIMER_PROF', 2], ...SIGNALS];
  for (const [name, v] of ints) moduleAdd(interp, m, name, PyLong_FromNumber(interp, v));
  moduleAdd(interp, m, 'ItimerError', Py_NewRef(itimerError(interp)));
  if (!tables.has(interp)) {
    // At startup SIGINT raises KeyboardInterrupt and SIGPIPE and SIGXFSZ are ignored; glibc's own signals have no handler.
    const t: (PyObject | null)[] = [];
    for (let i = 0; i < NSIG; i++) t.push(i === 0 || reserved(i) ? null : PyLong_FromNumber(interp, i === 13 || i === 25 ? 1 : 0));
    Py_DECREF(t[2]!);
    t[2] = Py_NewRef(intHandler!);
    tables.set(interp, t);
  }
  return m;
}
