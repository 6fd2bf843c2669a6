// super: attribute lookup that starts after a class in the MRO of an object's type.
// CPython: Objects/typeobject.c (super_init_impl, super_init_without_args, supercheck,
// super_getattro, super_descr_get, super_repr, super_dealloc).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import type { PyCellObject } from './cellobject.ts';
import { PyObject_GenericGetAttr } from './attributes.ts';
import { PyDict_GetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_NewRef, Py_XDECREF, type PyObject } from './object.ts';
import { typeFullName } from './objecttype.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { PyTypeObject, type GetSetDef, type visitproc, visitFields } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';

export interface SuperBody {
  /** The class to start after, the object (or class) bound, and the type whose MRO is used. */
  type: PyTypeObject | null;
  obj: PyObject | null;
  objType: PyTypeObject | null;
}

/** sizeof(superobject) on 64-bit 3.12. */
const SIZEOF_SUPER = 40;


// CPython: supercheck
function supercheck(interp: Interpreter, type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (obj instanceof PyTypeObject && obj.isSubtypeOf(type)) return obj;
  if (obj.ob_type.isSubtypeOf(type)) return obj.ob_type;
  return PyErr_SetString(interp, 'TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

/**
 * super() with no arguments: the calling function's first argument and its __class__ cell.
 * CPython: super_init_without_args
 */
function superArgsFromFrame(interp: Interpreter): [PyTypeObject, PyObject] {
  const f = interp.tstate.frame;
  if (f === null) return PyErr_SetString(interp, 'RuntimeError', 'super(): no current frame');
  const co = f.co;
  if (co.desc.co_argcount === 0) PyErr_SetString(interp, 'RuntimeError', 'super(): no arguments');
  let first = f.localsplus[0] ?? null;
  if (first !== null && first.ob_type === interp.types.cell && co.desc.co_argcount > 0) first = (first as PyCellObject).body;
  if (first === null) PyErr_SetString(interp, 'RuntimeError', 'super(): arg[0] deleted');
  const names = co.localsplusnames;
  for (let i = co.nlocals; i < names.length; i++) {
    if (text(names[i]!) !== '__class__') continue;
    const cell = f.localsplus[i] ?? null;
    const cls = cell === null ? null : (cell as PyCellObject).body;
    if (cls === null) PyErr_SetString(interp, 'RuntimeError', 'super(): empty __class__ cell');
    if (!(cls instanceof PyTypeObject)) PyErr_SetString(interp, 'RuntimeError', `super(): __class__ is not a type (${cls.ob_type.tp_name})`);
    return [cls, first];
  }
  return PyErr_SetString(interp, 'RuntimeError', 'super(): __class__ cell not found');
}

/** super(), super(type), super(type, obj). CPython: super_vectorcall / super_init_impl */
export function super_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  if (kwnames !== null && (kwnames.body as PyObject[]).length > 0) PyErr_SetString(interp, 'TypeError', 'super() takes no keyword arguments');
  if (args.length > 2) PyErr_SetString(interp, 'TypeError', `super() takes at most 2 arguments (${args.length} given)`);
  let t: PyObject;
  let obj: PyObject | null;
  if (args.length === 0) [t, obj] = superArgsFromFrame(interp);
  else {
    t = args[0]!;
    obj = args[1] ?? null;
  }
  if (!(t instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', `super() argument 1 must be a type, not ${t.ob_type.tp_name}`);
  if (obj === interp.singletons.None) obj = null;
  const objType = obj === null ? null : supercheck(interp, t, obj);
  const body: SuperBody = { type: Py_NewRef(t), obj: obj === null ? null : Py_NewRef(obj), objType: objType === null ? null : Py_NewRef(objType) };
  return allocObject(interp, interp.types.super, SIZEOF_SUPER, 0, body);
}

export function super_dealloc(o: PyObject): void {
  const b = o.body as SuperBody;
  Py_XDECREF(b.obj);
  Py_XDECREF(b.type);
  Py_XDECREF(b.objType);
  freeObject(o);
}

export function super_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as SuperBody;
  visitFields(visit, arg, b.obj, b.type, b.objType);
}

// CPython: super_getattro — along the MRO of the bound type, after `type`.
export function super_getattro(o: PyObject, name: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as SuperBody;
  const start = b.objType;
  if (start !== null && text(name) !== '__class__') {
    const mro = (start.tp_mro as PyTupleObject).body;
    let i = mro.indexOf(b.type!);
    if (i >= 0) {
      for (i++; i < mro.length; i++) {
        const d = (mro[i] as PyTypeObject).tp_dict;
        const res = d === null ? null : PyDict_GetItem(interp, d, name);
        if (res === null) continue;
        const get = res.ob_type.tp_descr_get;
        if (get === null) return Py_NewRef(res);
        return get(res, b.obj === start ? null : b.obj, start);
      }
    }
  }
  return PyObject_GenericGetAttr(o, name);
}

// CPython: super_descr_get — an unbound super binds to the instance it is found through.
export function super_descr_get(o: PyObject, obj: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as SuperBody;
  if (obj === null || obj === interp.singletons.None || b.obj !== null) return Py_NewRef(o);
  return super_new(interp.types.super, [b.type!, obj], null);
}

// CPython: super_repr
export function super_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = o.body as SuperBody;
  const t = b.type === null ? 'NULL' : typeFullName(interp, b.type);
  if (b.objType === null) return PyUnicode_FromString(interp, `<super: <class '${t}'>, NULL>`);
  return PyUnicode_FromString(interp, `<super: <class '${t}'>, <${typeFullName(interp, b.objType)} object>>`);
}

export const SUPER_GETSET: GetSetDef[] = [
  { name: '__thisclass__', get: (interp, o) => Py_NewRef((o.body as SuperBody).type ?? interp.singletons.None) },
  { name: '__self__', get: (interp, o) => Py_NewRef((o.body as SuperBody).obj ?? interp.singletons.None) },
  { name: '__self_class__', get: (interp, o) => Py_NewRef((o.body as SuperBody).objType ?? interp.singletons.None) },
];

