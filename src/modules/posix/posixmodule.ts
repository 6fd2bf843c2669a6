// The posix module, as far as the host interface reaches: stat, directories, files by
// descriptor, the environment, identifiers, urandom. os.py builds on it. CPython:
// Modules/posixmodule.c. The machine-level answers (ids, uname) are those of a Linux process.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { ERRNO, HostError, type Host, type HostStat } from '../../host/host.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from '../../objects/args.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { excType, PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { structSeqNew, structSeqType } from '../../objects/structseq.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { hostCall, raiseHostError } from '../_io/iobase.ts';
import { fsEncode, pathArg, pathResult, PyOS_FSPath } from './pathargs.ts';
import { scandirIterator } from './scandir.ts';
import { POSIX_CONSTANTS, STAT_RESULT, TERMINAL_SIZE, TIMES_RESULT, UNAME_RESULT } from './posixtypes.ts';

export function hostOf(interp: Interpreter): Host {
  const h = interp.host;
  if (h === null) return PyErr_SetString(interp, 'SystemError', 'posix: no host');
  return h;
}

/** An int argument (through __index__) that must fit a C int. */
function intArg(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) PyErr_SetString(interp, 'OverflowError', 'signed integer is greater than maximum');
  return v as number;
}

const nsToSeconds = (ns: bigint): number => Number(ns) / 1e9;

/** An os.stat_result from a host stat. CPython: _pystat_fromstructstat */
export function statResult(interp: Interpreter, st: HostStat): PyObject {
  const type = structSeqType(interp, STAT_RESULT);
  const int = (n: number | bigint) => (typeof n === 'bigint' ? PyLong_FromBigInt(interp, n) : PyLong_FromNumber(interp, n));
  const secs = (ns: bigint) => int(ns >= 0n ? ns / 1_000_000_000n : -((-ns + 999_999_999n) / 1_000_000_000n));
  return structSeqNew(interp, type, [
    int(st.mode), int(st.ino), int(st.dev), int(st.nlink), int(st.uid), int(st.gid), int(st.size),
    secs(st.atimeNs), secs(st.mtimeNs), secs(st.ctimeNs),
    PyFloat_FromDouble(interp, nsToSeconds(st.atimeNs)), PyFloat_FromDouble(interp, nsToSeconds(st.mtimeNs)), PyFloat_FromDouble(interp, nsToSeconds(st.ctimeNs)),
    int(st.atimeNs), int(st.mtimeNs), int(st.ctimeNs),
    int(4096), int(Math.ceil(st.size / 4096) * 8), int(0),
  ]);
}

/** stat/lstat(path, *, dir_fd=None, follow_symlinks=True); an int path is a descriptor. CPython: posix_do_stat */
function doStat(interp: Interpreter, fname: string, args: readonly PyObject[], kwnames: PyObject | null, follow: boolean): PyObject {
  const [p, dirFd, fs] = unpackKeywords(interp, fname, ['path', 'dir_fd', 'follow_symlinks'], 0, 1, 1, args, kwnames);
  if (dirFd !== undefined && dirFd !== interp.singletons.None) PyErr_SetString(interp, 'NotImplementedError', 'dir_fd unavailable on this platform');
  const followLinks = fs === undefined ? follow : PyObject_IsTrue(interp, fs);
  const host = hostOf(interp);
  if (p!.ob_type.isSubtypeOf(interp.types.int) && fname === 'stat') {
    return statResult(interp, hostCall(interp, () => host.fstat(intArg(interp, p!))));
  }
  const path = pathArg(interp, fname, 'path', p!, false, fname === 'stat');
  return statResult(interp, hostCall(interp, () => host.stat(path.text, followLinks), p!));
}

/** A path argument that may be omitted (listdir, scandir): '.' then. */
function optionalPath(interp: Interpreter, fname: string, args: readonly PyObject[], kwnames: PyObject | null) {
  const [p] = unpackKeywords(interp, fname, ['path'], 0, 0, 1, args, kwnames);
  return p === undefined || p === interp.singletons.None ? { text: '.', bytes: false, obj: null } : pathArg(interp, fname, 'path', p, true, true);
}

function pathFunction(fname: string, op: (host: Host, path: string) => void): BuiltinImpl {
  return (interp, _s, args, kw) => {
    const [p] = unpackKeywords(interp, fname, ['path', 'dir_fd'], 0, 1, 1, args, kw);
    const path = pathArg(interp, fname, 'path', p!);
    const host = hostOf(interp);
    hostCall(interp, () => op(host, path.text), p!);
    return interp.singletons.None;
  };
}

/** rename/replace(src, dst): errors name both paths. CPython: internal_rename */
function renameFunction(fname: string): BuiltinImpl {
  return (interp, _s, args, kw) => {
    const [a, b] = unpackKeywords(interp, fname, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], 0, 2, 2, args, kw);
    const src = pathArg(interp, fname, 'src', a!);
    const dst = pathArg(interp, fname, 'dst', b!);
    const host = hostOf(interp);
    try {
      host.rename(src.text, dst.text);
    } catch (e) {
      raiseHostError(interp, e, a!, b!);
    }
    return interp.singletons.None;
  };
}

/** os.environ's initial contents: bytes keys and values. CPython: convertenviron */
function environDict(interp: Interpreter, host: Host | null): PyObject {
  const d = PyDict_New(interp);
  if (host === null) return d;
  for (const [k, v] of host.environ()) {
    const key = PyBytes_FromData(interp, fsEncode(interp, k));
    const val = PyBytes_FromData(interp, fsEncode(interp, v));
    PyDict_SetItem(interp, d, key, val);
    Py_DECREF(key);
    Py_DECREF(val);
  }
  return d;
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['stat', (interp, _s, args, kw) => doStat(interp, 'stat', args, kw, true)],
  ['lstat', (interp, _s, args, kw) => doStat(interp, 'lstat', args, kw, false)],
  ['fstat', (interp, _s, args, kw) => {
    const [fd] = unpackKeywords(interp, 'fstat', ['fd'], 0, 1, 1, args, kw);
    const host = hostOf(interp);
    return statResult(interp, hostCall(interp, () => host.fstat(intArg(interp, fd!))));
  }],
  ['fspath', (interp, _s, args, kw) => {
    const [p] = unpackKeywords(interp, 'fspath', ['path'], 0, 1, 1, args, kw);
    return PyOS_FSPath(interp, p!);
  }],
  ['getcwd', (interp, _s, args, kw) => {
    noArgs(interp, 'getcwd', args, kw);
    const host = hostOf(interp);
    return PyUnicode_FromString(interp, hostCall(interp, () => host.cwd()));
  }],
  ['getcwdb', (interp, _s, args, kw) => {
    noArgs(interp, 'getcwdb', args, kw);
    const host = hostOf(interp);
    return pathResult(interp, hostCall(interp, () => host.cwd()), true);
  }],
  ['chdir', pathFunction('chdir', (h, p) => h.chdir(p))],
  ['rmdir', pathFunction('rmdir', (h, p) => h.rmdir(p))],
  ['unlink', pathFunction('unlink', (h, p) => h.unlink(p))],
  ['remove', pathFunction('remove', (h, p) => h.unlink(p))],
  ['mkdir', (interp, _s, args, kw) => {
    const [p] = unpackKeywords(interp, 'mkdir', ['path', 'mode', 'dir_fd'], 0, 1, 2, args, kw);
    const path = pathArg(interp, 'mkdir', 'path', p!);
    const host = hostOf(interp);
    hostCall(interp, () => host.mkdir(path.text), p!);
    return interp.singletons.None;
  }],
  ['rename', renameFunction('rename')],
  ['replace', renameFunction('replace')],
  ['listdir', (interp, _s, args, kw) => {
    const path = optionalPath(interp, 'listdir', args, kw);
    const host = hostOf(interp);
    const names = hostCall(interp, () => host.listdir(path.text), path.obj);
    return _PyList_FromArraySteal(interp, names.map((n) => pathResult(interp, n, path.bytes)));
  }],
  ['scandir', (interp, _s, args, kw) => {
    const path = optionalPath(interp, 'scandir', args, kw);
    return scandirIterator(interp, path.text, path.obj === null ? null : path);
  }],
  ['access', (interp, _s, args, kw) => {
    const [p] = unpackKeywords(interp, 'access', ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], 0, 2, 2, args, kw);
    const path = pathArg(interp, 'access', 'path', p!);
    return hostOf(interp).exists(path.text) ? interp.singletons.True : interp.singletons.False;
  }],
  ['open', (interp, _s, args, kw) => {
    const [p, flags, mode] = unpackKeywords(interp, 'open', ['path', 'flags', 'mode', 'dir_fd'], 0, 2, 3, args, kw);
    const path = pathArg(interp, 'open', 'path', p!);
    const host = hostOf(interp);
    const fd = hostCall(interp, () => host.open(path.text, intArg(interp, flags!), mode === undefined ? 0o777 : intArg(interp, mode)), p!);
    return PyLong_FromNumber(interp, fd);
  }],
  ['close', (interp, _s, args, kw) => {
    const [fd] = unpackKeywords(interp, 'close', ['fd'], 0, 1, 1, args, kw);
    const host = hostOf(interp);
    hostCall(interp, () => host.close(intArg(interp, fd!)));
    return interp.singletons.None;
  }],
  ['read', (interp, _s, args, kw) => {
    noKeywords(interp, 'read', kw);
    checkPositional(interp, 'read', args.length, 2, 2);
    const host = hostOf(interp);
    const n = Number(indexValueOf(interp, args[1]!));
    if (n < 0) raiseHostError(interp, new HostError('EINVAL'));
    return PyBytes_FromData(interp, hostCall(interp, () => host.read(intArg(interp, args[0]!), n)));
  }],
  ['write', (interp, _s, args, kw) => {
    noKeywords(interp, 'write', kw);
    checkPositional(interp, 'write', args.length, 2, 2);
    const data = args[1]!;
    if (!data.ob_type.isSubtypeOf(interp.types.bytes) && !data.ob_type.isSubtypeOf(interp.types.bytearray)) {
      PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${data.ob_type.tp_name}'`);
    }
    const host = hostOf(interp);
    return PyLong_FromNumber(interp, hostCall(interp, () => host.write(intArg(interp, args[0]!), data.body as Uint8Array)));
  }],
  ['lseek', (interp, _s, args, kw) => {
    noKeywords(interp, 'lseek', kw);
    checkPositional(interp, 'lseek', args.length, 3, 3);
    const host = hostOf(interp);
    return PyLong_FromNumber(interp, hostCall(interp, () => host.lseek(intArg(interp, args[0]!), Number(indexValueOf(interp, args[1]!)), intArg(interp, args[2]!))));
  }],
  ['ftruncate', (interp, _s, args, kw) => {
    noKeywords(interp, 'ftruncate', kw);
    checkPositional(interp, 'ftruncate', args.length, 2, 2);
    const host = hostOf(interp);
    hostCall(interp, () => host.ftruncate(intArg(interp, args[0]!), Number(indexValueOf(interp, args[1]!))));
    return interp.singletons.None;
  }],
  ['isatty', (interp, _s, args, kw) => {
    const fd = intArg(interp, oneArg(interp, 'isatty', args, kw));
    return hostOf(interp).isatty(fd) ? interp.singletons.True : interp.singletons.False;
  }],
  ['device_encoding', (interp, _s, args, kw) => {
    const [fd] = unpackKeywords(interp, 'device_encoding', ['fd'], 0, 1, 1, args, kw);
    return hostOf(interp).isatty(intArg(interp, fd!)) ? PyUnicode_FromString(interp, 'UTF-8') : interp.singletons.None;
  }],
  ['urandom', (interp, _s, args, kw) => {
    const n = Number(indexValueOf(interp, oneArg(interp, 'urandom', args, kw)));
    if (n < 0) PyErr_SetString(interp, 'ValueError', 'negative argument not allowed');
    return PyBytes_FromData(interp, hostOf(interp).randomBytes(n));
  }],
  ['strerror', (interp, _s, args, kw) => {
    const code = intArg(interp, oneArg(interp, 'strerror', args, kw));
    return PyUnicode_FromString(interp, strerrorText(code));
  }],
  ['getpid', constInt('getpid', 1)],
  ['getppid', constInt('getppid', 0)],
  ['getuid', constInt('getuid', 0)],
  ['geteuid', constInt('geteuid', 0)],
  ['getgid', constInt('getgid', 0)],
  ['getegid', constInt('getegid', 0)],
  ['umask', (interp, _s, args, kw) => {
    oneArg(interp, 'umask', args, kw);
    return PyLong_FromNumber(interp, 0o022);
  }],
  ['cpu_count', (interp, _s, args, kw) => {
    noArgs(interp, 'cpu_count', args, kw);
    return PyLong_FromNumber(interp, 1);
  }],
  ['uname', (interp, _s, args, kw) => {
    noArgs(interp, 'uname', args, kw);
    const s = (t: string) => PyUnicode_FromString(interp, t);
    return structSeqNew(interp, structSeqType(interp, UNAME_RESULT), [s('Linux'), s('glasspy'), s(''), s(''), s('x86_64')]);
  }],
  ['times', (interp, _s, args, kw) => {
    noArgs(interp, 'times', args, kw);
    const host = hostOf(interp);
    const f = (x: number) => PyFloat_FromDouble(interp, x);
    return structSeqNew(interp, structSeqType(interp, TIMES_RESULT), [f(nsToSeconds(host.processTimeNs())), f(0), f(0), f(0), f(nsToSeconds(host.monotonicNs()))]);
  }],
  // CPython: os_get_terminal_size_impl (ENOTTY unless the descriptor is a terminal)
  ['get_terminal_size', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_terminal_size', kw);
    checkPositional(interp, 'get_terminal_size', args.length, 0, 1);
    const fd = args.length === 0 ? 1 : intArg(interp, args[0]!);
    if (!hostOf(interp).isatty(fd)) raiseHostError(interp, new HostError('ENOTTY', null, null, 25, 'Inappropriate ioctl for device'));
    return structSeqNew(interp, structSeqType(interp, TERMINAL_SIZE), [PyLong_FromNumber(interp, 80), PyLong_FromNumber(interp, 24)]);
  }],
  ['_exit', (interp, _s, args, kw) => {
    const code = intArg(interp, oneArg(interp, '_exit', args, kw));
    return hostOf(interp).exit(code);
  }],
  ['register_at_fork', (interp, _s, args, kw) => {
    void args;
    void kw;
    return interp.singletons.None;
  }],
  ['putenv', envFunction('putenv', 2)],
  ['unsetenv', envFunction('unsetenv', 1)],
];

function envFunction(fname: string, n: number): BuiltinImpl {
  return (interp, _s, args, kw) => {
    noKeywords(interp, fname, kw);
    checkPositional(interp, fname, args.length, n, n);
    for (let i = 0; i < n; i++) pathArg(interp, fname, i === 0 ? 'name' : 'value', args[i]!);
    return interp.singletons.None;
  };
}

function constInt(fname: string, v: number): BuiltinImpl {
  return (interp, _s, args, kw) => {
    noArgs(interp, fname, args, kw);
    return PyLong_FromNumber(interp, v);
  };
}

/** glibc's strerror() text for errno `code` (the errors hosts raise; others by number). */
function strerrorText(code: number): string {
  for (const [num, text] of Object.values(ERRNO)) if (num === code) return text;
  return `Unknown error ${code}`;
}

const MODULE_DOC = `This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard (a thinly
disguised Unix interface).  Refer to the library manual and
corresponding Unix manual entries for more information on calls.`;

export function createPosixModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'posix'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  moduleAdd(interp, m, 'environ', environDict(interp, interp.host));
  moduleAdd(interp, m, 'error', Py_NewRef(excType(interp, 'OSError')));
  for (const [name, v] of POSIX_CONSTANTS) moduleAdd(interp, m, name, PyLong_FromNumber(interp, v));
  moduleAdd(interp, m, '_have_functions', _PyList_FromArraySteal(interp, ['HAVE_FTRUNCATE', 'HAVE_LSTAT'].map((n) => PyUnicode_FromString(interp, n))));
  for (const desc of [STAT_RESULT, TERMINAL_SIZE, UNAME_RESULT, TIMES_RESULT]) {
    moduleAdd(interp, m, desc.name.slice(desc.name.indexOf('.') + 1), Py_NewRef(structSeqType(interp, desc)));
  }
  return m;
}
