// The sys module: the interpreter's own state seen from Python (argv, path, modules, the
// recursion limit, tracing and profiling, reference counts, interning, exit, the handled
// exception, sizes, hooks) and what it reports about itself (sysmodule_info.ts).
// CPython: Python/sysmodule.c (sys_settrace, sys_setprofile, sys_getrecursionlimit,
// sys_setrecursionlimit_impl, sys_getrefcount_impl, sys_intern_impl, sys__getframe_impl,
// sys_exit_impl, sys_exc_info_impl, sys_exception_impl, sys_getsizeof, sys_displayhook,
// sys_excepthook_impl, _PySys_InitCore, _PySys_UpdateConfig).
import { withArgsTuple } from '../objects/call_args.ts';
import { printone } from '../memory/obmalloc.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import type { Host } from '../host/host.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { indexValueOf } from '../objects/abstract.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { MAX_STR_DIGITS_THRESHOLD } from '../objects/numeric/int_str.ts';
import { internedStr } from '../objects/codeobject.ts';
import { _PyErr_GetTopmostException, excType, newException, PyErr_SetString, type PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyObject_GetAttr, PyObject_LookupSpecial } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { make_new_set } from '../objects/setobject.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { STDLIB_MODULE_NAMES } from '../runtime/stdlib_module_names.gen.ts';
import { BUILTIN_MODULE_NAMES } from '../runtime/inittab.ts';
import { HEXVERSION, makeFlags, makeFloatInfo, makeHashInfo, makeImplementation, makeIntInfo, makeThreadInfo, makeVersionInfo, type SysFlags } from './sysmodule_info.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_REFCNT, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { internInPlace, PyUnicode_FromString, PyUnicode_New } from '../objects/unicodeobject.ts';
import { getFrameObject } from '../vm/frameobject.ts';
import { importModuleLevel } from '../vm/ceval_import.ts';
import { PyErr_WarnEx } from './warningsmodule.ts';
import { unraisableHookDefault } from '../runtime/unraisable.ts';
import { AUDIT_FUNCTIONS } from './sysaudit.ts';
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
  // CPython: sys_getallocatedblocks_impl — the object allocator's blocks in use (pymalloc's and the raw fallback's)
  // CPython: sys__debugmallocstats_impl — pymalloc's state, then the free lists, on the C stderr.
  ['_debugmallocstats', (interp, _s, args, kw) => {
    noArgs(interp, 'sys._debugmallocstats', args, kw);
    interp.host?.stderr.write(new TextEncoder().encode(`${interp.obmalloc.debugMallocStats()}\n${freeListStats(interp)}`));
    return Py_NewRef(interp.singletons.None);
  }],
  ['getallocatedblocks', (interp, _s, args, kw) => {
    noArgs(interp, 'sys.getallocatedblocks', args, kw);
    return PyLong_FromNumber(interp, interp.obmalloc.allocatedBlocks);
  }],
  ['intern', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'sys.intern', args, kw);
    // CPython: sys_intern (_PyArg_BadArgument names None as such), then sys_intern_impl
    if (!o.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', `intern() argument must be str, not ${o === interp.singletons.None ? 'None' : o.ob_type.tp_name}`);
    }
    if (o.ob_type !== interp.types.str) PyErr_SetString(interp, 'TypeError', `can't intern ${o.ob_type.tp_name}`);
    return internInPlace(interp, Py_NewRef(o));
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
  ['exc_info', (interp, _s, args, kw) => {
    noArgs(interp, 'exc_info', args, kw);
    const exc = _PyErr_GetTopmostException(interp.tstate).excValue;
    const None = interp.singletons.None;
    if (exc === null || exc === None) return tupleFromItemsSteal(interp, [Py_NewRef(None), Py_NewRef(None), Py_NewRef(None)]);
    const tb = (exc as PyBaseExceptionObject).body.traceback ?? None;
    return tupleFromItemsSteal(interp, [Py_NewRef(exc.ob_type), Py_NewRef(exc), Py_NewRef(tb)]);
  }],
  ['exception', (interp, _s, args, kw) => {
    noArgs(interp, 'exception', args, kw);
    return Py_NewRef(_PyErr_GetTopmostException(interp.tstate).excValue ?? interp.singletons.None);
  }],
  // METH_VARARGS | METH_KEYWORDS
  ['getsizeof', withArgsTuple(getsizeof)],
  ['getdefaultencoding', constant('getdefaultencoding', 'utf-8')],
  ['getfilesystemencoding', constant('getfilesystemencoding', 'utf-8')],
  ['getfilesystemencodeerrors', constant('getfilesystemencodeerrors', 'surrogateescape')],
  ['is_finalizing', (interp, _s, args, kw) => {
    noArgs(interp, 'is_finalizing', args, kw);
    return Py_NewRef(interp.singletons.False);
  }],
  ['getswitchinterval', (interp, _s, args, kw) => {
    noArgs(interp, 'getswitchinterval', args, kw);
    return PyFloat_FromDouble(interp, 0.005);
  }],
  ['get_int_max_str_digits', (interp, _s, args, kw) => {
    noArgs(interp, 'get_int_max_str_digits', args, kw);
    return PyLong_FromNumber(interp, interp.intMaxStrDigits);
  }],
  // CPython: sys_set_int_max_str_digits_impl (sys.flags keeps the start-up value)
  ['set_int_max_str_digits', (interp, _s, args, kw) => {
    const [v] = unpackKeywords(interp, 'set_int_max_str_digits', ['maxdigits'], 0, 1, 1, args, kw);
    const big = indexValueOf(interp, v!);
    if (big > 0x7fffffff || big < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
    const n = Number(big);
    if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD) PyErr_SetString(interp, 'ValueError', `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
    interp.intMaxStrDigits = n;
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

/** A function of no arguments returning a constant str. */
function constant(name: string, value: string): BuiltinImpl {
  return (interp, _s, args, kw) => {
    noArgs(interp, name, args, kw);
    return PyUnicode_FromString(interp, value);
  };
}

/** sys.getsizeof(object[, default]). CPython: sys_getsizeof, _PySys_GetSizeOf */
function getsizeof(interp: Interpreter, _s: PyObject | null, args: readonly PyObject[], kw: PyObject | null): PyObject {
  // PyArg_ParseTupleAndKeywords ("O|O:getsizeof"): the count, each parameter in order, then
  // the keywords left over. CPython: vgetargskeywords
  const kwn = kw === null ? [] : (kw.body as PyObject[]).map(unicodeTextOf);
  const npos = args.length - kwn.length;
  if (args.length > 2) {
    PyErr_SetString(interp, 'TypeError', `getsizeof() takes at most 2 ${npos === 0 ? 'keyword ' : ''}arguments (${args.length} given)`);
  }
  const params = ['object', 'default'];
  const [obj, dflt] = params.map((name, i) => {
    const k = kwn.indexOf(name);
    if (i < npos) {
      if (k >= 0) PyErr_SetString(interp, 'TypeError', `argument for getsizeof() given by name ('${name}') and position (${i + 1})`);
      return args[i];
    }
    return k >= 0 ? args[npos + k] : undefined;
  });
  if (obj === undefined) PyErr_SetString(interp, 'TypeError', "getsizeof() missing required argument 'object' (pos 1)");
  const unknown = kwn.find((n) => !params.includes(n));
  if (unknown !== undefined) PyErr_SetString(interp, 'TypeError', `'${unknown}' is an invalid keyword argument for getsizeof()`);
  try {
    return PyLong_FromNumber(interp, sizeOf(interp, obj));
  } catch (e) {
    if (dflt !== undefined && (e as PyObject).ob_type?.isSubtypeOf(excType(interp, 'TypeError'))) {
      Py_DECREF(e as PyObject);
      return Py_NewRef(dflt);
    }
    throw e;
  }
}

function sizeOf(interp: Interpreter, o: PyObject): number {
  const method = PyObject_LookupSpecial(interp, o, internedStr(interp, '__sizeof__'));
  if (method === null) PyErr_SetString(interp, 'TypeError', `Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
  let res: PyObject;
  try {
    res = PyObject_Vectorcall(interp, method, [], null);
  } finally {
    Py_DECREF(method);
  }
  let size: number | bigint;
  try {
    // CPython: PyLong_AsSsize_t (no __index__)
    if (!PyLong_Check(res)) PyErr_SetString(interp, 'TypeError', 'an integer is required');
    size = longValue(res);
  } finally {
    Py_DECREF(res);
  }
  if (typeof size === 'bigint') PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  if (size < 0) PyErr_SetString(interp, 'ValueError', '__sizeof__() should return >= 0');
  // The pre-header: the GC head, the managed dict and weakref pointers (3.12.1 adds it for
  // static types too, as their type, `type`, has a GC head).
  return size + o.ob_type.tp_preheader;
}

function unicodeTextOf(o: PyObject): string {
  return o.body as string;
}

/** What the command line sets in sys (the CLI fills it; embedders may leave it out). */
export interface SysConfig {
  readonly executable?: string;
  readonly origArgv?: readonly string[];
  readonly warnoptions?: readonly string[];
  readonly xoptions?: readonly string[];
  readonly flags?: SysFlags;
  /** sys.prefix and friends: where the interpreter is installed. */
  readonly prefix?: string;
  /** sys._stdlib_dir: the standard library's directory (the frozen importlib's sources are there). */
  readonly stdlibDir?: string;
  /** The environment the PYTHON* variables are read from (sys.breakpointhook's); null under -E. */
  readonly environ?: ReadonlyMap<string, string> | null;
}

export interface SysHooks {
  readonly config?: SysConfig;
  /** The default sys.excepthook's work: print the traceback. */
  readonly excepthook: (exc: PyObject) => void;
}

/** The sys module of `interp`; `modules` becomes sys.modules. CPython: _PySys_Create */
export function createSysModule(interp: Interpreter, host: Host, sysPath: readonly string[], modules: PyObject, hooks?: SysHooks): PyObject {
  // CPython: _PyModule_CreateInitialized names the module with PyUnicode_FromString (not interned)
  const sysName = PyUnicode_New(interp, 'sys');
  const sys = PyModule_New(interp, sysName, true);
  Py_DECREF(sysName);
  const config = hooks?.config ?? {};
  for (const [name, impl] of [...FUNCTIONS, ...AUDIT_FUNCTIONS]) moduleAdd(interp, sys, name, PyCFunction_New(interp, name, impl, Py_NewRef(sys)));
  const hook = PyCFunction_New(interp, 'breakpointhook', makeBreakpointHook(config.environ ?? null), Py_NewRef(sys));
  moduleAdd(interp, sys, 'breakpointhook', Py_NewRef(hook));
  moduleAdd(interp, sys, '__breakpointhook__', hook);
  // The original hooks, kept for restoring them.
  moduleAdd(interp, sys, '__displayhook__', Py_NewRef(PyDict_GetItem(interp, sys.ob_dict!, internedStr(interp, 'displayhook'))!));
  if (hooks !== undefined) addHooks(interp, sys, hooks);
  const strList = (xs: readonly string[]) => _PyList_FromArraySteal(interp, xs.map((x) => PyUnicode_FromString(interp, x)));
  // An embedding host without a command line gives [''] as CPython's PySys_SetArgv does.
  const argv = host.argv ?? [''];
  moduleAdd(interp, sys, 'argv', strList(argv));
  moduleAdd(interp, sys, 'orig_argv', strList(config.origArgv ?? ['python3', ...argv]));
  moduleAdd(interp, sys, 'path', strList(sysPath));
  moduleAdd(interp, sys, 'modules', Py_NewRef(modules));
  moduleAdd(interp, sys, 'maxsize', PyLong_FromBigInt(interp, 2n ** 63n - 1n));
  moduleAdd(interp, sys, 'maxunicode', PyLong_FromNumber(interp, 0x10ffff));
  moduleAdd(interp, sys, 'byteorder', PyUnicode_FromString(interp, 'little'));
  moduleAdd(interp, sys, 'platform', PyUnicode_FromString(interp, sysPlatform(host)));
  moduleAdd(interp, sys, 'version', PyUnicode_FromString(interp, SYS_VERSION));
  moduleAdd(interp, sys, 'hexversion', PyLong_FromNumber(interp, HEXVERSION));
  moduleAdd(interp, sys, 'api_version', PyLong_FromNumber(interp, 1013));
  moduleAdd(interp, sys, 'version_info', makeVersionInfo(interp));
  moduleAdd(interp, sys, 'implementation', makeImplementation(interp));
  moduleAdd(interp, sys, 'flags', makeFlags(interp, config.flags ?? {}));
  interp.intMaxStrDigits = Number(config.flags?.int_max_str_digits ?? interp.intMaxStrDigits);
  moduleAdd(interp, sys, 'float_info', makeFloatInfo(interp));
  moduleAdd(interp, sys, 'int_info', makeIntInfo(interp));
  moduleAdd(interp, sys, 'hash_info', makeHashInfo(interp));
  moduleAdd(interp, sys, 'thread_info', makeThreadInfo(interp));
  moduleAdd(interp, sys, 'float_repr_style', PyUnicode_FromString(interp, 'short'));
  moduleAdd(interp, sys, 'abiflags', PyUnicode_FromString(interp, ''));
  moduleAdd(interp, sys, 'platlibdir', PyUnicode_FromString(interp, 'lib'));
  moduleAdd(interp, sys, 'pycache_prefix', Py_NewRef(interp.singletons.None));
  moduleAdd(interp, sys, 'copyright', PyUnicode_FromString(interp, COPYRIGHT));
  moduleAdd(interp, sys, 'builtin_module_names', tupleFromItemsSteal(interp, BUILTIN_MODULE_NAMES.map((n) => PyUnicode_FromString(interp, n))));
  const names = strList([...STDLIB_MODULE_NAMES]);
  moduleAdd(interp, sys, 'stdlib_module_names', make_new_set(interp, interp.types.frozenset, names));
  Py_DECREF(names);
  const exe = config.executable ?? '';
  moduleAdd(interp, sys, 'executable', PyUnicode_FromString(interp, exe));
  moduleAdd(interp, sys, '_base_executable', PyUnicode_FromString(interp, exe));
  const prefix = config.prefix ?? '';
  for (const name of ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']) moduleAdd(interp, sys, name, PyUnicode_FromString(interp, prefix));
  const writeBytecode = config.flags?.dont_write_bytecode ?? 0;
  moduleAdd(interp, sys, 'dont_write_bytecode', Py_NewRef(writeBytecode ? interp.singletons.True : interp.singletons.False));
  moduleAdd(interp, sys, 'warnoptions', strList(config.warnoptions ?? []));
  moduleAdd(interp, sys, '_stdlib_dir', config.stdlibDir === undefined ? Py_NewRef(interp.singletons.None) : PyUnicode_FromString(interp, config.stdlibDir));
  // Filled by importlib._bootstrap(_external)._install when the import machinery's Python half
  // first loads (src/runtime/frozen_importlib.ts).
  moduleAdd(interp, sys, 'meta_path', strList([]));
  moduleAdd(interp, sys, 'path_hooks', strList([]));
  moduleAdd(interp, sys, 'path_importer_cache', PyDict_New(interp));
  moduleAdd(interp, sys, '_xoptions', xoptionsDict(interp, config.xoptions ?? []));
  return sys;
}

/** One free list's line. CPython: _PyDebugAllocatorStats */
function allocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  return printone(`${`${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`.padStart(48)} `, numBlocks * sizeofBlock);
}

// CPython: _PyObject_DebugTypeStats (_PyDict_, _PyFloat_, _PyList_, _PyTuple_DebugMallocStats)
function freeListStats(interp: Interpreter): string {
  let out = allocatorStats('free PyDictObject', interp.dictFreeList.length, 48);
  out += allocatorStats('free PyFloatObject', interp.floatFreeList.items.length, 24);
  out += allocatorStats('free PyListObject', interp.listFreeList.length, 40);
  for (let len = 1; len <= 20; len++) {
    out += allocatorStats(`free ${len}-sized PyTupleObject`, interp.tupleFreeLists.bySize[len]!.length, 24 + 8 * len);
  }
  return out;
}

/** sys._xoptions: -X name=value gives 'value', a bare -X name gives True. CPython: get_xoptions */
function xoptionsDict(interp: Interpreter, xoptions: readonly string[]): PyObject {
  const d = PyDict_New(interp);
  for (const x of xoptions) {
    const eq = x.indexOf('=');
    const key = PyUnicode_FromString(interp, eq < 0 ? x : x.slice(0, eq));
    const value = eq < 0 ? Py_NewRef(interp.singletons.True) : PyUnicode_FromString(interp, x.slice(eq + 1));
    PyDict_SetItem(interp, d, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
  }
  return d;
}

/** excepthook and its __excepthook__ original. */
function addHooks(interp: Interpreter, sys: PyObject, hooks: SysHooks): void {
  // CPython: sys_excepthook_impl (the arguments are positional only, exactly three)
  const except = PyCFunction_New(interp, 'excepthook', (interp2, _s, args, kw) => {
    noKeywords(interp2, 'excepthook', kw);
    if (args.length !== 3) PyErr_SetString(interp2, 'TypeError', `excepthook expected 3 arguments, got ${args.length}`);
    const value = args[1]!;
    if (value.ob_type.isSubtypeOf(excType(interp2, 'BaseException'))) {
      hooks.excepthook(value);
    } else {
      // CPython: _PyErr_Display of a non-exception value.
      PyErr_SetString(interp2, 'TypeError', `print_exception(): Exception expected for value, ${value.ob_type.tp_name} found`);
    }
    return interp2.singletons.None;
  }, Py_NewRef(sys));
  interp.defaultExceptHook = except;
  moduleAdd(interp, sys, 'excepthook', Py_NewRef(except));
  moduleAdd(interp, sys, '__excepthook__', except);
  // CPython: sys_unraisablehook (one positional argument)
  const unraisable = PyCFunction_New(interp, 'unraisablehook', (interp2, _s, args, kw) => {
    noKeywords(interp2, 'unraisablehook', kw);
    if (args.length !== 1) PyErr_SetString(interp2, 'TypeError', `sys.unraisablehook() takes exactly one argument (${args.length} given)`);
    unraisableHookDefault(interp2, args[0]!);
    return interp2.singletons.None;
  }, Py_NewRef(sys));
  moduleAdd(interp, sys, 'unraisablehook', Py_NewRef(unraisable));
  moduleAdd(interp, sys, '__unraisablehook__', unraisable);
}
