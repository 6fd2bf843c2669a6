// The builtins about objects, attributes and classes: __build_class__, isinstance, issubclass,
// getattr, setattr, hasattr, delattr, id, hash, callable, vars, and the type objects type,
// object, super, property, classmethod and staticmethod. CPython: Python/bltinmodule.c
// (builtin___build_class__, builtin_isinstance_impl, builtin_getattr, ...) and
// Objects/abstract.c (object_recursive_isinstance, object_issubclass).
import { withArgsTuple } from '../objects/call_args.ts';
import type { Interpreter } from './interpreter.ts';
import { PyEval_GetFrameLocals } from '../vm/frame_locals.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_LookupSpecial, PyObject_SetAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { excType, PyErr_SetString } from '../objects/exceptions.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import type { BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_Hash, PyObject_IsTrue, reprText } from '../objects/objectops.ts';
import { PyDict_New } from '../objects/dictobject.ts';
import { PyObject_Dir } from '../objects/objectdir.ts';
import { PyObject_SetItem } from '../objects/abstract.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { typeIsInstance } from '../objects/typetype.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { calculateMetaclass } from '../objects/type_new.ts';
import { unionArgs } from '../objects/unionobject.ts';
import type { PyCellObject } from '../objects/cellobject.ts';
import { unicodeText as text } from '../objects/unicodeobject.ts';


function kwList(kwnames: PyObject | null): PyObject[] {
  return kwnames === null ? [] : (kwnames.body as PyObject[]);
}

/**
 * __build_class__(func, name, *bases, metaclass=None, **kwds): runs the class body in a new
 * namespace and calls the metaclass. CPython: builtin___build_class__
 */
const buildClass: BuiltinImpl = (interp, _self, args, kwnames) => {
  const kw = kwList(kwnames);
  const npos = args.length - kw.length;
  if (npos < 2) PyErr_SetString(interp, 'TypeError', '__build_class__: not enough arguments');
  const func = args[0]!;
  if (func.ob_type !== interp.types.function) PyErr_SetString(interp, 'TypeError', '__build_class__: func must be a function');
  const name = args[1]!;
  if (!name.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', '__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  const held: PyObject[] = [];
  const bases = updateBases(interp, origBases, held);
  let meta: PyObject | null = null;
  const kwNames: PyObject[] = [];
  const kwValues: PyObject[] = [];
  kw.forEach((k, i) => {
    if (text(k) === 'metaclass') meta = args[npos + i]!;
    else {
      kwNames.push(k);
      kwValues.push(args[npos + i]!);
    }
  });
  const basesTuple = tupleFromItemsSteal(interp, bases.map((b) => Py_NewRef(b)));
  const kwTuple = kwNames.length === 0 ? null : tupleFromItemsSteal(interp, kwNames.map((k) => Py_NewRef(k)));
  try {
    let isClass = meta === null;
    if (meta === null) meta = bases.length === 0 ? interp.types.type : bases[0]!.ob_type;
    else isClass = (meta as PyObject) instanceof PyTypeObject;
    if (isClass) meta = calculateMetaclass(interp, meta as unknown as PyTypeObject, bases);
    const m = meta as PyObject;
    const prepare = PyObject_LookupAttr(interp, m, internedStr(interp, '__prepare__'));
    let ns: PyObject;
    if (prepare === null) {
      ns = PyDict_New(interp);
    } else {
      try {
        ns = PyObject_Vectorcall(interp, prepare, [name, basesTuple, ...kwValues], kwTuple);
      } finally {
        Py_DECREF(prepare);
      }
    }
    try {
      if (ns.ob_type.tp_as_mapping === null || ns.ob_type.tp_as_mapping.mp_subscript === undefined) {
        const what = isClass ? `${(m as PyTypeObject).tp_name}.__prepare__()` : '<metaclass>.__prepare__()';
        PyErr_SetString(interp, 'TypeError', `${what} must return a mapping, not ${ns.ob_type.tp_name}`);
      }
      const cell = interp.evalFunction(func, [], null, ns);
      try {
        if (bases !== origBases) {
          const ob = tupleFromItemsSteal(interp, origBases.map((b) => Py_NewRef(b)));
          PyObject_SetItem(interp, ns, internedStr(interp, '__orig_bases__'), ob);
          Py_DECREF(ob);
        }
        const cls = PyObject_Vectorcall(interp, m, [name, basesTuple, ns, ...kwValues], kwTuple);
        if (cls instanceof PyTypeObject && cell.ob_type === interp.types.cell) {
          const c = (cell as PyCellObject).body;
          if (c !== cls) {
            Py_DECREF(cls);
            if (c === null) {
              PyErr_SetString(interp, 'RuntimeError', `__class__ not set defining ${reprName(name)} as ${reprName(name)}. Was __classcell__ propagated to type.__new__?`);
            }
            PyErr_SetString(interp, 'TypeError', `__class__ set to ${reprText(interp, c)} defining ${reprName(name)} as ${reprText(interp, cls)}`);
          }
        }
        return cls;
      } finally {
        Py_DECREF(cell);
      }
    } finally {
      Py_DECREF(ns);
    }
  } finally {
    Py_DECREF(basesTuple);
    if (kwTuple !== null) Py_DECREF(kwTuple);
    for (const h of held) Py_DECREF(h);
  }
};

function reprName(name: PyObject): string {
  return `'${text(name)}'`;
}

/**
 * Bases that are not classes but have __mro_entries__ are replaced by what it returns (the
 * returned tuples go to `held`, which keeps their items alive). CPython: update_bases
 */
function updateBases(interp: Interpreter, bases: readonly PyObject[], held: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i]!;
    if (b instanceof PyTypeObject) {
      out?.push(b);
      continue;
    }
    const meth = PyObject_LookupAttr(interp, b, internedStr(interp, '__mro_entries__'));
    if (meth === null) {
      out?.push(b);
      continue;
    }
    const t = tupleFromItemsSteal(interp, bases.map((x) => Py_NewRef(x)));
    let entries: PyObject;
    try {
      entries = PyObject_Vectorcall(interp, meth, [t], null);
    } finally {
      Py_DECREF(meth);
      Py_DECREF(t);
    }
    if (!entries.ob_type.isSubtypeOf(interp.types.tuple)) {
      Py_DECREF(entries);
      PyErr_SetString(interp, 'TypeError', '__mro_entries__ must return a tuple');
    }
    out ??= bases.slice(0, i) as PyObject[];
    for (const e of (entries as PyTupleObject).body) out.push(e);
    held.push(entries);
  }
  return out ?? (bases as PyObject[]);
}

/** isinstance(inst, cls). CPython: object_recursive_isinstance */
export function PyObject_IsInstance(interp: Interpreter, inst: PyObject, cls: PyObject): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type === interp.types.type) return typeIsInstance(interp, inst, cls as PyTypeObject);
  if (cls.ob_type === interp.types.UnionType) cls = unionArgs(cls);
  if (cls.ob_type === interp.types.tuple) {
    for (const c of (cls as PyTupleObject).body) if (PyObject_IsInstance(interp, inst, c)) return true;
    return false;
  }
  const checker = PyObject_LookupSpecial(interp, cls, internedStr(interp, '__instancecheck__'));
  if (checker === null) return PyErr_SetString(interp, 'TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return callCheck(interp, checker, inst);
}

function callCheck(interp: Interpreter, checker: PyObject, arg: PyObject): boolean {
  let r: PyObject;
  try {
    r = PyObject_Vectorcall(interp, checker, [arg], null);
  } finally {
    Py_DECREF(checker);
  }
  try {
    return PyObject_IsTrue(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

/** issubclass(derived, cls). CPython: object_issubclass */
export function PyObject_IsSubclass(interp: Interpreter, derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === interp.types.type && derived instanceof PyTypeObject) return derived.isSubtypeOf(cls as PyTypeObject);
  if (cls.ob_type === interp.types.UnionType) cls = unionArgs(cls);
  if (cls.ob_type === interp.types.tuple) {
    for (const c of (cls as PyTupleObject).body) if (PyObject_IsSubclass(interp, derived, c)) return true;
    return false;
  }
  const checker = PyObject_LookupSpecial(interp, cls, internedStr(interp, '__subclasscheck__'));
  if (checker === null) return PyErr_SetString(interp, 'TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  if (!(derived instanceof PyTypeObject)) {
    Py_DECREF(checker);
    PyErr_SetString(interp, 'TypeError', 'issubclass() arg 1 must be a class');
  }
  return callCheck(interp, checker, derived);
}

function boolObj(interp: Interpreter, v: boolean): PyObject {
  return v ? interp.singletons.True : interp.singletons.False;
}

function positional(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null, min: number, max: number): void {
  noKeywords(interp, name, kwnames);
  checkPositional(interp, name, args.length, min, max);
}

function oneArg(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(interp, name, kwnames);
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function isAttributeError(interp: Interpreter, e: unknown): boolean {
  const t = (e as PyObject).ob_type;
  return t !== undefined && t.isSubtypeOf(excType(interp, 'AttributeError'));
}

const BUILTINS: [string, BuiltinImpl][] = [
  ['__build_class__', buildClass],
  ['isinstance', (interp, _s, args, kw) => {
    positional(interp, 'isinstance', args, kw, 2, 2);
    return boolObj(interp, PyObject_IsInstance(interp, args[0]!, args[1]!));
  }],
  ['issubclass', (interp, _s, args, kw) => {
    positional(interp, 'issubclass', args, kw, 2, 2);
    return boolObj(interp, PyObject_IsSubclass(interp, args[0]!, args[1]!));
  }],
  ['getattr', (interp, _s, args, kw) => {
    positional(interp, 'getattr', args, kw, 2, 3);
    if (args.length === 2) return PyObject_GetAttr(interp, args[0]!, args[1]!);
    return PyObject_LookupAttr(interp, args[0]!, args[1]!) ?? Py_NewRef(args[2]!);
  }],
  ['setattr', (interp, _s, args, kw) => {
    positional(interp, 'setattr', args, kw, 3, 3);
    PyObject_SetAttr(interp, args[0]!, args[1]!, args[2]!);
    return interp.singletons.None;
  }],
  ['delattr', (interp, _s, args, kw) => {
    positional(interp, 'delattr', args, kw, 2, 2);
    PyObject_SetAttr(interp, args[0]!, args[1]!, null);
    return interp.singletons.None;
  }],
  ['hasattr', (interp, _s, args, kw) => {
    positional(interp, 'hasattr', args, kw, 2, 2);
    const v = PyObject_LookupAttr(interp, args[0]!, args[1]!);
    if (v === null) return interp.singletons.False;
    Py_DECREF(v);
    return interp.singletons.True;
  }],
  ['id', (interp, _s, args, kw) => PyLong_FromNumber(interp, oneArg(interp, 'id', args, kw).addr)],
  ['hash', (interp, _s, args, kw) => {
    const h = PyObject_Hash(interp, oneArg(interp, 'hash', args, kw));
    return typeof h === 'number' ? PyLong_FromNumber(interp, h) : PyLong_FromBigInt(interp, h);
  }],
  ['callable', (interp, _s, args, kw) => boolObj(interp, oneArg(interp, 'callable', args, kw).ob_type.tp_call !== null)],
  // METH_VARARGS
  ['dir', withArgsTuple((interp, _s, args, kw) => {
    positional(interp, 'dir', args, kw, 0, 1);
    return PyObject_Dir(interp, args.length === 0 ? null : args[0]!);
  })],
  ['vars', (interp, _s, args, kw) => {
    positional(interp, 'vars', args, kw, 0, 1);
    if (args.length === 0) {
      return PyEval_GetFrameLocals(interp);
    }
    try {
      return PyObject_GetAttr(interp, args[0]!, internedStr(interp, '__dict__'));
    } catch (e) {
      if (!isAttributeError(interp, e)) throw e;
      Py_DECREF(e as PyObject);
      return PyErr_SetString(interp, 'TypeError', 'vars() argument must have __dict__ attribute');
    }
  }],
];

/** Adds these builtins to the builtins dict through `set` (which takes over the reference). */
export function addObjectBuiltins(interp: Interpreter, set: (name: string, v: PyObject) => void, newFunction: (name: string, impl: BuiltinImpl) => PyObject): void {
  for (const [name, impl] of BUILTINS) set(name, newFunction(name, impl));
  const t = interp.types;
  // The builtin types are names in builtins; those whose constructors are not written yet
  // raise "cannot create" when called.
  for (const [name, type] of [['type', t.type], ['object', t.object], ['super', t.super], ['property', t.property],
    ['classmethod', t.classmethod], ['staticmethod', t.staticmethod], ['int', t.int], ['bool', t.bool], ['float', t.float],
    ['str', t.str], ['tuple', t.tuple], ['dict', t.dict], ['slice', t.slice], ['memoryview', t.memoryview]] as const) {
    set(name, type);
  }
}
