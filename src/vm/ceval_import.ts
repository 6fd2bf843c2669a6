// import statements: IMPORT_NAME, IMPORT_FROM and `from m import *`. Modules come from
// sys.modules (the builtin ones are put there at start-up; the standard library's finders come
// with the import system). CPython: Python/ceval.c (import_name, import_from, import_all_from),
// Python/import.c (PyImport_ImportModuleLevelObject).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_GetAttr, PyObject_LookupAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { dictKeys, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, newException, PyErr_SetString, setExcField } from '../objects/exceptions.ts';
import { longValue } from '../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_GetIter, PyObject_IsTrue } from '../objects/objectops.ts';
import { PyUnicode_FromString, unicodeText as text } from '../objects/unicodeobject.ts';
import type { Frame } from './frame.ts';
import { createExtensionModule } from '../modules/index.ts';


/** ModuleNotFoundError("No module named 'x'") with .name set. CPython: import_find_and_load's error */
function moduleNotFound(interp: Interpreter, name: string): never {
  const msg = PyUnicode_FromString(interp, `No module named '${name}'`);
  const exc = newException(interp, excType(interp, 'ModuleNotFoundError'), [Py_NewRef(msg)]);
  setExcField(exc, 'msg', msg);
  setExcField(exc, 'name', PyUnicode_FromString(interp, name));
  throw exc;
}

/** The package a relative import starts from: __package__, else __name__ (minus its last part unless it is a package). CPython: resolve_name */
function resolveName(interp: Interpreter, name: string, globals: PyObject, level: number): string {
  const pkgObj = PyDict_GetItem(interp, globals, internedStr(interp, '__package__'));
  let pkg: string | null = pkgObj !== null && pkgObj !== interp.singletons.None ? text(pkgObj) : null;
  if (pkg === null) {
    const n = PyDict_GetItem(interp, globals, internedStr(interp, '__name__'));
    if (n === null) PyErr_SetString(interp, 'KeyError', "'__name__' not in globals");
    pkg = text(n);
    if (PyDict_GetItem(interp, globals, internedStr(interp, '__path__')) === null) pkg = pkg.includes('.') ? pkg.slice(0, pkg.lastIndexOf('.')) : '';
  }
  if (pkg === '') PyErr_SetString(interp, 'ImportError', 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) PyErr_SetString(interp, 'ImportError', 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

function findModule(interp: Interpreter, name: string): PyObject {
  const key = internedStr(interp, name);
  const m = PyDict_GetItem(interp, interp.modules, key);
  if (m === null) {
    const ext = createExtensionModule(interp, name);
    if (ext === null) return moduleNotFound(interp, name);
    PyDict_SetItem(interp, interp.modules, key, ext);
    Py_DECREF(ext);
    return ext;
  }
  if (m === interp.singletons.None) return moduleNotFound(interp, name);
  return m;
}

/**
 * __import__(name, globals, locals, fromlist, level) for modules already in sys.modules:
 * the top-level package for `import a.b`, the module itself when there is a fromlist.
 * CPython: PyImport_ImportModuleLevelObject
 */
export function importModuleLevel(interp: Interpreter, name: string, globals: PyObject | null, fromlist: PyObject, level: number): PyObject {
  if (level < 0) PyErr_SetString(interp, 'ValueError', 'level must be >= 0');
  let absName = name;
  if (level > 0) {
    if (globals === null) PyErr_SetString(interp, 'KeyError', "'__name__' not in globals");
    absName = resolveName(interp, name, globals, level);
  } else if (name === '') {
    PyErr_SetString(interp, 'ValueError', 'Empty module name');
  }
  const parts = absName.split('.');
  for (let i = 1; i <= parts.length; i++) findModule(interp, parts.slice(0, i).join('.'));
  const module = findModule(interp, absName);
  const hasFrom = fromlist !== interp.singletons.None && PyObject_IsTrue(interp, fromlist);
  // `import a.b` binds the top-level package; a relative import always has a fromlist.
  if (hasFrom || level > 0) return Py_NewRef(module);
  return Py_NewRef(findModule(interp, parts[0]!));
}

/** IMPORT_NAME: builtins.__import__ when replaced, else the import system. CPython: import_name */
export function importName(interp: Interpreter, frame: Frame, name: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  const importFunc = PyDict_GetItem(interp, frame.builtins, internedStr(interp, '__import__'));
  if (importFunc === null) PyErr_SetString(interp, 'ImportError', '__import__ not found');
  if (importFunc !== interp.importFunc) {
    const locals = frame.locals ?? interp.singletons.None;
    return PyObject_Vectorcall(interp, importFunc, [name, frame.globals, locals, fromlist, level], null);
  }
  return importModuleLevel(interp, text(name), frame.globals, fromlist, Number(longValue(level)));
}

/** IMPORT_FROM: an attribute of the module, else a submodule, else ImportError. CPython: import_from */
export function importFrom(interp: Interpreter, module: PyObject, name: PyObject): PyObject {
  const v = PyObject_LookupAttr(interp, module, name);
  if (v !== null) return v;
  const pkgName = PyObject_LookupAttr(interp, module, internedStr(interp, '__name__'));
  const pkg = pkgName !== null && pkgName.ob_type.isSubtypeOf(interp.types.str) ? text(pkgName) : null;
  if (pkgName !== null) Py_DECREF(pkgName);
  if (pkg !== null) {
    const sub = PyDict_GetItem(interp, interp.modules, internedStr(interp, `${pkg}.${text(name)}`));
    if (sub !== null) return Py_NewRef(sub);
  }
  const file = PyObject_LookupAttr(interp, module, internedStr(interp, '__file__'));
  const where = file !== null && file.ob_type.isSubtypeOf(interp.types.str) ? text(file) : 'unknown location';
  if (file !== null) Py_DECREF(file);
  const msg = pkg === null ? `cannot import name '${text(name)}' from '<unknown module name>' (${where})`
    : `cannot import name '${text(name)}' from '${pkg}' (${where})`;
  // CPython: _PyErr_SetImportErrorWithNameFrom (msg, name, path, name_from)
  const msgObj = PyUnicode_FromString(interp, msg);
  const exc = newException(interp, excType(interp, 'ImportError'), [Py_NewRef(msgObj)]);
  setExcField(exc, 'msg', msgObj);
  if (pkg !== null) setExcField(exc, 'name', PyUnicode_FromString(interp, pkg));
  setExcField(exc, 'name_from', Py_NewRef(name));
  throw exc;
}

/** `from module import *` into the frame's locals: __all__, else the public names. CPython: import_all_from */
export function importStar(interp: Interpreter, frame: Frame, module: PyObject): PyObject {
  const locals = frame.locals;
  if (locals === null) PyErr_SetString(interp, 'SystemError', 'no locals found during \'import *\'');
  const all = PyObject_LookupAttr(interp, module, internedStr(interp, '__all__'));
  const names: PyObject[] = [];
  if (all !== null) {
    const it = PyObject_GetIter(interp, all);
    try {
      for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) names.push(v);
    } finally {
      Py_DECREF(it);
      Py_DECREF(all);
    }
  } else {
    const dict = PyObject_GetAttr(interp, module, internedStr(interp, '__dict__'));
    try {
      for (const k of dictKeys(dict)) if (k.ob_type === interp.types.str && !text(k).startsWith('_')) names.push(Py_NewRef(k));
    } finally {
      Py_DECREF(dict);
    }
  }
  try {
    for (const n of names) {
      const v = PyObject_GetAttr(interp, module, n);
      PyDict_SetItem(interp, locals, n, v);
      Py_DECREF(v);
    }
  } finally {
    for (const n of names) Py_DECREF(n);
  }
  return interp.singletons.None;
}
