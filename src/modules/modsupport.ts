// What the types and functions of the native modules (itertools, _collections, _functools,
// _operator) share: their type objects, made once per interpreter as CPython's module state
// holds them (PyType_FromModuleAndSpec), and Argument Clinic's argument conversions.
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { indexValueOf } from '../objects/abstract.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { longValue, PyLong_Check } from '../objects/longobject.ts';
import { allocObject } from '../objects/alloc.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, type PyObject } from '../objects/object.ts';
import { PyTypeObject, type destructor, type GetSetDef, type initproc, type iternextfunc, type MethodDef, type newfunc, type reprfunc,
  type traverseproc } from '../objects/typeobject.ts';
import { PyType_ReadyStatic } from '../objects/typeready.ts';
import { setVarSize } from '../objects/objecttype.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

export interface ModuleTypeDef {
  /** The qualified name, e.g. 'itertools.count'. */
  name: string;
  basicsize: number;
  /** Whether Python classes may derive from it (Py_TPFLAGS_BASETYPE); true unless said otherwise. */
  subclassable?: boolean;
  dealloc: destructor;
  traverse?: traverseproc;
  /** tp_clear: how the collector breaks a cycle through an instance. */
  clear?: (o: PyObject) => void;
  /** The base type; object unless given. */
  base?: PyTypeObject;
  /** The constructor; it allocates an instance of the (sub)type it is given. Without `init`, calls of the type go straight to it. */
  new?: newfunc;
  init?: initproc;
  /** An iterator: __next__, with __iter__ returning the object itself. */
  next?: iternextfunc;
  repr?: reprfunc;
  methods?: readonly MethodDef[];
  getset?: readonly GetSetDef[];
  doc?: string;
  weaklist?: boolean;
  /** tp_itemsize, with how to find ob_size of an instance (for object.__sizeof__). */
  varsize?: { itemsize: number; obSize: (o: PyObject) => number };
  /** Whether instances take part in the cyclic GC (Py_TPFLAGS_HAVE_GC, with its 16-byte header); true unless said otherwise. */
  gc?: boolean;
  /**
   * The constructor makes the call's args tuple itself, because the instance keeps it (as
   * CPython's chain and itemgetter keep theirs): calls of the type then make no other.
   */
  keepsArgsTuple?: boolean;
  /** Further slots, set before the type is readied. */
  setup?: (t: PyTypeObject) => void;
}

/** An iterator's __iter__: the iterator itself. CPython: PyObject_SelfIter */
function selfIter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/** A module's type, readied. CPython: PyType_FromModuleAndSpec */
export function createModuleType(interp: Interpreter, def: ModuleTypeDef): PyTypeObject {
  const flags = (def.gc === false ? 0 : Py_TPFLAGS_HAVE_GC) | Py_TPFLAGS_IMMUTABLETYPE | (def.subclassable === false ? 0 : Py_TPFLAGS_BASETYPE);
  const t = new PyTypeObject(interp, interp.types.type, {
    name: def.name, basicsize: def.basicsize, itemsize: def.varsize?.itemsize, flags, dealloc: def.dealloc, traverse: def.traverse, clear: def.clear, methods: def.methods, getset: def.getset, doc: def.doc,
  }, interp.staticAddress(416, 16));
  t.tp_base = def.base ?? interp.types.object;
  if (def.varsize !== undefined) setVarSize(t, def.varsize.obSize);
  t.tp_hasweaklist = def.weaklist ?? false;
  if (def.new !== undefined) {
    t.tp_new = def.new;
    if (def.init === undefined) {
      t.tp_vectorcall = def.new;
      // No type of CPython 3.12's C modules has a constructor vectorcall: calls go through tp_call.
      t.tp_call_makes_args = def.keepsArgsTuple !== true;
    }
  }
  if (def.init !== undefined) t.tp_init = def.init;
  if (def.next !== undefined) {
    t.tp_iter = selfIter;
    t.tp_iternext = def.next;
  }
  if (def.repr !== undefined) t.tp_repr = def.repr;
  def.setup?.(t);
  PyType_ReadyStatic(interp, t);
  // A name without a module ('symtable entry') is a builtins type's.
  const dot = def.name.lastIndexOf('.');
  const mod = PyUnicode_FromString(interp, dot < 0 ? 'builtins' : def.name.slice(0, dot));
  PyDict_SetItem(interp, t.tp_dict!, internedStr(interp, '__module__'), mod);
  Py_DECREF(mod);
  return t;
}

/** Per-interpreter state of a module, made on first use. */
export function moduleState<S>(make: (interp: Interpreter) => S): (interp: Interpreter) => S {
  const states = new PerInterpreter<S>();
  return (interp) => {
    let s = states.get(interp);
    if (s === undefined) {
      s = make(interp);
      states.set(interp, s);
    }
    return s;
  };
}

export function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
}

/**
 * The argument checks Argument Clinic generates for a __new__ with positional-only parameters:
 * no keywords unless a subclass has its own __init__, then the count.
 */
export function positionalNew(type: PyTypeObject, base: PyTypeObject, name: string, args: readonly PyObject[], kwnames: PyObject | null,
  min: number, max: number): void {
  const interp = type.tp_interp;
  if (type === base || type.tp_init === base.tp_init) noKeywords(interp, name, kwnames);
  checkPositional(interp, name, args.length - kwCount(kwnames), min, max);
}

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

/** A Py_ssize_t argument through __index__ (Argument Clinic's `n`). CPython: _PyNumber_Index + PyLong_AsSsize_t */
export function ssizeIndexArg(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < SSIZE_MIN) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** An int (no __index__) as a Py_ssize_t; `notInt` is the TypeError's message for anything else. CPython: PyLong_AsSsize_t */
export function longAsSsize(interp: Interpreter, o: PyObject, notInt: string): number {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', notInt);
  const v = longValue(o);
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < SSIZE_MIN) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** A start or stop argument, clamped to ssize_t. CPython: _PyEval_SliceIndexNotNone */
export function sliceIndexNotNone(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o) && o.ob_type.tp_as_number?.nb_index === undefined) {
    PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or have an __index__ method');
  }
  const v = indexValueOf(interp, o);
  if (typeof v === 'number') return v;
  return v > 0n ? Number(SSIZE_MAX) : Number(SSIZE_MIN);
}

/** Whether `e` (a thrown value) is an exception of class `name` or a subclass. */
export function isExcOf(interp: Interpreter, e: unknown, name: string): boolean {
  const t = (e as PyObject).ob_type;
  return t !== undefined && t.isSubtypeOf(interp.types.exceptions.get(name)!);
}

/** A C-level error a function clears: the exception is dropped (JS errors still propagate). */
export function dropException(e: unknown): void {
  if ((e as PyObject).ob_type === undefined) throw e;
  Py_DECREF(e as PyObject);
}

/**
 * A new instance of a module type or of a Python subclass of it: a class is kept alive by its
 * instances and gets its __slots__. CPython: PyType_GenericAlloc
 */
export function allocInstance(interp: Interpreter, type: PyTypeObject, size: number, ival: number, body: unknown): PyObject {
  const o = allocObject(interp, type, size, ival, body);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    Py_INCREF(type);
    if (type.tp_nslots > 0) o.ob_slots = new Array<PyObject | null>(type.tp_nslots).fill(null);
  }
  return o;
}

/**
 * A new exception class `module.Name` deriving from `base` (Exception unless given; several
 * bases in a list), made by calling type() as CPython does. CPython: PyErr_NewException
 */
export function newExceptionType(interp: Interpreter, dotted: string, base?: PyTypeObject | readonly PyTypeObject[]): PyTypeObject {
  const dot = dotted.lastIndexOf('.');
  const dict = PyDict_New(interp);
  const mod = PyUnicode_FromString(interp, dotted.slice(0, dot));
  PyDict_SetItem(interp, dict, internedStr(interp, '__module__'), mod);
  Py_DECREF(mod);
  const baseList = Array.isArray(base) ? base : [base ?? interp.types.exceptions.get('Exception')!];
  const bases = tupleFromItemsSteal(interp, baseList.map((b: PyTypeObject) => Py_NewRef(b)));
  const name = PyUnicode_FromString(interp, dotted.slice(dot + 1));
  try {
    return PyObject_Vectorcall(interp, interp.types.type, [name, bases, dict], null) as PyTypeObject;
  } finally {
    Py_DECREF(name);
    Py_DECREF(bases);
    Py_DECREF(dict);
  }
}
