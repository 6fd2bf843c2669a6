// The _contextvars module: Context, ContextVar, Token and copy_context. A context's mapping is
// copied on write (CPython shares structure in a HAMT; the observable behaviour is the same).
// keys(), values() and items() return lists. CPython: Python/context.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { freeObject } from '../objects/alloc.ts';
import { checkPositional, noArgs } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { Py_GenericAlias } from '../objects/genericaliasobject.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_NewRef, Py_XDECREF, PyObject } from '../objects/object.ts';
import { reprText } from '../objects/objectops.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type PyTypeObject, type visitproc } from '../objects/typeobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyDict_SetItem } from '../objects/dictobject.ts';
import { allocInstance, createModuleType, moduleState } from './modsupport.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

interface ContextBody {
  vars: Map<PyObject, PyObject>;
  entered: boolean;
  prev: PyObject | null;
}

interface VarBody {
  readonly name: PyObject;
  readonly dflt: PyObject | null;
}

interface TokenBody {
  readonly ctx: PyObject;
  readonly var: PyObject;
  /** The value before set(), null for MISSING. */
  readonly old: PyObject | null;
  used: boolean;
}

const ctxBody = (o: PyObject): ContextBody => o.body as ContextBody;
const varBody = (o: PyObject): VarBody => o.body as VarBody;
const tokBody = (o: PyObject): TokenBody => o.body as TokenBody;

/** The thread's current context (a new reference kept here), made empty on first use. CPython: context_get */
const current = new PerInterpreter<PyObject>();

function addr(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

function newContext(interp: Interpreter, vars: Map<PyObject, PyObject>): PyObject {
  for (const [k, v] of vars) {
    Py_NewRef(k);
    Py_NewRef(v);
  }
  return allocInstance(interp, state(interp).Context, 48, 0, { vars, entered: false, prev: null } satisfies ContextBody);
}

function currentContext(interp: Interpreter): PyObject {
  let c = current.get(interp);
  if (c === undefined) {
    c = newContext(interp, new Map());
    current.set(interp, c);
  }
  return c;
}

/** Releases the current context (interpreter finalization). */
export function finalizeContextVars(interp: Interpreter): void {
  const c = current.get(interp);
  current.delete(interp);
  if (c !== undefined) Py_DECREF(c);
}

function setVar(ctx: PyObject, v: PyObject, value: PyObject | null): void {
  const b = ctxBody(ctx);
  const vars = new Map(b.vars);
  const old = vars.get(v);
  if (value === null) vars.delete(v);
  else vars.set(v, Py_NewRef(value));
  if (old !== undefined) Py_DECREF(old);
  if (value !== null && old === undefined) Py_NewRef(v);
  if (value === null && old !== undefined) Py_DECREF(v);
  b.vars = vars;
}

function context_dealloc(o: PyObject): void {
  const b = ctxBody(o);
  for (const [k, v] of b.vars) {
    Py_DECREF(k);
    Py_DECREF(v);
  }
  Py_XDECREF(b.prev);
  freeObject(o);
}

function context_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  for (const [k, v] of ctxBody(o).vars) {
    visit(k, arg);
    visit(v, arg);
  }
}

function needVar(interp: Interpreter, key: PyObject): PyObject {
  if (key.ob_type !== state(interp).ContextVar) PyErr_SetString(interp, 'TypeError', `a ContextVar key was expected, got ${reprText(interp, key)}`);
  return key;
}

// CPython: context_run — enter, call, exit.
const contextRun: BuiltinImpl = (interp, self, args, kwnames) => {
  const ctx = self!;
  const nkw = kwnames === null ? 0 : (kwnames.body as PyObject[]).length;
  if (args.length - nkw < 1) PyErr_SetString(interp, 'TypeError', 'run() missing 1 required positional argument');
  const b = ctxBody(ctx);
  if (b.entered) PyErr_SetString(interp, 'RuntimeError', `cannot enter context: ${reprText(interp, ctx)} is already entered`);
  b.prev = currentContext(interp);
  b.entered = true;
  current.set(interp, Py_NewRef(ctx));
  try {
    return PyObject_Vectorcall(interp, args[0]!, args.slice(1), kwnames);
  } finally {
    Py_DECREF(ctx);
    current.set(interp, b.prev);
    b.prev = null;
    b.entered = false;
  }
};

function listOf(interp: Interpreter, ctx: PyObject, pick: (k: PyObject, v: PyObject) => PyObject): PyObject {
  return _PyList_FromArraySteal(interp, [...ctxBody(ctx).vars].map(([k, v]) => pick(k, v)));
}

const CONTEXT_METHODS = [
  { name: 'run', flags: METH_FASTCALL | METH_KEYWORDS, impl: contextRun },
  { name: 'copy', flags: METH_NOARGS, impl: (interp: Interpreter, self: PyObject | null) => newContext(interp, new Map(ctxBody(self!).vars)) },
  {
    name: 'get', flags: METH_FASTCALL, impl: (interp: Interpreter, self: PyObject | null, args: readonly PyObject[]) => {
      checkPositional(interp, 'get', args.length, 1, 2);
      const v = ctxBody(self!).vars.get(needVar(interp, args[0]!));
      return Py_NewRef(v ?? args[1] ?? interp.singletons.None);
    },
  },
  { name: 'keys', flags: METH_NOARGS, impl: (i: Interpreter, self: PyObject | null) => listOf(i, self!, (k) => Py_NewRef(k)) },
  { name: 'values', flags: METH_NOARGS, impl: (i: Interpreter, self: PyObject | null) => listOf(i, self!, (_k, v) => Py_NewRef(v)) },
  { name: 'items', flags: METH_NOARGS, impl: (i: Interpreter, self: PyObject | null) => listOf(i, self!, (k, v) => tupleFromItemsSteal(i, [Py_NewRef(k), Py_NewRef(v)])) },
];

// ContextVar. CPython: contextvar_new, contextvar_get, contextvar_set, contextvar_reset

function contextvar_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const [name, dflt] = unpackKeywords(interp, 'ContextVar', ['name', 'default'], 0, 1, 1, args, kwnames);
  if (!name!.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', 'context variable name must be a str');
  return allocInstance(interp, type, 56, 0, { name: Py_NewRef(name!), dflt: dflt === undefined ? null : Py_NewRef(dflt) } satisfies VarBody);
}

/** A new variable without a default. CPython: PyContextVar_New */
export function PyContextVar_New(interp: Interpreter, name: string): PyObject {
  return allocInstance(interp, state(interp).ContextVar, 56, 0, { name: PyUnicode_FromString(interp, name), dflt: null } satisfies VarBody);
}

/** The variable's value in the current context (borrowed), or null. CPython: PyContextVar_Get */
export function PyContextVar_Get(interp: Interpreter, v: PyObject): PyObject | null {
  return ctxBody(currentContext(interp)).vars.get(v) ?? null;
}

/** Sets the variable in the current context, without a token. CPython: PyContextVar_Set */
export function PyContextVar_Set(interp: Interpreter, v: PyObject, value: PyObject): void {
  setVar(currentContext(interp), v, value);
}

function contextvar_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = varBody(o);
  const dflt = b.dflt === null ? '' : ` default=${reprText(interp, b.dflt)}`;
  return PyUnicode_FromString(interp, `<ContextVar name=${reprText(interp, b.name)}${dflt} at ${addr(o)}>`);
}

const VAR_METHODS = [
  {
    name: 'get', flags: METH_FASTCALL, impl: (interp: Interpreter, self: PyObject | null, args: readonly PyObject[]) => {
      checkPositional(interp, 'get', args.length, 0, 1);
      const v = ctxBody(currentContext(interp)).vars.get(self!) ?? args[0] ?? varBody(self!).dflt;
      if (v === null || v === undefined) return PyErr_SetObject(interp, newException(interp, excType(interp, 'LookupError'), [Py_NewRef(self!)]));
      return Py_NewRef(v);
    },
  },
  {
    name: 'set', flags: METH_O, impl: (interp: Interpreter, self: PyObject | null, args: readonly PyObject[]) => {
      const ctx = currentContext(interp);
      const old = ctxBody(ctx).vars.get(self!) ?? null;
      const token = allocInstance(interp, state(interp).Token, 56, 0, {
        ctx: Py_NewRef(ctx), var: Py_NewRef(self!), old: old === null ? null : Py_NewRef(old), used: false,
      } satisfies TokenBody);
      setVar(ctx, self!, args[0]!);
      return token;
    },
  },
  {
    name: 'reset', flags: METH_O, impl: (interp: Interpreter, self: PyObject | null, args: readonly PyObject[]) => {
      const token = args[0]!;
      if (token.ob_type !== state(interp).Token) PyErr_SetString(interp, 'TypeError', `expected an instance of Token, got ${reprText(interp, token)}`);
      const t = tokBody(token);
      if (t.used) PyErr_SetString(interp, 'RuntimeError', `${reprText(interp, token)} has already been used once`);
      if (t.var !== self) PyErr_SetString(interp, 'ValueError', `${reprText(interp, token)} was created by a different ContextVar`);
      const ctx = currentContext(interp);
      if (t.ctx !== ctx) PyErr_SetString(interp, 'ValueError', `${reprText(interp, token)} was created in a different Context`);
      t.used = true;
      setVar(ctx, self!, t.old);
      return interp.singletons.None;
    },
  },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: (i: Interpreter, cls: PyObject | null, args: readonly PyObject[]) => Py_GenericAlias(i, cls, args) },
];

const state = moduleState((interp: Interpreter) => {
  const Context = createModuleType(interp, {
    name: '_contextvars.Context', basicsize: 48, subclassable: false, dealloc: context_dealloc, traverse: context_traverse,
    new: (type, args, kwnames) => {
      if (args.length > 0 || kwnames !== null) PyErr_SetString(type.tp_interp, 'TypeError', 'Context() does not accept any arguments');
      return newContext(type.tp_interp, new Map());
    },
    methods: CONTEXT_METHODS,
    setup: (t) => {
      t.tp_iter = (o) => {
        const l = listOf(o.ob_type.tp_interp, o, (k) => Py_NewRef(k));
        try {
          return l.ob_type.tp_iter!(l);
        } finally {
          Py_DECREF(l);
        }
      };
      t.tp_as_mapping = {
        mp_length: (o) => ctxBody(o).vars.size,
        mp_subscript: (o, key) => {
          const interp2 = o.ob_type.tp_interp;
          const v = ctxBody(o).vars.get(needVar(interp2, key));
          if (v === undefined) return PyErr_SetObject(interp2, newException(interp2, excType(interp2, 'KeyError'), [Py_NewRef(key)]));
          return Py_NewRef(v);
        },
      };
      t.tp_as_sequence = { sq_contains: (o, key) => ctxBody(o).vars.has(needVar(o.ob_type.tp_interp, key)) };
    },
  });
  const ContextVar = createModuleType(interp, {
    name: '_contextvars.ContextVar', basicsize: 64, subclassable: false, new: contextvar_new, repr: contextvar_repr, methods: VAR_METHODS,
    dealloc: (o) => {
      Py_DECREF(varBody(o).name);
      Py_XDECREF(varBody(o).dflt);
      freeObject(o);
    },
    getset: [{ name: 'name', member: true, get: (_i, o) => Py_NewRef(varBody(o).name) }],
  });
  const Missing = createModuleType(interp, {
    name: 'Token.MISSING', basicsize: 16, subclassable: false, dealloc: freeObject, repr: (o) => PyUnicode_FromString(o.ob_type.tp_interp, '<Token.MISSING>'),
  });
  // A static singleton in CPython, so immortal (_Py_SINGLETON(context_token_missing)).
  const missing = new PyObject(Missing, interp.staticAddress(16), 0, null, IMMORTAL_REFCNT);
  const Token = createModuleType(interp, {
    name: '_contextvars.Token', basicsize: 48, subclassable: false,
    new: (type) => PyErr_SetString(type.tp_interp, 'RuntimeError', 'Tokens can only be created by ContextVars'),
    dealloc: (o) => {
      const b = tokBody(o);
      Py_DECREF(b.ctx);
      Py_DECREF(b.var);
      Py_XDECREF(b.old);
      freeObject(o);
    },
    repr: (o) => {
      const i = o.ob_type.tp_interp;
      return PyUnicode_FromString(i, `<Token${tokBody(o).used ? ' used' : ''} var=${reprText(i, tokBody(o).var)} at ${addr(o)}>`);
    },
    methods: [{ name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: (i, cls, args) => Py_GenericAlias(i, cls, args) }],
    getset: [
      { name: 'var', get: (_i, o) => Py_NewRef(tokBody(o).var) },
      { name: 'old_value', get: (_i, o) => Py_NewRef(tokBody(o).old ?? missing) },
    ],
  });
  PyDict_SetItem(interp, Token.tp_dict!, internedStr(interp, 'MISSING'), missing);
  return { Context, ContextVar, Token };
});

const FUNCTIONS: [string, BuiltinImpl][] = [
  // CPython: _contextvars_copy_context
  ['copy_context', (interp, _s, args, kw) => {
    noArgs(interp, 'copy_context', args, kw);
    return newContext(interp, new Map(ctxBody(currentContext(interp)).vars));
  }],
];

export function createContextvarsModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_contextvars'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Context Variables'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  for (const [name, t] of Object.entries(state(interp))) moduleAdd(interp, m, name, Py_NewRef(t));
  return m;
}
