// The sys module: the interpreter's own state seen from Python (what exists so far: argv, path,
// modules, recursion limit, tracing and profiling, reference counts, interning, exit).
// CPython: Python/sysmodule.c (sys_settrace, sys_setprofile, sys_getrecursionlimit,
// sys_setrecursionlimit_impl, sys_getrefcount_impl, sys_intern_impl, sys__getframe_impl,
// sys_exit_impl, _PySys_InitCore).
import type { Interpreter } from '../runtime/interpreter.ts';
import type { Host } from '../host/host.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { excType, newException, PyErr_SetString } from '../objects/exceptions.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_REFCNT, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { internInPlace, PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { getFrameObject } from '../vm/frameobject.ts';
import { importModuleLevel } from '../vm/ceval_import.ts';
import { PyErr_WarnEx } from './warningsmodule.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { PYTHON_VERSION } from '../cli/version.ts';

/** sys.version (CPython: Py_GetVersion()), also the interactive banner's first words. */
export const SYS_VERSION = `${PYTHON_VERSION} (main, Glasspy) [JavaScript]`;

/** sys.copyright: CPython 3.12.1's text (Python/getcopyright.c). */
const COPYRIGHT = `Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved.

Copyright (c) 2000 BeOpen.com.
All Rights Reserved.

Copyright (c) 1995-2001 Corporation for National Research Initiatives.
All Rights Reserved.

Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
All Rights Reserved.`;

/** sys.platform on `host`. */
export function sysPlatform(host: Host): string {
  return host.platform === 'win32' ? 'win32' : host.platform === 'darwin' ? 'darwin' : 'linux';
}

function oneArg(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(interp, name, kwnames);
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function noArgs(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): void {
  noKeywords(interp, name, kwnames);
  if (args.length !== 0) PyErr_SetString(interp, 'TypeError', `${name}() takes no arguments (${args.length} given)`);
}

/** Sets the thread's trace or profile function (None clears it). CPython: _PyEval_SetTrace / _PyEval_SetProfile */
function setHook(interp: Interpreter, which: 'tracefunc' | 'profilefunc', f: PyObject): void {
  const ts = interp.tstate;
  const old = ts[which];
  ts[which] = f === interp.singletons.None ? null : Py_NewRef(f);
  Py_XDECREF(old);
  ts.updateTracing();
}

function intArg(interp: Interpreter, o: PyObject): number | bigint {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return longValue(o);
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['settrace', (interp, _s, args, kw) => {
    setHook(interp, 'tracefunc', oneArg(interp, 'sys.settrace', args, kw));
    return interp.singletons.None;
  }],
  ['gettrace', (interp, _s, args, kw) => {
    noArgs(interp, 'sys.gettrace', args, kw);
    return Py_NewRef(interp.tstate.tracefunc ?? interp.singletons.None);
  }],
  ['setprofile', (interp, _s, args, kw) => {
    setHook(interp, 'profilefunc', oneArg(interp, 'sys.setprofile', args, kw));
    return interp.singletons.None;
  }],
  ['getprofile', (interp, _s, args, kw) => {
    noArgs(interp, 'sys.getprofile', args, kw);
    return Py_NewRef(interp.tstate.profilefunc ?? interp.singletons.None);
  }],
  ['getrecursionlimit', (interp, _s, args, kw) => {
    noArgs(interp, 'sys.getrecursionlimit', args, kw);
    return PyLong_FromNumber(interp, interp.tstate.recursionLimit);
  }],
  ['setrecursionlimit', (interp, _s, args, kw) => {
    const v = intArg(interp, oneArg(interp, 'sys.setrecursionlimit', args, kw));
    if (v < 1) PyErr_SetString(interp, 'ValueError', 'recursion limit must be greater or equal than 1');
    if (typeof v === 'bigint' || v > 0x7fffffff) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
    const depth = interp.tstate.pyDepth;
    if (v <= depth) {
      PyErr_SetString(interp, 'RecursionError', `cannot set the recursion limit to ${v} at the recursion depth ${depth}: the limit is too low`);
    }
    interp.tstate.recursionLimit = v;
    return interp.singletons.None;
  }],
  ['getrefcount', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'sys.getrefcount', args, kw);
    return PyLong_FromNumber(interp, Py_REFCNT(o));
  }],
  ['intern', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'sys.intern', args, kw);
    if (o.ob_type !== interp.types.str) PyErr_SetString(interp, 'TypeError', `intern() argument must be str, not ${o.ob_type.tp_name}`);
    Py_NewRef(o);
    return internInPlace(interp, o);
  }],
  ['_getframe', (interp, _s, args, kw) => {
    noKeywords(interp, '_getframe', kw);
    checkPositional(interp, '_getframe', args.length, 0, 1);
    let depth = args.length === 0 ? 0 : intArg(interp, args[0]!);
    let f = interp.tstate.frame;
    while (f !== null && depth > 0) {
      f = f.previous;
      depth = typeof depth === 'bigint' ? depth - 1n : depth - 1;
    }
    if (f === null) PyErr_SetString(interp, 'ValueError', 'call stack is not deep enough');
    return Py_NewRef(getFrameObject(interp, f));
  }],
  ['displayhook', (interp, _s, args, kw) => {
    interp.displayHook(oneArg(interp, 'sys.displayhook', args, kw));
    return interp.singletons.None;
  }],
  ['exit', (interp, _s, args, kw) => {
    noKeywords(interp, 'exit', kw);
    checkPositional(interp, 'exit', args.length, 0, 1);
    const exc = newException(interp, excType(interp, 'SystemExit'), args.map((a) => Py_NewRef(a)));
    throw exc;
  }],
];

/**
 * The default sys.breakpointhook: the callable $PYTHONBREAKPOINT names (pdb.set_trace when
 * unset) called with breakpoint()'s arguments; "0" disables it; a name that cannot be imported
 * is reported with a RuntimeWarning and ignored (so is pdb until the standard library can be
 * imported). `environ` is null under -E. CPython: sys_breakpointhook
 */
function makeBreakpointHook(environ: ReadonlyMap<string, string> | null): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    let env = environ?.get('PYTHONBREAKPOINT') ?? '';
    if (env === '') env = 'pdb.set_trace';
    else if (env === '0') return interp.singletons.None;
    const dot = env.lastIndexOf('.');
    const warn = (): PyObject => {
      PyErr_WarnEx(interp, 'RuntimeWarning', `Ignoring unimportable $PYTHONBREAKPOINT: "${env}"`, 0);
      return interp.singletons.None;
    };
    if (dot === 0) return warn();
    const modulepath = dot < 0 ? 'builtins' : env.slice(0, dot);
    const attrname = dot < 0 ? env : env.slice(dot + 1);
    let module: PyObject;
    try {
      importModuleLevel(interp, modulepath, null, interp.singletons.emptyTuple, 0);
      module = Py_NewRef(PyDict_GetItem(interp, interp.modules, PyUnicode_FromString(interp, modulepath))!);
    } catch (e) {
      if (!isExc(interp, e, 'ImportError')) throw e;
      Py_DECREF(e as PyObject);
      return warn();
    }
    let hook: PyObject;
    try {
      hook = PyObject_GetAttr(interp, module, PyUnicode_FromString(interp, attrname));
    } catch (e) {
      if (!isExc(interp, e, 'AttributeError')) throw e;
      Py_DECREF(e as PyObject);
      return warn();
    } finally {
      Py_DECREF(module);
    }
    try {
      return PyObject_Vectorcall(interp, hook, args, kwnames);
    } finally {
      Py_DECREF(hook);
    }
  };
}

function isExc(interp: Interpreter, e: unknown, name: string): boolean {
  const t = (e as PyObject).ob_type as PyTypeObject | undefined;
  return t !== undefined && t.isSubtypeOf(excType(interp, name));
}

/** The sys module of `interp`; `modules` becomes sys.modules. CPython: _PySys_Create */
export function createSysModule(interp: Interpreter, host: Host, sysPath: readonly string[], modules: PyObject,
  environ: ReadonlyMap<string, string> | null = null): PyObject {
  const sys = PyModule_New(interp, internedStr(interp, 'sys'), true);
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, sys, name, PyCFunction_New(interp, name, impl, Py_NewRef(sys)));
  const hook = PyCFunction_New(interp, 'breakpointhook', makeBreakpointHook(environ), Py_NewRef(sys));
  moduleAdd(interp, sys, 'breakpointhook', Py_NewRef(hook));
  moduleAdd(interp, sys, '__breakpointhook__', hook);
  // The original hooks, kept for restoring them.
  moduleAdd(interp, sys, '__displayhook__', Py_NewRef(PyDict_GetItem(interp, sys.ob_dict!, internedStr(interp, 'displayhook'))!));
  const strList = (xs: readonly string[]) => _PyList_FromArraySteal(interp, xs.map((x) => PyUnicode_FromString(interp, x)));
  // An embedding host without a command line gives [''] as CPython's PySys_SetArgv does.
  const argv = host.argv ?? [''];
  moduleAdd(interp, sys, 'argv', strList(argv));
  moduleAdd(interp, sys, 'orig_argv', strList(['python3', ...argv]));
  moduleAdd(interp, sys, 'path', strList(sysPath));
  moduleAdd(interp, sys, 'modules', Py_NewRef(modules));
  moduleAdd(interp, sys, 'maxsize', PyLong_FromBigInt(interp, 2n ** 63n - 1n));
  moduleAdd(interp, sys, 'byteorder', PyUnicode_FromString(interp, 'little'));
  moduleAdd(interp, sys, 'platform', PyUnicode_FromString(interp, sysPlatform(host)));
  const [major, minor, micro] = PYTHON_VERSION.split('.').map(Number) as [number, number, number];
  moduleAdd(interp, sys, 'version', PyUnicode_FromString(interp, SYS_VERSION));
  moduleAdd(interp, sys, 'copyright', PyUnicode_FromString(interp, COPYRIGHT));
  moduleAdd(interp, sys, 'hexversion', PyLong_FromNumber(interp, (major << 24) | (minor << 16) | (micro << 8) | 0xf0));
  moduleAdd(interp, sys, 'version_info', tupleFromItemsSteal(interp, [
    PyLong_FromNumber(interp, major), PyLong_FromNumber(interp, minor), PyLong_FromNumber(interp, micro), PyUnicode_FromString(interp, 'final'), PyLong_FromNumber(interp, 0),
  ]));
  moduleAdd(interp, sys, 'builtin_module_names', tupleFromItemsSteal(interp, ['_io', '_warnings', 'builtins', 'sys'].map((n) => PyUnicode_FromString(interp, n))));
  return sys;
}
