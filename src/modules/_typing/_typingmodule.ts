// The _typing module: the classes typing.py builds on (TypeVar, ParamSpec, TypeVarTuple,
// ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic) and _idfunc. CPython:
// Modules/_typingmodule.c, Objects/typevarobject.c.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { oneArg } from '../../objects/args.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { PyCFunction_New } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_GetItem } from '../../objects/abstract.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr, PyObject_SetAttr } from '../../objects/attributes.ts';
import { union_type_or } from '../../objects/unionobject.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject,
  type visitproc } from '../../objects/typeobject.ts';
import { allocInstance, createModuleType, moduleState } from '../modsupport.ts';
import { callerModule, callTyping, makeTypeParam, newParamSpecAttr, typingAttr, paramspecattr_dealloc, paramspecattr_new, paramspecattr_repr, paramspecattr_richcompare,
  paramspecattr_traverse, paramspecNew, tvBody, typevar_dealloc, typevar_or, typevar_repr, typevar_traverse, typevarGetset, typevarNew,
  typevartupleNew, type VarKind } from './typevars.ts';

interface TypeAliasBody {
  readonly name: PyObject;
  /** The value; null until the function of a `type` statement has computed it. */
  value: PyObject | null;
  computeValue: PyObject | null;
  /** null when not given (then the alias is not subscriptable). */
  readonly typeParams: PyObject | null;
  readonly module: PyObject | null;
}

const taBody = (o: PyObject): TypeAliasBody => o.body as TypeAliasBody;

function noSubclass(what: string): MethodDef {
  return { name: '__mro_entries__', flags: METH_O, impl: (interp) => PyErr_SetString(interp, 'TypeError', `Cannot subclass an instance of ${what}`) };
}

function reduceToName(get: (o: PyObject) => PyObject): MethodDef {
  return { name: '__reduce__', flags: METH_NOARGS, impl: (_i, self) => Py_NewRef(get(self!)) };
}

function varMethods(kind: VarKind): MethodDef[] {
  const subst: MethodDef = kind === 'TypeVarTuple'
    ? { name: '__typing_subst__', flags: METH_O, impl: (interp) => PyErr_SetString(interp, 'TypeError', 'Substitution of bare TypeVarTuple is not supported') }
    : { name: '__typing_subst__', flags: METH_O, impl: (interp, self, args) => callTyping(interp, kind === 'TypeVar' ? '_typevar_subst' : '_paramspec_subst', [self!, args[0]!]) };
  const out: MethodDef[] = [subst, reduceToName((o) => tvBody(o).name), noSubclass(kind)];
  if (kind !== 'TypeVar') {
    out.push({
      name: '__typing_prepare_subst__', flags: METH_FASTCALL,
      impl: (interp, self, args) => callTyping(interp, kind === 'ParamSpec' ? '_paramspec_prepare_subst' : '_typevartuple_prepare_subst', [self!, ...args]),
    });
  }
  return out;
}

// __module__ is the instance's (CPython keeps it in the instance's __dict__), not the class's 'typing'.
function moduleAttrGet(o: PyObject, name: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  if (name.ob_type === interp.types.str && unicodeText(name) === '__module__') {
    return Py_NewRef((o.body as { module: PyObject | null }).module ?? interp.singletons.None);
  }
  return PyObject_GenericGetAttr(o, name);
}

function moduleAttrSet(o: PyObject, name: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  if (name.ob_type === interp.types.str && unicodeText(name) === '__module__') {
    const b = o.body as { module: PyObject | null };
    const old = b.module;
    b.module = value === null ? null : Py_NewRef(value);
    Py_XDECREF(old);
    return;
  }
  PyObject_GenericSetAttr(o, name, value);
}

// P.args and P.kwargs. CPython: paramspec_args / paramspec_kwargs
const PARAMSPEC_ATTRS: readonly GetSetDef[] = [
  { name: 'args', get: (i, o) => newParamSpecAttr(i, state(i).ParamSpecArgs, o) },
  { name: 'kwargs', get: (i, o) => newParamSpecAttr(i, state(i).ParamSpecKwargs, o) },
];

/** sizeof(typevarobject), sizeof(paramspecobject), sizeof(typevartupleobject) on 64-bit 3.12. */
const TYPEVAR_SIZES: Record<VarKind, number> = { TypeVar: 64, ParamSpec: 40, TypeVarTuple: 24 };

const state = moduleState((interp: Interpreter) => {
  const varType = (kind: VarKind, make: typeof typevarNew) => createModuleType(interp, {
    name: `typing.${kind}`, basicsize: TYPEVAR_SIZES[kind], subclassable: false, dealloc: typevar_dealloc, traverse: typevar_traverse, repr: typevar_repr,
    new: (type, args, kw) => make(type.tp_interp, type, args, kw), methods: varMethods(kind),
    getset: kind === 'ParamSpec' ? [...typevarGetset(kind), ...PARAMSPEC_ATTRS] : typevarGetset(kind),
    setup: (t) => {
      t.tp_getattro = moduleAttrGet;
    t.tp_setattro = moduleAttrSet;
    if (kind === 'TypeVarTuple') t.tp_iter = typevartuple_iter;
      else t.tp_as_number = { nb_or: typevar_or };
    },
  });
  const TypeVar = varType('TypeVar', typevarNew);
  const ParamSpec = varType('ParamSpec', paramspecNew);
  const TypeVarTuple = varType('TypeVarTuple', typevartupleNew);
  const attrType = (name: string, suffix: string) => createModuleType(interp, {
    name: `typing.${name}`, basicsize: 24, subclassable: false, dealloc: paramspecattr_dealloc, traverse: paramspecattr_traverse,
    new: paramspecattr_new, repr: (o) => paramspecattr_repr(o, suffix, ParamSpec), methods: [noSubclass(name)],
    getset: [{ name: '__origin__', member: true, get: (_i, o) => Py_NewRef(o.body as PyObject) }],
    setup: (t) => {
      t.tp_richcompare = paramspecattr_richcompare;
    },
  });
  const ParamSpecArgs = attrType('ParamSpecArgs', 'args');
  const ParamSpecKwargs = attrType('ParamSpecKwargs', 'kwargs');
  return { TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs };
});

/** TypeVarTuple's __iter__: one Unpack[Ts]. CPython: typevartuple_iter */
function typevartuple_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const unpack = typingAttr(interp, 'Unpack');
  let item: PyObject;
  try {
    item = PyObject_GetItem(interp, unpack, o);
  } finally {
    Py_DECREF(unpack);
  }
  const t = tupleFromItemsSteal(interp, [item]);
  try {
    return interp.types.tuple.tp_iter!(t);
  } finally {
    Py_DECREF(t);
  }
}

// TypeAliasType. CPython: typealias_new_impl and the typealias_* slots
const aliasState = moduleState((interp: Interpreter) => createModuleType(interp, {
  name: 'typing.TypeAliasType', basicsize: 56, subclassable: false,
  new: (type, args, kwnames) => {
    const i = type.tp_interp;
    const [name, value, params] = unpackKeywords(i, 'typealias', ['name', 'value', 'type_params'], 0, 2, 2, args, kwnames);
    if (!name!.ob_type.isSubtypeOf(i.types.str)) PyErr_SetString(i, 'TypeError', `typealias() argument 'name' must be str, not ${name!.ob_type.tp_name}`);
    if (params !== undefined && !params.ob_type.isSubtypeOf(i.types.tuple)) PyErr_SetString(i, 'TypeError', 'type_params must be a tuple');
    return newAlias(i, type, name!, value!, null, params ?? null);
  },
  dealloc: (o) => {
    const b = taBody(o);
    Py_DECREF(b.name);
    Py_XDECREF(b.value);
    Py_XDECREF(b.computeValue);
    Py_XDECREF(b.typeParams);
    Py_XDECREF(b.module);
    freeObject(o);
  },
  traverse: (o: PyObject, visit: visitproc, arg: unknown) => {
    const b = taBody(o);
    for (const v of [b.value, b.computeValue, b.typeParams, b.module]) if (v !== null) visit(v, arg);
  },
  repr: (o) => Py_NewRef(taBody(o).name),
  methods: [reduceToName((o) => taBody(o).name)],
  getset: [
    { name: '__name__', member: true, get: (_i, o) => Py_NewRef(taBody(o).name) },
    { name: '__value__', get: (i, o) => Py_NewRef(aliasValue(i, o)) },
    { name: '__type_params__', get: (i, o) => Py_NewRef(taBody(o).typeParams ?? i.singletons.emptyTuple) },
    { name: '__parameters__', get: (i, o) => aliasParameters(i, taBody(o).typeParams) },
  ],
  setup: (t) => {
    t.tp_as_number = { nb_or: union_type_or };
    interp.lazyTypes.set('typing.TypeAliasType', t);
    t.tp_getattro = moduleAttrGet;
    t.tp_as_mapping = {
      mp_subscript: (o, key) => {
        const i = o.ob_type.tp_interp;
        if (taBody(o).typeParams === null) PyErr_SetString(i, 'TypeError', 'Only generic type aliases are subscriptable');
        return Py_GenericAlias(i, o, [key]);
      },
    };
  },
}));

function newAlias(interp: Interpreter, type: PyTypeObject, name: PyObject, value: PyObject | null, computeValue: PyObject | null, params: PyObject | null): PyObject {
  return allocInstance(interp, type, 56, 0, {
    name: Py_NewRef(name), value: value === null ? null : Py_NewRef(value), computeValue: computeValue === null ? null : Py_NewRef(computeValue),
    typeParams: params === null ? null : Py_NewRef(params), module: callerModule(interp),
  } satisfies TypeAliasBody);
}

/** __value__, computed on first use for a `type` statement. CPython: typealias_value */
function aliasValue(interp: Interpreter, o: PyObject): PyObject {
  const b = taBody(o);
  if (b.value === null) b.value = PyObject_Vectorcall(interp, b.computeValue!, [], null);
  return b.value;
}

/** The type parameters with each TypeVarTuple as Unpack[Ts]. CPython: unpack_typevartuples */
function aliasParameters(interp: Interpreter, params: PyObject | null): PyObject {
  if (params === null) return Py_NewRef(interp.singletons.emptyTuple);
  const items = (params as PyTupleObject).body;
  const tvt = state(interp).TypeVarTuple;
  if (!items.some((p) => p.ob_type === tvt)) return Py_NewRef(params);
  const unpack = typingAttr(interp, 'Unpack');
  const out: PyObject[] = [];
  try {
    for (const p of items) out.push(p.ob_type === tvt ? PyObject_GetItem(interp, unpack, p) : Py_NewRef(p));
  } catch (e) {
    for (const v of out) Py_DECREF(v);
    throw e;
  } finally {
    Py_DECREF(unpack);
  }
  return tupleFromItemsSteal(interp, out);
}

// Generic. CPython: generic_class_getitem / generic_init_subclass
const genericState = moduleState((interp: Interpreter) => createModuleType(interp, {
  name: 'typing.Generic', basicsize: 16, dealloc: freeObject,
  doc: GENERIC_DOC,
  methods: [
    { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: (i, cls, args) => callTyping(i, '_generic_class_getitem', [cls!, args[0]!]) },
    {
      name: '__init_subclass__', flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
      impl: (i, cls, args, kw) => callTyping(i, '_generic_init_subclass', [cls!, ...args], kw),
    },
  ],
}));

const GENERIC_DOC = `Abstract base class for generic types.

On Python 3.12 and newer, generic classes implicitly inherit from
Generic when they declare a parameter list after the class's name::

    class Mapping[KT, VT]:
        def __getitem__(self, key: KT) -> VT:
            ...
        # Etc.

On older versions of Python, however, generic classes have to
explicitly inherit from Generic.

After a class has been declared to be generic, it can then be used as
follows::

    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:
        try:
            return mapping[key]
        except KeyError:
            return default
`;

const INTRINSIC_TYPEVAR = 7;
const INTRINSIC_PARAMSPEC = 8;
const INTRINSIC_TYPEVARTUPLE = 9;
const INTRINSIC_SUBSCRIPT_GENERIC = 10;
const INTRINSIC_TYPEALIAS = 11;
const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

/** Whether CALL_INTRINSIC_1's `which` is one of PEP 695's. */
export function isTypingIntrinsic1(which: number): boolean {
  return which >= INTRINSIC_TYPEVAR && which <= INTRINSIC_TYPEALIAS;
}

/** CALL_INTRINSIC_1 for PEP 695 (v borrowed; a new reference). CPython: _Py_make_typevar, _Py_subscript_generic, _Py_make_typealias */
export function typingIntrinsic1(interp: Interpreter, which: number, v: PyObject): PyObject {
  const st = state(interp);
  switch (which) {
    case INTRINSIC_TYPEVAR: return makeTypeParam(interp, st.TypeVar, 'TypeVar', v, null, null);
    case INTRINSIC_PARAMSPEC: return makeTypeParam(interp, st.ParamSpec, 'ParamSpec', v, null, null);
    case INTRINSIC_TYPEVARTUPLE: return makeTypeParam(interp, st.TypeVarTuple, 'TypeVarTuple', v, null, null);
    case INTRINSIC_SUBSCRIPT_GENERIC: {
      const params = aliasParameters(interp, v);
      try {
        return callTyping(interp, '_GenericAlias', [genericState(interp), params]);
      } finally {
        Py_DECREF(params);
      }
    }
    default: {
      const [name, params, compute] = (v as PyTupleObject).body as [PyObject, PyObject, PyObject];
      return newAlias(interp, aliasState(interp), name, null, compute, params === interp.singletons.None ? null : params);
    }
  }
}

/** CALL_INTRINSIC_2 for PEP 695, or null for another; a new reference. CPython: _PyIntrinsics_BinaryFunctions */
export function typingIntrinsic2(interp: Interpreter, which: number, a: PyObject, b: PyObject): PyObject | null {
  switch (which) {
    case INTRINSIC_TYPEVAR_WITH_BOUND: return makeTypeParam(interp, state(interp).TypeVar, 'TypeVar', a, b, null);
    case INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: return makeTypeParam(interp, state(interp).TypeVar, 'TypeVar', a, null, b);
    case INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
      PyObject_SetAttr(interp, a, internedStr(interp, '__type_params__'), b);
      return Py_NewRef(a);
  }
  return null;
}

export function createTypingModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_typing'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Primitives and accelerators for the typing module.\n'));
  moduleAdd(interp, m, '_idfunc', PyCFunction_New(interp, '_idfunc', (i, _s, args, kw) => Py_NewRef(oneArg(i, '_idfunc', args, kw)), Py_NewRef(m)));
  const st = state(interp);
  for (const [name, t] of Object.entries(st)) moduleAdd(interp, m, name, Py_NewRef(t));
  moduleAdd(interp, m, 'TypeAliasType', Py_NewRef(aliasState(interp)));
  moduleAdd(interp, m, 'Generic', Py_NewRef(genericState(interp)));
  return m;
}
