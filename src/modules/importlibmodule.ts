// A small native importlib: import_module (absolute and relative names), reload and
// invalidate_caches, over the interpreter's import system (src/runtime/import.ts). The standard
// library's own importlib package replaces it once the stdlib can be imported.
// CPython: Lib/importlib/__init__.py (import_module, reload, invalidate_caches),
// Lib/importlib/_bootstrap.py (_gcd_import, _sanity_check, _resolve_name).
import type { Interpreter } from '../runtime/interpreter.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_IsTrue, reprText } from '../objects/objectops.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';
import { gcdImport, importError, reloadModule } from '../runtime/import.ts';

/** Binds a Python-level function's arguments: `f() missing 1 required positional argument: 'x'` and friends. */
function bindArgs(interp: Interpreter, fname: string, names: readonly string[], required: number,
  args: readonly PyObject[], kwnames: PyObject | null): (PyObject | undefined)[] {
  const kw = kwnames === null ? [] : (kwnames.body as PyObject[]);
  const npos = args.length - kw.length;
  if (npos > names.length) {
    const range = required === names.length ? `${names.length}` : `from ${required} to ${names.length}`;
    PyErr_SetString(interp, 'TypeError', `${fname}() takes ${range} positional argument${names.length === 1 ? '' : 's'} but ${npos} were given`);
  }
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  kw.forEach((k, i) => {
    const at = names.indexOf(text(k));
    if (at < 0) PyErr_SetString(interp, 'TypeError', `${fname}() got an unexpected keyword argument '${text(k)}'`);
    if (out[at] !== undefined) PyErr_SetString(interp, 'TypeError', `${fname}() got multiple values for argument '${text(k)}'`);
    out[at] = args[npos + i];
  });
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const list = missing.length === 1 ? `'${missing[0]}'` : `${missing.slice(0, -1).map((m) => `'${m}'`).join(', ')} and '${missing.at(-1)}'`;
    PyErr_SetString(interp, 'TypeError', `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

/** CPython: importlib.import_module, _bootstrap._gcd_import with _sanity_check and _resolve_name */
const importModule: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [nameObj, packageArg] = bindArgs(interp, 'import_module', ['name', 'package'], 1, args, kwnames);
  const package_ = packageArg ?? interp.singletons.None;
  if (!nameObj!.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'AttributeError', `'${nameObj!.ob_type.tp_name}' object has no attribute 'startswith'`);
  }
  const full = text(nameObj!);
  let level = 0;
  if (full.startsWith('.')) {
    if (!PyObject_IsTrue(interp, package_)) {
      PyErr_SetString(interp, 'TypeError', `the 'package' argument is required to perform a relative import for ${reprText(interp, nameObj!)}`);
    }
    while (level < full.length && full[level] === '.') level++;
  }
  let name = full.slice(level);
  if (level > 0) {
    if (!package_.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', '__package__ not set to a string');
    const pkg = text(package_);
    const bits = pkg.split('.');
    if (bits.length < level) importError(interp, 'ImportError', 'attempted relative import beyond top-level package', null);
    const base = bits.slice(0, bits.length - (level - 1)).join('.');
    name = name === '' ? base : `${base}.${name}`;
  } else if (name === '') {
    PyErr_SetString(interp, 'ValueError', 'Empty module name');
  }
  return gcdImport(interp, name);
};

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['import_module', importModule],
  ['invalidate_caches', (interp, _self, args, kwnames) => {
    bindArgs(interp, 'invalidate_caches', [], 0, args, kwnames);
    return interp.singletons.None;
  }],
  ['reload', (interp, _self, args, kwnames) => {
    const [module] = bindArgs(interp, 'reload', ['module'], 1, args, kwnames);
    return reloadModule(interp, module!);
  }],
];

export function createImportlibModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'importlib'), true);
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}

