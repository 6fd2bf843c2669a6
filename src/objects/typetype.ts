// `type` at the Python level: calling a class, class attribute lookup and assignment, repr,
// and the attributes every class has. CPython: Objects/typeobject.c (type_call, type_new,
// type_init, _Py_type_getattro, type_setattro, type_repr, type_getsets, type_methods).
import type { PyTupleObject } from './tupleobject.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_LookupAttr, raiseAttributeError } from './attributes.ts';
import { internedStr } from './codeobject.ts';
import { typeQualname } from './descrobject.ts';
import { docFromInternalDoc } from './internaldoc.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { PyMappingProxy_New } from './mappingproxyobject.ts';
import { makeTpCallArgs } from './call_args.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_IS_ABSTRACT, type PyObject } from './object.ts';
import { typeFullName, typeModuleName } from './objecttype.ts';
import { PyObject_IsTrue } from './objectops.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, PyTypeObject, type GetSetDef, type MethodDef } from './typeobject.ts';
import { _PyType_Lookup } from './typeready.ts';
import { fixupSlotDispatchers } from './typeslots.ts';
import { typeNew, type_dealloc } from './type_new.ts';

export { type_dealloc };
import { type___dir__ } from './objectdir.ts';
import { PyType_Modified, readonlyMember, TYPE_LAYOUT_GETSET, TYPE_LAYOUT_METHODS } from './typeattrs.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';


function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
}

/**
 * Calling a type: `type(x)`, a builtin type's own constructor, or tp_new then tp_init when
 * the result is an instance. CPython: type_call
 */
export function type_call(callable: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const type = callable as PyTypeObject;
  const interp = type.tp_interp;
  if (type === interp.types.type && args.length === 1 && kwnames === null) return Py_NewRef(args[0]!.ob_type);
  if (type.tp_vectorcall !== null && !type.tp_call_makes_args) return type.tp_vectorcall(type, args, kwnames);
  // A type without vectorcall is called through tp_call with an args tuple and a keyword dict,
  // which live for the call (CPython: _PyObject_MakeTpCall); tp_new and tp_init here still read
  // the vectorcall arguments.
  const [argsTuple, kwds] = makeTpCallArgs(interp, args, kwnames);
  try {
    if (type.tp_vectorcall !== null) return type.tp_vectorcall(type, args, kwnames);
    if (type.tp_new === null) PyErr_SetString(interp, 'TypeError', `cannot create '${typeFullName(interp, type)}' instances`);
    const obj = type.tp_new(type, args, kwnames);
    if (!obj.ob_type.isSubtypeOf(type)) return obj;
    const init = obj.ob_type.tp_init;
    if (init !== null) {
      try {
        init(obj, args, kwnames);
      } catch (e) {
        Py_DECREF(obj);
        throw e;
      }
    }
    return obj;
  } finally {
    Py_DECREF(argsTuple);
    Py_XDECREF(kwds);
  }
}

/** type.__new__: the one-argument form or a new class. CPython: type_new */
export function type_new(metatype: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = metatype.tp_interp;
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  if (metatype === interp.types.type && npos === 1 && nkw === 0) return Py_NewRef(args[0]!.ob_type);
  if (npos !== 3) PyErr_SetString(interp, 'TypeError', npos === 1 || metatype !== interp.types.type ? 'type.__new__() takes exactly 3 arguments (' + npos + ' given)' : 'type() takes 1 or 3 arguments');
  const [name, bases, dict] = args as PyObject[];
  if (!name!.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `type.__new__() argument 1 must be str, not ${name!.ob_type.tp_name}`);
  if (!bases!.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', `type.__new__() argument 2 must be tuple, not ${bases!.ob_type.tp_name}`);
  if (!dict!.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', `type.__new__() argument 3 must be dict, not ${dict!.ob_type.tp_name}`);
  const frame = interp.currentGlobals();
  const globalsName = frame === null ? null : PyDict_GetItem(interp, frame, internedStr(interp, '__name__'));
  return typeNew(interp, metatype, name!, bases!, dict!, kwnames, args.slice(3), globalsName);
}

// CPython: type_init
export function type_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  if (npos === 1 && nkw > 0) PyErr_SetString(interp, 'TypeError', 'type.__init__() takes no keyword arguments');
  if (npos !== 1 && npos !== 3) PyErr_SetString(interp, 'TypeError', 'type.__init__() takes 1 or 3 arguments');
}

/**
 * Attribute lookup on a class: data descriptors of the metaclass, then the class's MRO (bound
 * with no instance), then the metaclass's other attributes. CPython: _Py_type_getattro
 */
export function type_getattro(o: PyObject, name: PyObject): PyObject {
  const type = o as PyTypeObject;
  const interp = type.tp_interp;
  const meta = type.ob_type;
  const metaAttr = _PyType_Lookup(interp, meta, name);
  let metaGet = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && metaAttr.ob_type.tp_descr_set !== null) return metaGet(metaAttr, type, meta);
  }
  const attr = _PyType_Lookup(interp, type, name);
  if (attr !== null) {
    const get = attr.ob_type.tp_descr_get;
    return get === null ? Py_NewRef(attr) : get(attr, null, type);
  }
  if (metaGet !== null) return metaGet(metaAttr!, type, meta);
  if (metaAttr !== null) return Py_NewRef(metaAttr);
  return raiseAttributeError(interp, `type object '${typeQualname(type)}' has no attribute '${text(name)}'`, name, type);
}

/** Assignment to a class attribute; a dunder updates the slots of the class and its subclasses. CPython: type_setattro */
export function type_setattro(o: PyObject, name: PyObject, value: PyObject | null): void {
  const type = o as PyTypeObject;
  const interp = type.tp_interp;
  const n = text(name);
  if (type.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
    PyErr_SetString(interp, 'TypeError', `cannot set '${n}' attribute of immutable type '${type.tp_name}'`);
  }
  const metaAttr = _PyType_Lookup(interp, type.ob_type, name);
  const set = metaAttr === null ? null : metaAttr.ob_type.tp_descr_set;
  if (set !== null) {
    set(metaAttr!, type, value);
  } else if (value === null) {
    if (!PyDict_DelItem(interp, type.tp_dict!, name)) {
      raiseAttributeError(interp, `type object '${typeQualname(type)}' has no attribute '${n}'`, name, type);
    }
  } else {
    PyDict_SetItem(interp, type.tp_dict!, name, value);
  }
  PyType_Modified(type);
  if (n.startsWith('__') && n.endsWith('__')) updateSlots(interp, type);
}

// CPython: update_slot over the subclasses (recurse_down_subclasses)
function updateSlots(interp: Interpreter, type: PyTypeObject): void {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) fixupSlotDispatchers(interp, type);
  if (type.tp_subclasses !== null) for (const sub of type.tp_subclasses) updateSlots(interp, sub);
}

/** `<class 'module.Qualname'>`. CPython: type_repr */
export function type_repr(o: PyObject): PyObject {
  const type = o as PyTypeObject;
  return PyUnicode_FromString(type.tp_interp, `<class '${typeFullName(type.tp_interp, type)}'>`);
}

function heapOnly(interp: Interpreter, type: PyTypeObject, what: string): void {
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) PyErr_SetString(interp, 'TypeError', `cannot set '${what}' attribute of immutable type '${type.tp_name}'`);
}

/**
 * type.__bases__ = bases: the checks, and the assignment of the bases a class already has (as
 * typing.NamedTuple does). CPython: type_set_bases (which can also change them; Glasspy does
 * not rebuild MROs yet)
 */
function setBases(interp: Interpreter, o: PyObject, v: PyObject | null): void {
  const t = o as PyTypeObject;
  heapOnly(interp, t, '__bases__');
  if (v === null) PyErr_SetString(interp, 'TypeError', `cannot delete '__bases__' attribute of immutable type '${t.tp_name}'`);
  const name = typeQualname(t);
  if (!v.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', `can only assign tuple to ${name}.__bases__, not ${v.ob_type.tp_name}`);
  const items = (v as PyTupleObject).body;
  if (items.length === 0) PyErr_SetString(interp, 'TypeError', `can only assign non-empty tuple to ${name}.__bases__, not ()`);
  for (const b of items) {
    if (!(b instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', `${name}.__bases__ must be tuple of classes, not '${b.ob_type.tp_name}'`);
    if (b === t || b.isSubtypeOf(t)) PyErr_SetString(interp, 'TypeError', 'a __bases__ item causes an inheritance cycle');
  }
  const old = (t.tp_bases as PyTupleObject).body;
  if (old.length === items.length && old.every((b, i) => b === items[i])) return;
  PyErr_SetString(interp, 'SystemError', 'Glasspy does not implement assigning other bases to __bases__ yet');
}

function setStrAttr(interp: Interpreter, t: PyTypeObject, v: PyObject | null, what: string, field: 'ht_name' | 'ht_qualname'): void {
  heapOnly(interp, t, what);
  if (v === null) PyErr_SetString(interp, 'TypeError', `cannot delete '${what}' attribute of immutable type '${t.tp_name}'`);
  if (!v.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `can only assign string to ${typeQualname(t)}.${what}, not '${v.ob_type.tp_name}'`);
  }
  const old = t[field];
  t[field] = Py_NewRef(v);
  if (field === 'ht_name') t.tp_name = text(v);
  if (old !== null) Py_DECREF(old);
}

export const TYPE_GETSET: GetSetDef[] = [
  ...TYPE_LAYOUT_GETSET,
  {
    name: '__name__', get: (interp, o) => {
      const t = o as PyTypeObject;
      if (t.ht_name !== null) return Py_NewRef(t.ht_name);
      const dot = t.tp_name.lastIndexOf('.');
      return PyUnicode_FromString(interp, dot < 0 ? t.tp_name : t.tp_name.slice(dot + 1));
    },
    set: (interp, o, v) => setStrAttr(interp, o as PyTypeObject, v, '__name__', 'ht_name'),
  },
  {
    name: '__qualname__', get: (interp, o) => {
      const t = o as PyTypeObject;
      // CPython: type_qualname — a builtin type's is its name after the module's dots.
      return t.ht_qualname !== null ? Py_NewRef(t.ht_qualname) : PyUnicode_FromString(interp, t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1));
    },
    set: (interp, o, v) => setStrAttr(interp, o as PyTypeObject, v, '__qualname__', 'ht_qualname'),
  },
  { name: '__bases__', get: (_i, o) => Py_NewRef((o as PyTypeObject).tp_bases!), set: setBases },
  { name: '__mro__', get: (_i, o) => Py_NewRef((o as PyTypeObject).tp_mro!) },
  { name: '__base__', get: (interp, o) => Py_NewRef((o as PyTypeObject).tp_base ?? interp.singletons.None), set: readonlyMember },
  {
    name: '__module__', get: (interp, o) => {
      const t = o as PyTypeObject;
      if (t.ht_qualname !== null) {
        const m = PyDict_GetItem(interp, t.tp_dict!, internedStr(interp, '__module__'));
        if (m === null) PyErr_SetString(interp, 'AttributeError', '__module__');
        return Py_NewRef(m);
      }
      // Interned, as CPython's type_module does: a pickler memoizes it by identity.
      return Py_NewRef(internedStr(interp, typeModuleName(interp, t)!));
    },
    set: (interp, o, v) => {
      const t = o as PyTypeObject;
      heapOnly(interp, t, '__module__');
      if (v === null) PyErr_SetString(interp, 'TypeError', `cannot delete '__module__' attribute of immutable type '${t.tp_name}'`);
      PyDict_SetItem(interp, t.tp_dict!, internedStr(interp, '__module__'), v);
      PyType_Modified(t);
    },
  },
  { name: '__dict__', get: (interp, o) => PyMappingProxy_New(interp, (o as PyTypeObject).tp_dict!) },
  {
    // CPython: type_get_doc — a builtin type's doc is its tp_doc's, whatever its dict holds.
    name: '__doc__', get: (interp, o) => {
      const t = o as PyTypeObject;
      if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE) && t.tp_doc !== null) {
        const doc = docFromInternalDoc(t.tp_name, t.tp_doc);
        return doc === null ? interp.singletons.None : PyUnicode_FromString(interp, doc);
      }
      const d = PyDict_GetItem(interp, t.tp_dict!, internedStr(interp, '__doc__'));
      if (d === null) return interp.singletons.None;
      const get = d.ob_type.tp_descr_get;
      return get === null ? Py_NewRef(d) : get(d, null, t);
    },
    set: (interp, o, v) => {
      const t = o as PyTypeObject;
      heapOnly(interp, t, '__doc__');
      PyDict_SetItem(interp, t.tp_dict!, internedStr(interp, '__doc__'), v ?? interp.singletons.None);
    },
  },
  {
    name: '__abstractmethods__', get: (interp, o) => {
      const t = o as PyTypeObject;
      const v = t === interp.types.type ? null : PyDict_GetItem(interp, t.tp_dict!, internedStr(interp, '__abstractmethods__'));
      if (v === null) PyErr_SetString(interp, 'AttributeError', '__abstractmethods__');
      return Py_NewRef(v);
    },
    set: (interp, o, v) => {
      const t = o as PyTypeObject;
      const key = internedStr(interp, '__abstractmethods__');
      let abstract = false;
      if (v !== null) {
        abstract = PyObject_IsTrue(interp, v);
        PyDict_SetItem(interp, t.tp_dict!, key, v);
      } else if (!PyDict_DelItem(interp, t.tp_dict!, key)) {
        PyErr_SetString(interp, 'AttributeError', '__abstractmethods__');
      }
      PyType_Modified(t);
      if (abstract) t.tp_flags |= Py_TPFLAGS_IS_ABSTRACT;
      else t.tp_flags &= ~Py_TPFLAGS_IS_ABSTRACT;
    },
  },
];

/** isinstance(inst, cls) for a class `cls`, by type or __class__. CPython: object_isinstance (the type part) */
/**
 * isinstance(inst, cls) for a class: inst's type, else the class its __class__ names (a proxy
 * answers for its referent). CPython: object_isinstance
 */
export function typeIsInstance(interp: Interpreter, inst: PyObject, cls: PyTypeObject): boolean {
  if (inst.ob_type.isSubtypeOf(cls)) return true;
  const icls = PyObject_LookupAttr(interp, inst, internedStr(interp, '__class__'));
  if (icls === null) return false;
  const r = icls !== inst.ob_type && icls instanceof PyTypeObject && icls.isSubtypeOf(cls);
  Py_DECREF(icls);
  return r;
}

export const TYPE_METHODS: MethodDef[] = [
  ...TYPE_LAYOUT_METHODS,
  { name: '__dir__', flags: METH_NOARGS, impl: (interp, self) => type___dir__(interp, self!) },
  {
    name: '__prepare__', flags: METH_CLASS | METH_FASTCALL | METH_KEYWORDS, impl: (interp) => PyDict_New(interp),
  },
  {
    name: '__instancecheck__', flags: METH_O, impl: (interp, self, args) => (typeIsInstance(interp, args[0]!, self as PyTypeObject) ? interp.singletons.True : interp.singletons.False),
  },
  {
    name: '__subclasscheck__', flags: METH_O, impl: (interp, self, args) => {
      const c = args[0]!;
      if (!(c instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', 'issubclass() arg 1 must be a class');
      return c.isSubtypeOf(self as PyTypeObject) ? interp.singletons.True : interp.singletons.False;
    },
  },
  {
    name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => {
      const t = self as PyTypeObject;
      // CPython: type___sizeof___impl (sizeof(PyHeapTypeObject) and the shared keys, not the member defs)
      if ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) === 0) return PyLong_FromNumber(interp, 416);
      return PyLong_FromNumber(interp, 920 + (t.ht_cached_keys === null ? 0 : t.ht_cached_keys.byteSize()));
    },
  },
];

