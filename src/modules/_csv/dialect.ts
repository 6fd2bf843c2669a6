// _csv.Dialect: the checked settings of a reader or writer, made from a registered name, a
// class or instance with the attributes, and keyword overrides. CPython: Modules/_csv.c
// (dialect_new, _set_char, _set_char_or_none, _set_str, _set_int, _set_bool, Dialect_reduce).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyObject_LookupAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_GetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { longValue } from '../../objects/longobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import type { PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromCodePoints, unicodeCodePoints, unicodeLength, unicodeText } from '../../objects/unicodeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { csvError, csvState } from './state.ts';

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;
export const QUOTE_STRINGS = 4;
export const QUOTE_NOTNULL = 5;
/** A character setting that is None. */
export const NOT_SET = -1;

export interface Dialect {
  doublequote: boolean;
  skipinitialspace: boolean;
  strict: boolean;
  quoting: number;
  delimiter: number;
  quotechar: number;
  escapechar: number;
  /** A str. */
  lineterminator: PyObject;
}

export const dialectOf = (o: PyObject): Dialect => o.body as Dialect;

export function dialect_dealloc(o: PyObject): void {
  Py_DECREF(dialectOf(o).lineterminator);
  freeObject(o);
}

export function dialect_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(dialectOf(o).lineterminator, arg);
}

const KEYWORDS = ['dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'] as const;
type Settings = Partial<Record<typeof KEYWORDS[number], PyObject>>;

/** PyArg_ParseTupleAndKeywords with "|OOOOOOOOO" and no function name. */
function parseSettings(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null): Settings {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  if (args.length > KEYWORDS.length) PyErr_SetString(interp, 'TypeError', `function takes at most ${KEYWORDS.length} arguments (${args.length} given)`);
  const out: Settings = {};
  for (let i = 0; i < npos; i++) out[KEYWORDS[i]!] = args[i];
  for (let i = 0; i < kw.length; i++) {
    const name = unicodeText(kw[i]!);
    const j = (KEYWORDS as readonly string[]).indexOf(name);
    if (j < 0) PyErr_SetString(interp, 'TypeError', `'${name}' is an invalid keyword argument for this function`);
    if (j < npos) PyErr_SetString(interp, 'TypeError', `argument for function given by name ('${name}') and position (${j + 1})`);
    out[KEYWORDS[j]!] = args[npos + i];
  }
  return out;
}

function charSetting(interp: Interpreter, name: string, src: PyObject | undefined, dflt: number, noneOk: boolean): number {
  if (src === undefined) return dflt;
  if (noneOk && src === interp.singletons.None) return NOT_SET;
  if (!src.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `"${name}" must be string${noneOk ? ' or None' : ''}, not ${src.ob_type.tp_name}`);
  }
  if (unicodeLength(src) !== 1) PyErr_SetString(interp, 'TypeError', `"${name}" must be a 1-character string`);
  return unicodeCodePoints(src)[0]!;
}

const boolSetting = (interp: Interpreter, src: PyObject | undefined, dflt: boolean): boolean => (src === undefined ? dflt : PyObject_IsTrue(interp, src));

// CPython: _set_int (PyLong_CheckExact, then _PyLong_AsInt)
function intSetting(interp: Interpreter, name: string, src: PyObject | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (src.ob_type !== interp.types.int) PyErr_SetString(interp, 'TypeError', `"${name}" must be an integer`);
  const v = longValue(src);
  if (typeof v !== 'number' || v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  return v;
}

// CPython: dialect_new
export function dialect_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const st = csvState(interp);
  const given = parseSettings(interp, args, kwnames);
  let base = given.dialect;
  if (base !== undefined && base.ob_type.isSubtypeOf(interp.types.str)) {
    const found = PyDict_GetItem(interp, st.dialects, base);
    if (found === null) csvError(interp, 'unknown dialect');
    base = found;
  }
  const overridden = KEYWORDS.some((k) => k !== 'dialect' && given[k] !== undefined);
  // A dialect with nothing to change is shared as it is.
  if (base !== undefined && base.ob_type.isSubtypeOf(st.Dialect) && !overridden) return Py_NewRef(base);
  const s: Settings = { ...given };
  const owned: PyObject[] = [];
  try {
    if (base !== undefined) {
      for (const k of KEYWORDS) {
        if (k === 'dialect' || s[k] !== undefined) continue;
        // A missing attribute keeps the default. CPython: DIALECT_GETATTR
        const v = PyObject_LookupAttr(interp, base, internedStr(interp, k));
        if (v !== null) {
          owned.push(v);
          s[k] = v;
        }
      }
    }
    const d: Omit<Dialect, 'lineterminator'> = {
      delimiter: charSetting(interp, 'delimiter', s.delimiter, 0x2c, false),
      doublequote: boolSetting(interp, s.doublequote, true),
      escapechar: charSetting(interp, 'escapechar', s.escapechar, NOT_SET, true),
      quotechar: 0, quoting: 0, skipinitialspace: false, strict: false,
    };
    const lt = s.lineterminator;
    if (lt !== undefined && lt !== interp.singletons.None && !lt.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', '"lineterminator" must be a string');
    }
    d.quotechar = charSetting(interp, 'quotechar', s.quotechar, 0x22, true);
    d.quoting = intSetting(interp, 'quoting', s.quoting, QUOTE_MINIMAL);
    d.skipinitialspace = boolSetting(interp, s.skipinitialspace, false);
    d.strict = boolSetting(interp, s.strict, false);
    if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NOTNULL) PyErr_SetString(interp, 'TypeError', 'bad "quoting" value');
    if (s.quotechar === interp.singletons.None && s.quoting === undefined) d.quoting = QUOTE_NONE;
    if (d.quoting !== QUOTE_NONE && d.quotechar === NOT_SET) PyErr_SetString(interp, 'TypeError', 'quotechar must be set if quoting enabled');
    if (lt === interp.singletons.None) PyErr_SetString(interp, 'TypeError', 'lineterminator must be set');
    const lineterminator = lt === undefined ? PyUnicode_FromCodePoints(interp, [0x0d, 0x0a]) : Py_NewRef(lt);
    return allocInstance(interp, type, 48, 0, { ...d, lineterminator } satisfies Dialect);
  } finally {
    for (const o of owned) Py_DECREF(o);
  }
}

const charOrNone = (interp: Interpreter, c: number): PyObject => (c === NOT_SET ? Py_NewRef(interp.singletons.None) : PyUnicode_FromCodePoints(interp, [c]));
const bool = (interp: Interpreter, b: boolean): PyObject => Py_NewRef(b ? interp.singletons.True : interp.singletons.False);

export const dialect_getset: readonly GetSetDef[] = [
  { name: 'delimiter', get: (interp, o) => charOrNone(interp, dialectOf(o).delimiter) },
  { name: 'escapechar', get: (interp, o) => charOrNone(interp, dialectOf(o).escapechar) },
  { name: 'lineterminator', get: (_interp, o) => Py_NewRef(dialectOf(o).lineterminator) },
  { name: 'quotechar', get: (interp, o) => charOrNone(interp, dialectOf(o).quotechar) },
  { name: 'quoting', get: (interp, o) => PyLong_FromNumber(interp, dialectOf(o).quoting) },
  { name: 'skipinitialspace', member: true, get: (interp, o) => bool(interp, dialectOf(o).skipinitialspace) },
  { name: 'doublequote', member: true, get: (interp, o) => bool(interp, dialectOf(o).doublequote) },
  { name: 'strict', member: true, get: (interp, o) => bool(interp, dialectOf(o).strict) },
];

// CPython: Dialect_reduce — a heap type would otherwise pickle through object's protocols 0 and 1.
function dialect_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const name = self!.ob_type.tp_name;
  return PyErr_SetString(interp, 'TypeError', `cannot pickle '${name.slice(name.lastIndexOf('.') + 1)}' instances`);
}

export const dialect_methods: readonly MethodDef[] = [
  { name: '__reduce__', flags: METH_FASTCALL | METH_KEYWORDS, impl: dialect_reduce, doc: 'raises an exception to avoid pickling' },
  { name: '__reduce_ex__', flags: METH_FASTCALL | METH_KEYWORDS, impl: dialect_reduce, doc: 'raises an exception to avoid pickling' },
];

/** The Dialect a reader or writer uses, from its optional dialect argument and keywords. CPython: _call_dialect */
export function callDialect(interp: Interpreter, dialectArg: PyObject | undefined, kwValues: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const { Dialect } = csvState(interp);
  const args = dialectArg === undefined ? [...kwValues] : [dialectArg, ...kwValues];
  return Dialect.tp_new!(Dialect, args, kwnames);
}
