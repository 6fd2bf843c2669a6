// The builtins that importing site adds (exit, quit, copyright, credits, license, help): objects
// of the classes of the _sitebuiltins module, registered in sys.modules as CPython's site leaves
// it. The classes are written in Python here because they are Python classes in CPython (their
// instances have a __dict__, a type named '_sitebuiltins.Quitter', ...). Until the standard
// library can be imported, the module is this stand-in (frozen_sources.ts): the license text
// is never found, so `license` gives the address CPython gives when no LICENSE file exists, and
// help() fails to import pydoc.
// CPython: Lib/site.py (setquit, setcopyright, sethelper), Lib/_sitebuiltins.py
import type { Interpreter } from './interpreter.ts';
import { codeFromDescriptor, internedStr } from '../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import { PyEval_EvalCode } from './bltin_exec.ts';
import { frozenCode } from './frozen.ts';

/** The names site adds to builtins, in the order it adds them. */
const NAMES = ['exit', 'quit', 'copyright', 'credits', 'license', 'help'] as const;

/**
 * Runs the _sitebuiltins stand-in as a module in sys.modules and moves the objects it makes into
 * `builtins`. CPython: site.main's setquit(), setcopyright() and sethelper()
 */
export function initSiteBuiltins(interp: Interpreter, builtins: PyObject): void {
  const name = internedStr(interp, '_sitebuiltins');
  const mod = PyModule_New(interp, name);
  PyDict_SetItem(interp, interp.modules, name, mod);
  const d = mod.ob_dict!;
  PyDict_SetItem(interp, d, internedStr(interp, '__builtins__'), builtins);
  const code = codeFromDescriptor(interp, frozenCode('_sitebuiltins'));
  Py_DECREF(PyEval_EvalCode(interp, code, d, d));
  Py_DECREF(code);
  for (const n of NAMES) {
    const key = internedStr(interp, n);
    PyDict_SetItem(interp, builtins, key, PyDict_GetItem(interp, d, key)!);
    PyDict_DelItem(interp, d, key);
  }
  Py_DECREF(mod);
}
