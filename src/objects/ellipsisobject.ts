// The ellipsis type and its one instance, Ellipsis (`...`); with it, the constructors of the
// other singleton types, NoneType and NotImplementedType, which return their instance.
// CPython: Objects/sliceobject.c (ellipsis_new, ellipsis_repr, ellipsis_reduce),
// Objects/object.c (none_new, notimplemented_new, notimplemented_reduce).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_WarnEx } from '../modules/warningsmodule.ts';
import { PyErr_SetString } from './exceptions.ts';
import type { PyObject } from './object.ts';
import { METH_NOARGS, type MethodDef, type newfunc, type PyTypeObject } from './typeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';

/** A tp_new that takes no arguments and returns the type's single instance. */
function singletonNew(displayName: string, instance: (interp: Interpreter) => PyObject): newfunc {
  return (type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject => {
    const interp = type.tp_interp;
    if (args.length > 0 || (kwnames !== null && (kwnames.body as unknown[]).length > 0)) {
      PyErr_SetString(interp, 'TypeError', `${displayName} takes no arguments`);
    }
    return instance(interp);
  };
}

// CPython: ellipsis_new, none_new, notimplemented_new
export const ellipsis_new = singletonNew('EllipsisType', (interp) => interp.singletons.Ellipsis);
export const none_new = singletonNew('NoneType', (interp) => interp.singletons.None);
export const notimplemented_new = singletonNew('NotImplementedType', (interp) => interp.singletons.NotImplemented);

// CPython: ellipsis_repr
export function ellipsis_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o.ob_type.tp_interp, 'Ellipsis');
}

/** __reduce__ of a singleton: its name, which pickle looks up as a global. */
function reduceToName(name: string): MethodDef {
  return { name: '__reduce__', flags: METH_NOARGS, impl: (interp) => PyUnicode_FromString(interp, name) };
}

// CPython: ellipsis_methods, notimplemented_methods
export const ELLIPSIS_METHODS: readonly MethodDef[] = [reduceToName('Ellipsis')];
export const NOTIMPLEMENTED_METHODS: readonly MethodDef[] = [reduceToName('NotImplemented')];

// CPython: notimplemented_bool — deprecated in a boolean context since 3.12, then true.
export function notimplemented_bool(o: PyObject): boolean {
  PyErr_WarnEx(o.ob_type.tp_interp, 'DeprecationWarning', 'NotImplemented should not be used in a boolean context', 1);
  return true;
}
