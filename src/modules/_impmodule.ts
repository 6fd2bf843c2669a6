// The _imp module: what importlib._bootstrap(_external) ask of the interpreter — builtin and
// frozen modules, the import lock, extension suffixes, pyc source hashes. Glasspy's native
// modules (math, time, ...) are all builtin here: there are no extension files to load.
// CPython: Python/import.c (the _imp module)
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { needBuffer, PyBytes_FromData } from '../objects/bytesobject.ts';
import { indexValueOf } from '../objects/abstract.ts';
import { HashSecret } from '../objects/hash/secret.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { PyObject_IsTrue } from '../objects/objectops.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { cacheUtf8, PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { siphash13 } from '../objects/hash/siphash.ts';
import { BUILTIN_MODULE_NAMES, BUILTIN_MODULES } from '../runtime/inittab.ts';
import { frozenModuleCode, frozenModuleNames, frozenOrigName, isFrozenModule } from '../runtime/frozen_importlib.ts';
import { findAndLoad } from '../runtime/import.ts';

/** The modules sys and builtins, which cannot be initialized again (-1). CPython: _imp_is_builtin_impl */
function isBuiltin(name: string): number {
  if (name === 'sys' || name === 'builtins') return -1;
  return BUILTIN_MODULES.has(name) || BUILTIN_MODULE_NAMES.includes(name) ? 1 : 0;
}

function strArg(interp: Interpreter, fname: string, argname: string, o: PyObject, pos: number): string {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `${fname}() argument${pos > 0 ? ` ${pos}` : ` '${argname}'`} must be str, not ${o.ob_type.tp_name}`);
  }
  return unicodeText(o);
}

function moduleNameArg(interp: Interpreter, fname: string, args: readonly PyObject[], kwnames: PyObject | null): string {
  return strArg(interp, fname, 'name', oneArg(interp, fname, args, kwnames), 0);
}

/** A name looked up in the frozen modules: it is read as UTF-8, which caches that form. CPython: find_frozen */
function frozenName(interp: Interpreter, fname: string, args: readonly PyObject[], kwnames: PyObject | null): string {
  const name = moduleNameArg(interp, fname, args, kwnames);
  cacheUtf8(args[0]!);
  return name;
}

function requireFrozen(interp: Interpreter, name: string): void {
  if (!isFrozenModule(name)) PyErr_SetString(interp, 'ImportError', `No such frozen object named '${name}'`);
}

const bool = (interp: Interpreter, b: boolean): PyObject => Py_NewRef(b ? interp.singletons.True : interp.singletons.False);
const none = (interp: Interpreter): PyObject => Py_NewRef(interp.singletons.None);

const FUNCTIONS: readonly [string, BuiltinImpl][] = [
  // The import lock: one thread runs Python code, so it is always free to take.
  ['lock_held', (interp, _s, args, kw) => (noArgs(interp, 'lock_held', args, kw), bool(interp, false))],
  ['acquire_lock', (interp, _s, args, kw) => (noArgs(interp, 'acquire_lock', args, kw), none(interp))],
  ['release_lock', (interp, _s, args, kw) => (noArgs(interp, 'release_lock', args, kw), none(interp))],
  ['is_builtin', (interp, _s, args, kw) => PyLong_FromNumber(interp, isBuiltin(moduleNameArg(interp, 'is_builtin', args, kw)))],
  ['is_frozen', (interp, _s, args, kw) => bool(interp, isFrozenModule(frozenName(interp, 'is_frozen', args, kw)))],
  ['is_frozen_package', (interp, _s, args, kw) => {
    const name = frozenName(interp, 'is_frozen_package', args, kw);
    requireFrozen(interp, name);
    return bool(interp, false);
  }],
  // CPython: _imp_find_frozen_impl — (data, ispkg, origname), or None
  ['find_frozen', (interp, _s, args, kw) => {
    const [nameObj, withdata] = unpackKeywords(interp, 'find_frozen', ['', 'withdata'], 1, 1, 1, args, kw);
    const name = strArg(interp, 'find_frozen', 'name', nameObj!, 1);
    cacheUtf8(nameObj!);
    if (!isFrozenModule(name)) return none(interp);
    if (withdata !== undefined && PyObject_IsTrue(interp, withdata)) {
      PyErr_SetString(interp, 'NotImplementedError', 'frozen modules have no marshal data in Glasspy');
    }
    return tupleFromItemsSteal(interp, [none(interp), bool(interp, false), PyUnicode_FromString(interp, frozenOrigName(name))]);
  }],
  ['get_frozen_object', (interp, _s, args, kw) => {
    noKeywords(interp, 'get_frozen_object', kw);
    checkPositional(interp, 'get_frozen_object', args.length, 1, 2);
    const name = strArg(interp, 'get_frozen_object', 'name', args[0]!, 1);
    requireFrozen(interp, name);
    return frozenModuleCode(interp, name);
  }],
  ['init_frozen', (interp, _s, args, kw) => {
    const name = frozenName(interp, 'init_frozen', args, kw);
    return isFrozenModule(name) ? findAndLoad(interp, name) : none(interp);
  }],
  ['_frozen_module_names', (interp, _s, args, kw) => {
    noArgs(interp, '_frozen_module_names', args, kw);
    return _PyList_FromArraySteal(interp, frozenModuleNames().map((n) => PyUnicode_FromString(interp, n)));
  }],
  // CPython: _imp_create_builtin — the module a spec names, made the first time.
  ['create_builtin', (interp, _s, args, kw) => {
    const spec = oneArg(interp, 'create_builtin', args, kw);
    const nameObj = PyObject_GetAttr(interp, spec, internedStr(interp, 'name'));
    const name = strArg(interp, 'create_builtin', 'name', nameObj, 0);
    const existing = PyDict_GetItem(interp, interp.modules, nameObj);
    if (existing !== null && isBuiltin(name) !== 0) return Py_NewRef(existing);
    const make = BUILTIN_MODULES.get(name);
    if (make === undefined) PyErr_SetString(interp, 'ImportError', `no built-in module named ${name}`);
    return make!(interp);
  }],
  ['exec_builtin', (interp, _s, args, kw) => (oneArg(interp, 'exec_builtin', args, kw), PyLong_FromNumber(interp, 0))],
  ['exec_dynamic', (interp, _s, args, kw) => (oneArg(interp, 'exec_dynamic', args, kw), PyLong_FromNumber(interp, 0))],
  ['create_dynamic', (interp, _s, args, kw) => {
    noKeywords(interp, 'create_dynamic', kw);
    checkPositional(interp, 'create_dynamic', args.length, 1, 2);
    const nameObj = PyObject_GetAttr(interp, args[0]!, internedStr(interp, 'name'));
    return PyErr_SetString(interp, 'ImportError', `extension modules cannot be loaded by Glasspy: ${unicodeText(nameObj)}`);
  }],
  ['extension_suffixes', (interp, _s, args, kw) => {
    noArgs(interp, 'extension_suffixes', args, kw);
    return _PyList_FromArraySteal(interp, ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so'].map((s) => PyUnicode_FromString(interp, s)));
  }],
  ['_fix_co_filename', (interp, _s, args, kw) => {
    noKeywords(interp, '_fix_co_filename', kw);
    checkPositional(interp, '_fix_co_filename', args.length, 2, 2);
    return none(interp);
  }],
  // CPython: _imp_source_hash_impl — SipHash-1-3 keyed by (key, 0), as 8 little-endian bytes.
  ['source_hash', (interp, _s, args, kw) => {
    const [key, source] = unpackKeywords(interp, 'source_hash', ['key', 'source'], 0, 2, 2, args, kw);
    const secret = new Uint8Array(24);
    new DataView(secret.buffer).setBigUint64(0, BigInt.asUintN(64, BigInt(indexValueOf(interp, key!))), true);
    const h = BigInt.asUintN(64, siphash13(new HashSecret(secret), needBuffer(interp, source!)));
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, h, true);
    return PyBytes_FromData(interp, out);
  }],
  ['_override_frozen_modules_for_tests', (interp, _s, args, kw) => (oneArg(interp, '_override_frozen_modules_for_tests', args, kw), none(interp))],
  ['_override_multi_interp_extensions_check', (interp, _s, args, kw) => {
    oneArg(interp, '_override_multi_interp_extensions_check', args, kw);
    return PyLong_FromNumber(interp, -1);
  }],
];

export function createImpModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_imp'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, '(Extremely) low-level import machinery bits as used by importlib.'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  moduleAdd(interp, m, 'check_hash_based_pycs', PyUnicode_FromString(interp, 'default'));
  return m;
}
