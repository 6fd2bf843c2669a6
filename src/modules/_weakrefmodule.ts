// The _weakref module: weak reference types and the functions weakref.py builds on.
// CPython: Modules/_weakref.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, noKeywords, oneArg } from '../objects/args.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { proxyType, PyWeakref_NewProxy } from '../objects/weakproxyobject.ts';
import { isWeakrefType, refType, supportsWeakrefs, type PyWeakReference } from '../objects/weakrefobject.ts';

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: _weakref_getweakrefcount
  ['getweakrefcount', (interp, _s, args, kw) => {
    const o = oneArg(interp, '_weakref.getweakrefcount', args, kw);
    return PyLong_FromNumber(interp, supportsWeakrefs(o) ? interp.weakrefLists.get(o)?.length ?? 0 : 0);
  }],
  // CPython: _weakref_getweakrefs
  ['getweakrefs', (interp, _s, args, kw) => {
    const o = oneArg(interp, '_weakref.getweakrefs', args, kw);
    const list = supportsWeakrefs(o) ? interp.weakrefLists.get(o) ?? [] : [];
    return _PyList_FromArraySteal(interp, list.map((r) => Py_NewRef(r)));
  }],
  // CPython: _weakref_proxy_impl
  ['proxy', (interp, _s, args, kw) => {
    noKeywords(interp, 'proxy', kw);
    checkPositional(interp, 'proxy', args.length, 1, 2);
    return PyWeakref_NewProxy(interp, args[0]!, args[1] ?? null);
  }],
  // CPython: _weakref__remove_dead_weakref_impl (the value is removed only if it is a dead weakref)
  ['_remove_dead_weakref', (interp, _s, args, kw) => {
    noKeywords(interp, '_remove_dead_weakref', kw);
    checkPositional(interp, '_remove_dead_weakref', args.length, 2, 2);
    const [d, key] = args as [PyObject, PyObject];
    if (!d.ob_type.isSubtypeOf(interp.types.dict)) {
      PyErr_SetString(interp, 'TypeError', `_remove_dead_weakref() argument 1 must be dict, not ${d.ob_type.tp_name}`);
    }
    // CPython: PyDict_DelItemIf with is_dead_weakref (a missing key is fine)
    const v = PyDict_GetItem(interp, d, key);
    if (v === null) return interp.singletons.None;
    if (!isWeakrefType(interp, v.ob_type)) PyErr_SetString(interp, 'TypeError', 'not a weakref');
    if ((v as PyWeakReference).body.object === null) PyDict_DelItem(interp, d, key);
    return interp.singletons.None;
  }],
];

export function createWeakrefModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_weakref'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Weak-reference support module.'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  const ref = refType(interp);
  moduleAdd(interp, m, 'ref', Py_NewRef(ref));
  moduleAdd(interp, m, 'ReferenceType', Py_NewRef(ref));
  moduleAdd(interp, m, 'ProxyType', Py_NewRef(proxyType(interp, false)));
  moduleAdd(interp, m, 'CallableProxyType', Py_NewRef(proxyType(interp, true)));
  return m;
}
