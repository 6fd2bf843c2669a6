// import statements: IMPORT_NAME, IMPORT_FROM and `from m import *`. Modules not yet in
// sys.modules are found and loaded by src/runtime/import.ts. CPython: Python/ceval.c (import_name, import_from, import_all_from),
// Python/import.c (PyImport_ImportModuleLevelObject).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_GetAttr, PyObject_LookupAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { dictKeys, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { longValue } from '../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_GetIter, PyObject_IsTrue, reprText } from '../objects/objectops.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';
import { findAndLoad, handleFromlist, importError, moduleIsInitializing } from '../runtime/import.ts';
import type { Frame } from './frame.ts';


/** The package a relative import starts from: __package__, else __name__ (minus its last part unless it is a package). CPython: resolve_name */
function resolveName(interp: Interpreter, name: string, globals: PyObject, level: number): string {
  const pkgObj = PyDict_GetItem(interp, globals, internedStr(interp, '__package__'));
  let pkg: string | null = null;
  if (pkgObj !== null && pkgObj !== interp.singletons.None) {
    if (!pkgObj.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'package must be a string');
    pkg = text(pkgObj);
  }
  if (pkg === null) {
    const n = PyDict_GetItem(interp, globals, internedStr(interp, '__name__'));
    if (n === null) PyErr_SetString(interp, 'KeyError', "'__name__' not in globals");
    if (!n.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', '__name__ must be a string');
    pkg = text(n);
    if (PyDict_GetItem(interp, globals, internedStr(interp, '__path__')) === null) pkg = pkg.includes('.') ? pkg.slice(0, pkg.lastIndexOf('.')) : '';
  }
  if (pkg === '') importError(interp, 'ImportError', 'attempted relative import with no known parent package', null);
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) importError(interp, 'ImportError', 'attempted relative import beyond top-level package', null);
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/**
 * __import__(name, globals, locals, fromlist, level): the top-level package for `import a.b`,
 * the module itself when there is a fromlist (after importing the submodules it names).
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
  const mod = findAndLoad(interp, absName);
  try {
    const hasFrom = fromlist !== interp.singletons.None && PyObject_IsTrue(interp, fromlist);
    if (!hasFrom) {
      const dot = name.indexOf('.');
      if ((level === 0 || name.length > 0) && dot >= 0) {
        if (level === 0) return importModuleLevel(interp, name.slice(0, dot), null, interp.singletons.None, 0);
        const toReturn = absName.slice(0, absName.length - (name.length - dot));
        const m = PyDict_GetItem(interp, interp.modules, internedStr(interp, toReturn));
        if (m === null) PyErr_SetString(interp, 'KeyError', `'${toReturn}' not in sys.modules as expected`);
        return Py_NewRef(m);
      }
      return Py_NewRef(mod);
    }
    const path = PyObject_LookupAttr(interp, mod, internedStr(interp, '__path__'));
    if (path !== null) {
      Py_DECREF(path);
      handleFromlist(interp, mod, fromlist);
    }
    return Py_NewRef(mod);
  } finally {
    Py_DECREF(mod);
  }
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
  try {
    if (pkg !== null) {
      const sub = PyDict_GetItem(interp, interp.modules, internedStr(interp, `${pkg}.${text(name)}`));
      if (sub !== null) return Py_NewRef(sub);
    }
    return importFromError(interp, module, name, pkg, pkgName);
  } finally {
    if (pkgName !== null) Py_DECREF(pkgName);
  }
}

// CPython: import_from's error path
function importFromError(interp: Interpreter, module: PyObject, name: PyObject, pkg: string | null, pkgName: PyObject | null): never {
  const file = module.ob_type.isSubtypeOf(interp.types.module) && module.ob_dict !== null ? PyDict_GetItem(interp, module.ob_dict, internedStr(interp, '__file__')) : null;
  const shown = pkg === null ? "'<unknown module name>'" : reprText(interp, pkgName!);
  const nameRepr = reprText(interp, name);
  if (file === null || !file.ob_type.isSubtypeOf(interp.types.str)) {
    return importError(interp, 'ImportError', `cannot import name ${nameRepr} from ${shown} (unknown location)`, pkg, null, text(name));
  }
  const msg = moduleIsInitializing(interp, module)
    ? `cannot import name ${nameRepr} from partially initialized module ${shown} (most likely due to a circular import) (${text(file)})`
    : `cannot import name ${nameRepr} from ${shown} (${text(file)})`;
  return importError(interp, 'ImportError', msg, pkg, text(file), text(name));
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
