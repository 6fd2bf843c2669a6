// The end of the modules at interpreter exit, in CPython 3.12's order: a collection first, then
// sys.modules emptied (each module dies unless something else holds it), the builtins restored,
// a full collection that finds the modules' dicts in cycles with their functions and classes
// (their objects' finalizers run with the globals intact), the dicts of modules still alive
// wiped, sys's and builtins' dicts cleared, and a last collection.
// CPython: Python/pylifecycle.c (Py_FinalizeEx's PyGC_Collect, finalize_modules and its helpers),
// Objects/moduleobject.c (_PyModule_ClearDict).
import type { Interpreter } from './interpreter.ts';
import { dictCopy, dictKeys, dictMerge, PyDict_DelItem, PyDict_GetItem, PyDict_SetItem, type PyDictObject } from '../objects/dictobject.ts';
import { internedStr } from '../objects/codeobject.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from '../objects/object.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';
import { gcCollectNoFail } from '../memory/gc.ts';

/** The builtins as they were before the program ran, restored at exit. CPython: interp->builtins_copy */
export function saveBuiltinsCopy(interp: Interpreter): void {
  const copy = dictCopy(interp, interp.builtinsDict);
  // CPython copies the builtins before the io module's open() joins them (init_set_builtins_open).
  const open = internedStr(interp, 'open');
  if (PyDict_GetItem(interp, copy, open) !== null) PyDict_DelItem(interp, copy, open);
  interp.builtinsCopy = copy;
}

/**
 * A module's dict at its end: every value but __builtins__ becomes None, names starting with one
 * underscore first. This breaks the cycles between a module's functions and its globals.
 * CPython: _PyModule_ClearDict
 */
export function moduleClearDict(interp: Interpreter, d: PyObject): void {
  const none = interp.singletons.None;
  for (const pass of [1, 2]) {
    for (const key of dictKeys(d)) {
      if (key.ob_type !== interp.types.str) continue;
      const k = text(key);
      const underscore = k.startsWith('_') && !k.startsWith('__');
      if (pass === 1 ? !underscore : underscore || k === '__builtins__') continue;
      PyDict_SetItem(interp, d, key, none);
    }
  }
}

/** sys attributes set to None first: common places for user values. CPython: sys_deletes */
const SYS_DELETES = ['path', 'argv', 'ps1', 'ps2', 'last_exc', 'last_type', 'last_value', 'last_traceback', 'path_hooks',
  'path_importer_cache', 'meta_path', '__interactivehook__'];

/** builtins._ and the sys attributes above become None; the standard streams are the original ones again. CPython: finalize_modules_delete_special */
function deleteSpecial(interp: Interpreter, sysDict: PyObject): void {
  const none = interp.singletons.None;
  PyDict_SetItem(interp, interp.builtinsDict, internedStr(interp, '_'), none);
  for (const name of SYS_DELETES) {
    // CPython: _PySys_ClearAttrString (only attributes that exist)
    const key = internedStr(interp, name);
    if (PyDict_GetItem(interp, sysDict, key) !== null) PyDict_SetItem(interp, sysDict, key, none);
  }
  for (const name of ['stdin', 'stdout', 'stderr']) {
    const orig = PyDict_GetItem(interp, sysDict, internedStr(interp, `__${name}__`)) ?? none;
    PyDict_SetItem(interp, sysDict, internedStr(interp, name), orig);
  }
}

function dictClear(d: PyObject): void {
  (d as PyDictObject).body.clear();
}

/** Whether a module seen in sys.modules (not referenced since) is still alive. CPython: the weakref of finalize_remove_modules */
function alive(o: PyObject): boolean {
  return o.ob_refcnt > 0;
}

/** Destroys all modules. CPython: finalize_modules */
export function finalizeModules(interp: Interpreter): void {
  const modules = interp.modules;
  const sysDict = interp.sysDict!;
  const builtins = interp.builtinsDict;
  deleteSpecial(interp, sysDict);
  // CPython: finalize_remove_modules — each module's entry becomes None; a module nothing else
  // holds dies here.
  const seen: PyObject[] = [];
  for (const k of dictKeys(modules)) {
    const m = PyDict_GetItem(interp, modules, k);
    if (m === null || !m.ob_type.isSubtypeOf(interp.types.module)) continue;
    seen.push(m);
    PyDict_SetItem(interp, modules, k, interp.singletons.None);
  }
  // CPython: finalize_clear_modules_dict, finalize_restore_builtins
  dictClear(modules);
  if (interp.builtinsCopy !== null) {
    dictClear(builtins);
    dictMerge(interp, builtins, interp.builtinsCopy, 1);
  }
  gcCollectNoFail(interp);
  // CPython: finalize_modules_clear_weaklist — modules still alive, the last imported first.
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = seen[i]!;
    if (!alive(m) || m.ob_dict === null || m.ob_dict === builtins || m.ob_dict === sysDict) continue;
    // Held while its dict is wiped (CPython's strong reference from the weakref).
    Py_INCREF(m);
    try {
      moduleClearDict(interp, m.ob_dict);
    } finally {
      Py_DECREF(m);
    }
  }
  // CPython: finalize_clear_sys_builtins_dict, _PyImport_ClearModules
  dictClear(sysDict);
  dictClear(builtins);
  interp.modules = null as unknown as PyObject;
  interp.importFunc = null;
  interp.sysDict = null;
  interp.defaultExceptHook = null;
  Py_DECREF(modules);
  Py_DECREF(sysDict);
  gcCollectNoFail(interp);
}
