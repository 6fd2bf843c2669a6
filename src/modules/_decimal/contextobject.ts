// Context, the signal dicts of its flags and traps, and localcontext()'s context manager.
// CPython: Modules/_decimal/_decimal.c (context_new, context_init, context_setattrs,
// context_repr, context_getattr/setattr helpers, signaldict_*, ctxmanager_*).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { dictLength, PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { Py_EQ, Py_NE, PyObject_IsTrue, reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { PyObject_GetIter } from '../../objects/objectops.ts';
import { allocInstance, createModuleType } from '../modsupport.ts';
import { contextTableMethods, roundingArg } from './decimal_methods.ts';
import { dec, decFromDouble, decFromObject, isDecimal, newDecimal, roundTo } from './decimalobject.ts';
import { MAX_EMAX, MAX_PREC, MIN_EMIN, Round, ROUND_NAMES, S_IEEE_INVALID, S_DIVISION_BY_ZERO, S_OVERFLOW } from './number.ts';
import { copyContext, ctxBody, type ContextBody, currentContext, decimalState, isContext, setCurrentContext } from './state.ts';

/** The default traps. CPython: MPD_Traps */
export const DEFAULT_TRAPS = S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW;

interface SignalDictBody {
  owner: ContextBody | null;
  traps: boolean;
}

const sdBody = (o: PyObject): SignalDictBody => o.body as SignalDictBody;

function sdWord(interp: Interpreter, o: PyObject): number {
  const b = sdBody(o);
  if (b.owner === null) PyErr_SetString(interp, 'ValueError', 'invalid signal dict');
  return b.traps ? b.owner.ctx.traps : b.owner.flags;
}

function sdSetWord(o: PyObject, w: number): void {
  const b = sdBody(o);
  if (b.traps) b.owner!.ctx.traps = w;
  else b.owner!.flags = w;
}

const SIGNALS_MSG = 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]';

/** The status bit of a signal class. CPython: exception_as_flag */
function signalFlag(interp: Interpreter, key: PyObject): number {
  const s = decimalState(interp).signals.find((x) => x.ex === key);
  if (s === undefined) PyErr_SetString(interp, 'KeyError', SIGNALS_MSG);
  return s.flag;
}

/** A list of signals as status bits. CPython: list_as_flags */
function listAsFlags(interp: Interpreter, list: PyObject): number {
  let flags = 0;
  for (const item of list.body as PyObject[]) flags |= signalFlag(interp, item);
  return flags;
}

/** A signal dict, or a dict with every signal, as status bits. CPython: dict_as_flags */
function dictAsFlags(interp: Interpreter, v: PyObject): number {
  const st = decimalState(interp);
  if (v.ob_type === st.SignalDict || v.ob_type.isSubtypeOf(st.SignalDictMixin)) return sdWord(interp, v);
  if (!v.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', 'argument must be a signal dict');
  if (dictLength(v) !== st.signals.length) PyErr_SetString(interp, 'KeyError', 'invalid signal dict');
  let flags = 0;
  for (const s of st.signals) {
    const x = PyDict_GetItem(interp, v, s.ex);
    if (x === null) PyErr_SetString(interp, 'KeyError', 'invalid signal dict');
    if (PyObject_IsTrue(interp, x)) flags |= s.flag;
  }
  return flags;
}

function signaldict_new(type: PyTypeObject): PyObject {
  return allocInstance(type.tp_interp, type, 24, 0, { owner: null, traps: false } satisfies SignalDictBody);
}

function signaldict_dealloc(o: PyObject): void {
  freeObject(o);
}

function signaldict_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const w = sdWord(interp, o);
  return Py_NewRef(w & signalFlag(interp, key) ? interp.singletons.True : interp.singletons.False);
}

function signaldict_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  const interp = o.ob_type.tp_interp;
  if (value === null) PyErr_SetString(interp, 'ValueError', 'signal keys cannot be deleted');
  const w = sdWord(interp, o);
  const f = signalFlag(interp, key);
  sdSetWord(o, PyObject_IsTrue(interp, value) ? w | f : w & ~f);
}

function signalClasses(interp: Interpreter): PyObject[] {
  return decimalState(interp).signals.map((s) => s.ex);
}

function signaldict_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const keys = tupleFromItemsSteal(interp, signalClasses(interp).map((k) => Py_NewRef(k)));
  try {
    return PyObject_GetIter(interp, keys);
  } finally {
    Py_DECREF(keys);
  }
}

// CPython: signaldict_repr
function signaldict_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const w = sdWord(interp, o);
  const parts = decimalState(interp).signals.map((s) => `${reprText(interp, s.ex)}:${w & s.flag ? 'True' : 'False'}`);
  return PyUnicode_FromString(interp, `{${parts.join(', ')}}`);
}

// CPython: signaldict_richcompare — equal to signal dicts and complete dicts with the same truth values.
function signaldict_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if ((op !== Py_EQ && op !== Py_NE) || !b.ob_type.isSubtypeOf(interp.types.dict) && !b.ob_type.isSubtypeOf(decimalState(interp).SignalDictMixin)) {
    return Py_NewRef(interp.singletons.NotImplemented);
  }
  const eq = sdWord(interp, a) === dictAsFlags(interp, b);
  return Py_NewRef(eq === (op === Py_EQ) ? interp.singletons.True : interp.singletons.False);
}

// CPython: signaldict_copy — a plain dict.
function signaldict_copy(interp: Interpreter, self: PyObject | null): PyObject {
  const w = sdWord(interp, self!);
  const d = PyDict_New(interp);
  for (const s of decimalState(interp).signals) PyDict_SetItem(interp, d, s.ex, w & s.flag ? interp.singletons.True : interp.singletons.False);
  return d;
}

// ---- Context

function context_new(type: PyTypeObject): PyObject {
  const interp = type.tp_interp;
  const st = decimalState(interp);
  const tmpl = st.templates[0];
  const ctx = tmpl === undefined
    ? { prec: 28, emax: 999999, emin: -999999, round: Round.HALF_EVEN, clamp: 0, traps: DEFAULT_TRAPS, status: 0 }
    : { ...ctxBody(tmpl).ctx, status: 0 };
  const body: ContextBody = { ctx, flags: 0, capitals: 1, trapsDict: null, flagsDict: null };
  const o = allocInstance(interp, type, 160, 0, body);
  body.trapsDict = makeSignalDict(interp, body, true);
  body.flagsDict = makeSignalDict(interp, body, false);
  return o;
}

function makeSignalDict(interp: Interpreter, owner: ContextBody, traps: boolean): PyObject {
  const d = signaldict_new(decimalState(interp).SignalDict);
  sdBody(d).owner = owner;
  sdBody(d).traps = traps;
  return d;
}

function context_dealloc(o: PyObject): void {
  const b = ctxBody(o);
  for (const d of [b.trapsDict, b.flagsDict]) {
    if (d !== null) sdBody(d).owner = null;
    Py_XDECREF(d);
  }
  Py_XDECREF(o.ob_dict);
  o.ob_dict = null;
  freeObject(o);
}

function context_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = ctxBody(o);
  if (b.trapsDict !== null) visit(b.trapsDict, arg);
  if (b.flagsDict !== null) visit(b.flagsDict, arg);
}

/** A C-integer setting. */
function intSetting(interp: Interpreter, v: PyObject): number {
  if (!PyLong_Check(v)) PyErr_SetString(interp, 'TypeError', 'an integer is required');
  const x = longValue(v);
  if (x > 0x7fffffffffffffffn || x < -0x8000000000000000n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(x);
}

type Setter = (interp: Interpreter, b: ContextBody, v: PyObject) => void;

// CPython: context_setprec, context_setemin, context_setemax, context_setround, context_setcapitals, context_setclamp, context_settraps_dict, context_setstatus_dict
const SETTERS: Record<string, Setter> = {
  prec: (interp, b, v) => {
    const x = intSetting(interp, v);
    if (x < 1 || x > MAX_PREC) PyErr_SetString(interp, 'ValueError', 'valid range for prec is [1, MAX_PREC]');
    b.ctx.prec = x;
  },
  rounding: (interp, b, v) => {
    b.ctx.round = roundingArg(interp, v);
  },
  Emin: (interp, b, v) => {
    const x = intSetting(interp, v);
    if (x > 0 || x < MIN_EMIN) PyErr_SetString(interp, 'ValueError', 'valid range for Emin is [MIN_EMIN, 0]');
    b.ctx.emin = x;
  },
  Emax: (interp, b, v) => {
    const x = intSetting(interp, v);
    if (x < 0 || x > MAX_EMAX) PyErr_SetString(interp, 'ValueError', 'valid range for Emax is [0, MAX_EMAX]');
    b.ctx.emax = x;
  },
  capitals: (interp, b, v) => {
    const x = intSetting(interp, v);
    if (x !== 0 && x !== 1) PyErr_SetString(interp, 'ValueError', 'valid values for capitals are 0 or 1');
    b.capitals = x;
  },
  clamp: (interp, b, v) => {
    const x = intSetting(interp, v);
    if (x !== 0 && x !== 1) PyErr_SetString(interp, 'ValueError', 'valid values for clamp are 0 or 1');
    b.ctx.clamp = x;
  },
  flags: (interp, b, v) => {
    b.flags = dictAsFlags(interp, v);
  },
  traps: (interp, b, v) => {
    b.ctx.traps = dictAsFlags(interp, v);
  },
};

const CONTEXT_KW = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];

/** Applies the constructor's (or localcontext()'s) settings; flags and traps may be lists. CPython: context_setattrs */
function applySettings(interp: Interpreter, b: ContextBody, values: readonly (PyObject | undefined)[]): void {
  const none = interp.singletons.None;
  CONTEXT_KW.forEach((name, i) => {
    const v = values[i];
    if (v === undefined || v === none) return;
    if ((name === 'flags' || name === 'traps') && v.ob_type.isSubtypeOf(interp.types.list)) {
      const w = listAsFlags(interp, v);
      if (name === 'flags') b.flags = w;
      else b.ctx.traps = w;
    } else SETTERS[name]!(interp, b, v);
  });
}

function context_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const values = bindContextKw(interp, args, kwnames, 0);
  applySettings(interp, ctxBody(self), values);
}

/** Binds the settings arguments (after `ctx` for localcontext()). */
function bindContextKw(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null, skip: number, withCtx = false): (PyObject | undefined)[] {
  const names = [...(withCtx ? ['ctx'] : []), ...CONTEXT_KW];
  const kw = kwnames === null ? [] : (kwnames.body as PyObject[]);
  for (const k of kw) {
    const name = unicodeText(k);
    if (!names.includes(name)) PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for this function`);
  }
  return bindArgs(interp, 'function', names, 0, args, kwnames).slice(skip);
}

/** The signals in a status word, named in libmpdec's bit order. CPython: mpd_lsnprint_signals */
function signalNames(interp: Interpreter, w: number): string {
  const st = decimalState(interp);
  const names: string[] = [];
  let invalidDone = false;
  for (let bit = 1; bit <= 0x4000; bit <<= 1) {
    if (!(w & bit)) continue;
    if (bit & S_IEEE_INVALID) {
      if (invalidDone) continue;
      invalidDone = true;
      names.push('InvalidOperation');
      continue;
    }
    const s = st.signals.find((x) => x.flag === bit);
    if (s !== undefined) names.push(s.name);
  }
  return `[${names.join(', ')}]`;
}

// CPython: context_repr
function context_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = ctxBody(o);
  const c = b.ctx;
  return PyUnicode_FromString(interp, `Context(prec=${c.prec}, rounding=${ROUND_NAMES[c.round]}, Emin=${c.emin}, Emax=${c.emax}, ` +
    `capitals=${b.capitals}, clamp=${c.clamp}, flags=${signalNames(interp, b.flags)}, traps=${signalNames(interp, c.traps)})`);
}

/** The signals of a status word as a list in signal_map order. CPython: signals_as_list */
function signalsAsList(interp: Interpreter, w: number): PyObject {
  return _PyList_FromArraySteal(interp, decimalState(interp).signals.filter((s) => w & s.flag).map((s) => Py_NewRef(s.ex)));
}

const intObj = (interp: Interpreter, v: number): PyObject => PyLong_FromNumber(interp, v);
const roundingObj = (interp: Interpreter, r: Round): PyObject => PyUnicode_FromString(interp, ROUND_NAMES[r]!);

function getsetFor(name: string, get: (interp: Interpreter, b: ContextBody) => PyObject): GetSetDef {
  return {
    name, get: (interp, o) => get(interp, ctxBody(o)),
    set: (interp, o, v) => {
      if (v === null) PyErr_SetString(interp, 'AttributeError', 'context attributes cannot be deleted');
      SETTERS[name]!(interp, ctxBody(o), v);
    },
  };
}

const context_getset: GetSetDef[] = [
  getsetFor('prec', (i, b) => intObj(i, b.ctx.prec)),
  getsetFor('Emax', (i, b) => intObj(i, b.ctx.emax)),
  getsetFor('Emin', (i, b) => intObj(i, b.ctx.emin)),
  getsetFor('rounding', (i, b) => roundingObj(i, b.ctx.round)),
  getsetFor('capitals', (i, b) => intObj(i, b.capitals)),
  getsetFor('clamp', (i, b) => intObj(i, b.ctx.clamp)),
  getsetFor('flags', (_i, b) => Py_NewRef(b.flagsDict!)),
  getsetFor('traps', (_i, b) => Py_NewRef(b.trapsDict!)),
];

/** Made when the type is, after the modules it draws on are loaded. */
const contextMethods = (): MethodDef[] => [
  { name: 'Etiny', flags: METH_NOARGS, impl: (i, s) => intObj(i, ctxBody(s!).ctx.emin - ctxBody(s!).ctx.prec + 1) },
  { name: 'Etop', flags: METH_NOARGS, impl: (i, s) => intObj(i, ctxBody(s!).ctx.emax - ctxBody(s!).ctx.prec + 1) },
  { name: 'clear_flags', flags: METH_NOARGS, impl: (i, s) => {
    ctxBody(s!).flags = 0;
    return Py_NewRef(i.singletons.None);
  } },
  { name: 'clear_traps', flags: METH_NOARGS, impl: (i, s) => {
    ctxBody(s!).ctx.traps = 0;
    return Py_NewRef(i.singletons.None);
  } },
  { name: 'copy', flags: METH_NOARGS, impl: (i, s) => copyContext(i, s!) },
  { name: '__copy__', flags: METH_NOARGS, impl: (i, s) => copyContext(i, s!) },
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, s) => {
    const b = ctxBody(s!);
    const c = b.ctx;
    const args = tupleFromItemsSteal(interp, [intObj(interp, c.prec), roundingObj(interp, c.round), intObj(interp, c.emin), intObj(interp, c.emax),
      intObj(interp, b.capitals), intObj(interp, c.clamp), signalsAsList(interp, b.flags), signalsAsList(interp, c.traps)]);
    return tupleFromItemsSteal(interp, [Py_NewRef(s!.ob_type), args]);
  } },
  { name: 'create_decimal', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, s, args, kwnames) => {
    const [v] = bindArgs(interp, 'function', ['num'], 0, args, kwnames);
    return newDecimal(interp, decFromObject(interp, v ?? null, s!, false));
  } },
  { name: 'create_decimal_from_float', flags: METH_O, impl: (interp, s, args) => {
    const f = args[0]!;
    let d;
    if (f.ob_type.isSubtypeOf(interp.types.float)) d = decFromDouble(f.ival);
    else if (PyLong_Check(f)) d = decFromObject(interp, f, s!, true);
    else PyErr_SetString(interp, 'TypeError', 'argument must be int or float');
    return newDecimal(interp, roundTo(interp, d, s!));
  } },
  { name: '_apply', flags: METH_O, impl: (interp, s, args) => {
    const v = args[0]!;
    if (!isDecimal(interp, v) && !PyLong_Check(v)) PyErr_SetString(interp, 'TypeError', `conversion from ${v.ob_type.tp_name} to Decimal is not supported`);
    const d = isDecimal(interp, v) ? dec(v) : decFromObject(interp, v, s!, true);
    return newDecimal(interp, roundTo(interp, d, s!));
  } },
  ...contextTableMethods(),
];

// ---- localcontext()

interface ManagerBody {
  local: PyObject;
  global: PyObject;
}

function ctxmanager_dealloc(o: PyObject): void {
  const b = o.body as ManagerBody;
  Py_DECREF(b.local);
  Py_DECREF(b.global);
  freeObject(o);
}

function ctxmanager_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as ManagerBody;
  visit(b.local, arg);
  visit(b.global, arg);
}

/** localcontext(ctx=None, **kwargs). CPython: ctxmanager_new */
export function localcontext(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const bound = bindContextKw(interp, args, kwnames, 0, true);
  const global = currentContext(interp);
  let local = bound[0];
  if (local === undefined || local === interp.singletons.None) local = global;
  else if (!isContext(interp, local)) PyErr_SetString(interp, 'TypeError', 'optional argument must be a context');
  const copy = copyContext(interp, local);
  try {
    applySettings(interp, ctxBody(copy), bound.slice(1));
  } catch (e) {
    Py_DECREF(copy);
    throw e;
  }
  return allocInstance(interp, decimalState(interp).ContextManager, 32, 0, { local: copy, global: Py_NewRef(global) } satisfies ManagerBody);
}

const ctxmanager_methods: MethodDef[] = [
  { name: '__enter__', flags: METH_NOARGS, impl: (interp, s) => {
    const b = s!.body as ManagerBody;
    setCurrentContext(interp, b.local);
    return Py_NewRef(b.local);
  } },
  { name: '__exit__', flags: METH_FASTCALL, impl: (interp, s) => {
    setCurrentContext(interp, (s!.body as ManagerBody).global);
    return Py_NewRef(interp.singletons.None);
  } },
];

const CONTEXT_DOC = 'The context affects almost all operations and controls rounding,\nOver/Underflow, raising of exceptions and much more.  A new context\n' +
  'can be constructed as follows:\n\n    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n' +
  '    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n    ...             flags=[])\n    >>> \n\n\n';

export function createContextTypes(interp: Interpreter): { Context: PyTypeObject; SignalDictMixin: PyTypeObject; ContextManager: PyTypeObject } {
  const SignalDictMixin = createModuleType(interp, {
    name: 'decimal.SignalDictMixin', basicsize: 24, new: signaldict_new, dealloc: signaldict_dealloc, repr: signaldict_repr,
    methods: [{ name: 'copy', flags: METH_NOARGS, impl: signaldict_copy }],
    setup: (t) => {
      t.tp_as_mapping = { mp_length: () => 9, mp_subscript: signaldict_subscript, mp_ass_subscript: signaldict_ass_sub };
      t.tp_iter = signaldict_iter;
      t.tp_richcompare = signaldict_richcompare;
    },
  });
  const Context = createModuleType(interp, {
    name: 'decimal.Context', basicsize: 96, gc: false, new: context_new, init: context_init, dealloc: context_dealloc, traverse: context_traverse,
    repr: context_repr, getset: context_getset, methods: contextMethods(), doc: CONTEXT_DOC,
  });
  const ContextManager = createModuleType(interp, {
    name: 'decimal.ContextManager', basicsize: 32, subclassable: false, dealloc: ctxmanager_dealloc, traverse: ctxmanager_traverse,
    methods: ctxmanager_methods,
  });
  return { Context, SignalDictMixin, ContextManager };
}
