// `object`: the slots and methods every class inherits. CPython: Objects/typeobject.c
// (object_new, object_init, excess_args, object_repr, object_str, object_richcompare,
// object_dealloc, object___format___impl, object___sizeof___impl, object_get_class,
// object_init_subclass, object___dir___impl).
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from './attributes.ts';
import { PyDict_GetItem, PyDict_New } from './dictobject.ts';
import { internedStr } from './codeobject.ts';
import { PyObject_GetIter, PyObject_IsTrue } from './objectops.ts';
import { PyErr_SetString } from './exceptions.ts';
import { pointerHash, type PyHash } from './hash/index.ts';
import { longDigits, longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { ensureInstanceDict, initInstanceValues, materializeInstanceDict } from './instancedict.ts';
import { memoryviewNdim } from './memoryobject.ts';
import { Py_DECREF, Py_NewRef, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IS_ABSTRACT, Py_TPFLAGS_MANAGED_DICT, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_Str, Py_EQ, Py_NE } from './objectops.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, PyTypeObject, type GetSetDef, type MethodDef } from './typeobject.ts';
import { object___dir__ } from './objectdir.ts';
import { object___getstate__, object___reduce__, object___reduce_ex__ } from './objectreduce.ts';
import { PyUnicode_FromString, unicodeText as text } from './unicodeobject.ts';


function excessArgs(args: readonly PyObject[], kwnames: PyObject | null): boolean {
  return args.length > 0 || (kwnames !== null && (kwnames.body as PyObject[]).length > 0);
}

/** A new instance of `type` (a class or object itself), its slots and dict empty. CPython: PyType_GenericAlloc */
export function PyType_GenericAlloc(type: PyTypeObject): PyObject {
  const interp = type.tp_interp;
  const o = allocObject(interp, type, type.tp_basicsize, 0, null);
  if (type.tp_nslots > 0) o.ob_slots = new Array<PyObject | null>(type.tp_nslots).fill(null);
  // Instances of classes keep their class alive (CPython: heap types are INCREF'd by instances).
  Py_NewRef(type);
  return o;
}

// CPython: object_new
export function object_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const objectType = interp.types.object;
  if (excessArgs(args, kwnames)) {
    if (type.tp_new !== object_new) PyErr_SetString(interp, 'TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === object_init) PyErr_SetString(interp, 'TypeError', `${type.tp_name}() takes no arguments`);
  }
  if (type.tp_flags & Py_TPFLAGS_IS_ABSTRACT) raiseAbstract(interp, type);
  if (type === objectType) return allocObject(interp, objectType, 16, 0, null);
  const o = PyType_GenericAlloc(type);
  if (type.tp_flags & Py_TPFLAGS_MANAGED_DICT) initInstanceValues(o);
  return o;
}

/** CPython: object_new's abstract-class error, naming the methods in sorted order. */
function raiseAbstract(interp: Interpreter, type: PyTypeObject): never {
  const names: string[] = [];
  const am = type.tp_dict === null ? null : PyDict_GetItem(interp, type.tp_dict, internedStr(interp, '__abstractmethods__'));
  if (am !== null) {
    const it = PyObject_GetIter(interp, am);
    try {
      for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) {
        names.push(text(v));
        Py_DECREF(v);
      }
    } finally {
      Py_DECREF(it);
    }
  }
  names.sort();
  const list = names.map((n) => `'${n}'`).join(', ');
  return PyErr_SetString(interp, 'TypeError',
    `Can't instantiate abstract class ${type.tp_name} without an implementation for abstract method${names.length === 1 ? '' : 's'} ${list}`);
}

// CPython: object_init
export function object_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const type = self.ob_type;
  const interp = type.tp_interp;
  if (excessArgs(args, kwnames)) {
    if (type.tp_init !== object_init) PyErr_SetString(interp, 'TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.tp_new === object_new) PyErr_SetString(interp, 'TypeError', `${type.tp_name}() takes no arguments`);
  }
}

/** `<module.Qualname object at 0x...>`. CPython: object_repr */
export function object_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, `<${typeFullName(interp, o.ob_type)} object at 0x${o.addr.toString(16)}>`);
}

/** module.qualname of a class, or tp_name of a builtin type whose module is builtins. */
export function typeFullName(interp: Interpreter, type: PyTypeObject): string {
  if (type.ht_qualname === null) return type.tp_name;
  const mod = typeModuleName(interp, type);
  const q = text(type.ht_qualname);
  return mod === null || mod === 'builtins' ? q : `${mod}.${q}`;
}

/** __module__ of a type, as a JS string when it is a str. CPython: type_module */
export function typeModuleName(interp: Interpreter, type: PyTypeObject): string | null {
  if (type.ht_qualname === null) {
    const dot = type.tp_name.lastIndexOf('.');
    return dot < 0 ? 'builtins' : type.tp_name.slice(0, dot);
  }
  const m = type.tp_dict === null ? null : PyDict_GetItem(interp, type.tp_dict, internedStr(interp, '__module__'));
  return m !== null && m.ob_type.isSubtypeOf(interp.types.str) ? text(m) : null;
}

// CPython: object_str
export function object_str(o: PyObject): PyObject {
  const repr = o.ob_type.tp_repr ?? object_repr;
  return repr(o);
}

// CPython: object_richcompare — == is identity, != inverts __eq__, the rest are not implemented.
export function object_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  const interp = self.ob_type.tp_interp;
  const s = interp.singletons;
  if (op === Py_EQ) return self === other ? s.True : s.NotImplemented;
  if (op === Py_NE) {
    const eq = self.ob_type.tp_richcompare;
    if (eq === null) return s.NotImplemented;
    const r = eq(self, other, Py_EQ);
    if (r === s.NotImplemented) return r;
    try {
      return PyObject_IsTrue(interp, r) ? s.False : s.True;
    } finally {
      Py_DECREF(r);
    }
  }
  return s.NotImplemented;
}

// CPython: _Py_HashPointer
export function object_hash(o: PyObject): PyHash {
  return pointerHash(o.addr);
}

/** tp_dealloc of `object` itself. */
export function object_dealloc(o: PyObject): void {
  freeObject(o);
}

const format: MethodDef = {
  name: '__format__', flags: METH_O, impl: (interp, self, args) => {
    const spec = args[0]!;
    if (!spec.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    }
    if (text(spec).length > 0) PyErr_SetString(interp, 'TypeError', `unsupported format string passed to ${self!.ob_type.tp_name}.__format__`);
    return PyObject_Str(interp, self!);
  },
};

/** How to read ob_size of the instances of var-sized types defined by modules (re.Pattern ...). */
const moduleVarSizes = new WeakMap<PyTypeObject, (o: PyObject) => number>();

/** Registers how ob_size of `type`'s instances is found, for object.__sizeof__. */
export function setVarSize(type: PyTypeObject, obSize: (o: PyObject) => number): void {
  moduleVarSizes.set(type, obSize);
}

/** ob_size of the var-sized objects whose size object.__sizeof__ computes. CPython: Py_SIZE */
function Py_SIZE(interp: Interpreter, o: PyObject): number {
  const t = o.ob_type;
  const moduleVarSize = moduleVarSizes.get(t);
  if (moduleVarSize !== undefined) return moduleVarSize(o);
  if (t.isSubtypeOf(interp.types.tuple)) return (o.body as PyObject[]).length;
  if (t.isSubtypeOf(interp.types.bytes)) return (o.body as Uint8Array).length;
  if (t === interp.types.memoryview) return 3 * memoryviewNdim(o);
  if (PyLong_Check(o)) {
    // 3.12 keeps lv_tag where ob_size was: the digit count shifted by 3, and the sign
    // (0 positive, 1 zero, 2 negative) in the low bits. CPython: _PyLong_SetSignAndDigitCount
    const v = BigInt(longValue(o));
    return v === 0n ? 1 : (longDigits(v) << 3) | (v < 0n ? 2 : 0);
  }
  // A class's own __slots__ members (the type was allocated with one item per member).
  if (t.isSubtypeOf(interp.types.type) && (o as PyTypeObject).tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const type = o as PyTypeObject;
    return type.tp_nslots - (type.tp_base?.tp_nslots ?? 0);
  }
  return 0;
}

export const OBJECT_METHODS: MethodDef[] = [
  format,
  { name: '__dir__', flags: METH_NOARGS, impl: (interp, self) => object___dir__(interp, self!) },
  { name: '__getstate__', flags: METH_NOARGS, impl: object___getstate__ },
  { name: '__reduce__', flags: METH_NOARGS, impl: object___reduce__ },
  { name: '__reduce_ex__', flags: METH_O, impl: object___reduce_ex__ },
  {
    // CPython: object___sizeof___impl (tp_basicsize, and ob_size items of tp_itemsize bytes)
    name: '__sizeof__', flags: METH_NOARGS, impl: (interp, self) => {
      const t = self!.ob_type;
      return PyLong_FromNumber(interp, t.tp_basicsize + (t.tp_itemsize === 0 ? 0 : t.tp_itemsize * Py_SIZE(interp, self!)));
    },
  },
  {
    name: '__init_subclass__', flags: METH_CLASS | METH_NOARGS, impl: (interp) => interp.singletons.None,
  },
  {
    name: '__subclasshook__', flags: METH_CLASS | METH_FASTCALL | METH_KEYWORDS, impl: (interp) => Py_NewRef(interp.singletons.NotImplemented),
  },
];

export const OBJECT_GETSET: GetSetDef[] = [
  {
    name: '__class__', get: (_interp, o) => Py_NewRef(o.ob_type),
    set: (interp) => PyErr_SetString(interp, 'TypeError', 'Glasspy does not implement __class__ assignment yet'),
  },
];

/** __dict__ of instances of classes that have one. CPython: subtype_dict / subtype_setdict */
export const SUBTYPE_DICT_GETSET: GetSetDef = {
  name: '__dict__',
  doc: 'dictionary for instance variables',
  get: (interp, o) => Py_NewRef(ensureInstanceDict(interp, o)),
  // Unlike PyObject_GenericSetDict, __dict__ can be deleted; values are first made a dict (_PyObject_GetDictPtr).
  set: (interp, o, v) => {
    if (v !== null && v.ob_type !== interp.types.dict && !v.ob_type.isSubtypeOf(interp.types.dict)) {
      PyErr_SetString(interp, 'TypeError', `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    }
    if (o.ob_values !== null) materializeInstanceDict(o);
    const old = o.ob_dict;
    o.ob_dict = v === null ? null : Py_NewRef(v);
    Py_XDECREF(old);
  },
};

/** Installs object's slots (the type objects are created in registry.ts). */
export function initObjectType(interp: Interpreter): void {
  const o = interp.types.object;
  o.tp_dealloc = object_dealloc;
  o.tp_new = object_new;
  o.tp_init = object_init;
  o.tp_repr = object_repr;
  o.tp_str = object_str;
  o.tp_richcompare = object_richcompare;
  o.tp_hash = object_hash;
  o.tp_getattro = PyObject_GenericGetAttr;
  o.tp_setattro = PyObject_GenericSetAttr;
}
