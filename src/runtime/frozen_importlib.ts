// The Python half of the import machinery: CPython freezes Lib/importlib/_bootstrap.py and
// _bootstrap_external.py into the interpreter as _frozen_importlib and
// _frozen_importlib_external and installs them at start-up. Glasspy's `import` statement runs
// natively (src/runtime/import.ts); the two modules are compiled from the standard library's
// own files the first time something imports them (importlib does), and installed then:
// sys.meta_path, sys.path_hooks, and the specs of the builtin modules already loaded.
// CPython: Python/frozen.c, Python/pylifecycle.c (init_importlib, init_importlib_external)
import type { Interpreter } from './interpreter.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import { unicodeText } from '../objects/unicodeobject.ts';
import { compileModuleFile, findAndLoad } from './import.ts';

/** The frozen modules: the file each is compiled from, below sys._stdlib_dir, and its original name. */
const FROZEN: ReadonlyMap<string, { readonly file: string; readonly origname: string }> = new Map([
  ['_frozen_importlib', { file: 'importlib/_bootstrap.py', origname: 'importlib._bootstrap' }],
  ['_frozen_importlib_external', { file: 'importlib/_bootstrap_external.py', origname: 'importlib._bootstrap_external' }],
]);

/** The frozen modules' source files below `stdlibDir`, each with its code's filename. */
export function frozenSourceFiles(stdlibDir: string): Map<string, string> {
  return new Map([...FROZEN.values()].map((e) => [`${stdlibDir}/${e.file}`, `<frozen ${e.origname}>`]));
}

/** CPython: _imp.is_frozen */
export function isFrozenModule(name: string): boolean {
  return FROZEN.has(name);
}

/** The frozen modules' names. CPython: _imp._frozen_module_names */
export function frozenModuleNames(): string[] {
  return [...FROZEN.keys()];
}

/** The name the frozen module has in the standard library. CPython: find_frozen (origname) */
export function frozenOrigName(name: string): string {
  return FROZEN.get(name)!.origname;
}

function sysItem(interp: Interpreter, name: string): PyObject | null {
  return interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, name));
}

/** The code object of a frozen module (a new reference); its frames show "<frozen importlib._bootstrap>". */
export function frozenModuleCode(interp: Interpreter, name: string): PyObject {
  const entry = FROZEN.get(name);
  const dir = sysItem(interp, '_stdlib_dir');
  if (entry === undefined) return PyErr_SetString(interp, 'ImportError', `No such frozen object named '${name}'`);
  if (dir === null || dir === interp.singletons.None) return PyErr_SetString(interp, 'ImportError', `the sources of frozen ${name} are not available (sys._stdlib_dir is not set)`);
  return compileModuleFile(interp, `${unicodeText(dir)}/${entry.file}`, name, `<frozen ${entry.origname}>`);
}

/**
 * After _frozen_importlib ran: _install(sys, _imp) sets up the builtin modules' specs and
 * sys.meta_path, then _install_external_importers() loads _frozen_importlib_external, which
 * adds the path finder and hooks. CPython: init_importlib, init_importlib_external
 */
export function installFrozenImportlib(interp: Interpreter, name: string, module: PyObject): void {
  if (name !== '_frozen_importlib') return;
  const sys = PyDict_GetItem(interp, interp.modules, internedStr(interp, 'sys'));
  if (sys === null) PyErr_SetString(interp, 'RuntimeError', 'lost sys module');
  const imp = findAndLoad(interp, '_imp');
  try {
    callFunction(interp, module, '_install', [sys!, imp]);
  } finally {
    Py_DECREF(imp);
  }
  callFunction(interp, module, '_install_external_importers', []);
}

/** module.name(*args), its result dropped. */
function callFunction(interp: Interpreter, module: PyObject, name: string, args: PyObject[]): void {
  const f = PyObject_GetAttr(interp, module, internedStr(interp, name));
  try {
    Py_DECREF(PyObject_Vectorcall(interp, f, args, null));
  } finally {
    Py_DECREF(f);
  }
}
