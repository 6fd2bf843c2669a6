// The unicodedata module: the Unicode 15.0.0 database through module functions, and the UCD type
// whose one instance, ucd_3_2_0, answers the same questions for Unicode 3.2.0 (IDNA, stringprep).
// CPython: Modules/unicodedata.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { checkPositional, noKeywords, oneArg } from '../../objects/args.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bufferOf, latin1Text } from '../../objects/bytesobject.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { excType, newException, PyErr_SetObject, PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { METH_FASTCALL, METH_O, type MethodDef } from '../../objects/typeobject.ts';
import { PyUnicode_FromCodePoints, PyUnicode_FromString, unicodeCodePoints, unicodeLength, unicodeText } from '../../objects/unicodeobject.ts';
import { charName, lookupName } from '../../unicode/names.ts';
import { NORMAL_FORMS, normalize, ucd, type NormalForm, type NumericValue, type Ucd } from '../../unicode/unicodedata.ts';
import { allocInstance, createModuleType, moduleState } from '../modsupport.ts';

type Impl = (interp: Interpreter, db: Ucd, args: readonly PyObject[]) => PyObject;

/** The one character a `chr: int(accept={str})` parameter takes. */
function charArg(interp: Interpreter, fname: string, o: PyObject, pos = ''): number {
  if (!o.ob_type.isSubtypeOf(interp.types.str) || unicodeLength(o) !== 1) {
    PyErr_SetString(interp, 'TypeError', `${fname}() argument ${pos}must be a unicode character, not ${o.ob_type.tp_name}`);
  }
  return unicodeCodePoints(o)[0]!;
}

function strArg(interp: Interpreter, fname: string, o: PyObject, pos: number): PyObject {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${fname}() argument ${pos} must be str, not ${o.ob_type.tp_name}`);
  return o;
}

const str = (interp: Interpreter, s: string): PyObject => PyUnicode_FromString(interp, s);

/** A property of one character (a METH_O function). */
function charProperty(name: string, get: (interp: Interpreter, db: Ucd, cp: number) => PyObject): [string, Impl, boolean] {
  return [name, (interp, db, args) => get(interp, db, charArg(interp, name, args[0]!)), true];
}

/** decimal/digit/numeric: the value, else the default, else ValueError. */
function numericProperty(name: keyof NumericValue, make: (interp: Interpreter, v: number) => PyObject, error: string): [string, Impl, boolean] {
  return [name, (interp, db, args) => {
    checkPositional(interp, name, args.length, 1, 2);
    const v = db.props(charArg(interp, name, args[0]!, '1 ')).numeric?.[name];
    if (v !== undefined) return make(interp, v);
    if (args.length > 1) return Py_NewRef(args[1]!);
    return PyErr_SetString(interp, 'ValueError', error);
  }, false];
}

/** The name of a character in a version of the database. CPython: _getucname */
function nameOf(db: Ucd, cp: number): string | undefined {
  return db.newerThan(cp) ? undefined : charName(cp);
}

// CPython: unicodedata_UCD_lookup_impl, _getcode
function lookup(interp: Interpreter, db: Ucd, arg: PyObject): PyObject {
  let name: string;
  let size: number;
  if (arg.ob_type.isSubtypeOf(interp.types.str)) {
    name = unicodeText(arg);
    size = new TextEncoder().encode(name).length;
  } else {
    const buf = bufferOf(arg);
    if (buf === null) return PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
    name = latin1Text(buf);
    size = buf.length;
  }
  if (size > 256) PyErr_SetString(interp, 'KeyError', 'name too long');
  let cp = lookupName(name);
  // 3.2.0 had no aliases and none of the characters assigned since (the algorithmic names aside).
  if (cp !== undefined && db.version === '3.2.0' && !/^(HANGUL SYLLABLE |CJK UNIFIED IDEOGRAPH-)/.test(name)) {
    if (nameOf(db, cp) !== name.toUpperCase()) cp = undefined;
  }
  if (cp === undefined) {
    // The message is made with %s: it stops at a NUL.
    const nul = name.indexOf('\0');
    const shown = nul < 0 ? name : name.slice(0, nul);
    const msg = str(interp, `undefined character name '${shown}'`);
    PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyError'), [msg]));
  }
  return PyUnicode_FromCodePoints(interp, [cp]);
}

function formOf(interp: Interpreter, form: PyObject): NormalForm {
  const f = unicodeText(form);
  if (!(NORMAL_FORMS as readonly string[]).includes(f)) PyErr_SetString(interp, 'ValueError', 'invalid normalization form');
  return f as NormalForm;
}

function sameCodePoints(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// [name, implementation, METH_O]
const FUNCTIONS: [string, Impl, boolean][] = [
  numericProperty('decimal', PyLong_FromNumber, 'not a decimal'),
  numericProperty('digit', PyLong_FromNumber, 'not a digit'),
  numericProperty('numeric', PyFloat_FromDouble, 'not a numeric character'),
  charProperty('category', (interp, db, cp) => str(interp, db.props(cp).category)),
  charProperty('bidirectional', (interp, db, cp) => str(interp, db.props(cp).bidirectional)),
  charProperty('combining', (interp, db, cp) => PyLong_FromNumber(interp, db.props(cp).combining)),
  charProperty('mirrored', (interp, db, cp) => PyLong_FromNumber(interp, db.props(cp).mirrored)),
  charProperty('east_asian_width', (interp, db, cp) => str(interp, db.props(cp).eastAsianWidth)),
  charProperty('decomposition', (interp, db, cp) => str(interp, db.props(cp).decomposition)),
  // CPython: unicodedata_UCD_is_normalized_impl — the empty string is normal in any form.
  ['is_normalized', (interp, db, args) => {
    checkPositional(interp, 'is_normalized', args.length, 2, 2);
    const form = strArg(interp, 'is_normalized', args[0]!, 1);
    const input = strArg(interp, 'is_normalized', args[1]!, 2);
    if (unicodeLength(input) === 0) return Py_NewRef(interp.singletons.True);
    const cps = unicodeCodePoints(input);
    return Py_NewRef(sameCodePoints(normalize(db, formOf(interp, form), cps), cps) ? interp.singletons.True : interp.singletons.False);
  }, false],
  // CPython: unicodedata_UCD_normalize_impl
  ['normalize', (interp, db, args) => {
    checkPositional(interp, 'normalize', args.length, 2, 2);
    const form = strArg(interp, 'normalize', args[0]!, 1);
    const input = strArg(interp, 'normalize', args[1]!, 2);
    if (unicodeLength(input) === 0) return Py_NewRef(input);
    const cps = unicodeCodePoints(input);
    const out = normalize(db, formOf(interp, form), cps);
    // CPython gives back the argument itself when its quick check finds it normal (never for
    // 3.2.0), which is when normalizing changes nothing; otherwise a new str.
    return db.version !== '3.2.0' && sameCodePoints(out, cps) ? Py_NewRef(input) : PyUnicode_FromCodePoints(interp, out);
  }, false],
  ['name', (interp, db, args) => {
    checkPositional(interp, 'name', args.length, 1, 2);
    const name = nameOf(db, charArg(interp, 'name', args[0]!, '1 '));
    if (name !== undefined) return str(interp, name);
    if (args.length > 1) return Py_NewRef(args[1]!);
    return PyErr_SetString(interp, 'ValueError', 'no such name');
  }, false],
  ['lookup', (interp, db, args) => lookup(interp, db, args[0]!), true],
];

const ucdOf = (self: PyObject): Ucd => self.body as Ucd;

const state = moduleState((interp) => createModuleType(interp, {
  name: 'unicodedata.UCD',
  basicsize: 40,
  subclassable: false,
  dealloc: freeObject,
  methods: FUNCTIONS.map(([name, impl, o]): MethodDef => ({
    name, flags: o ? METH_O : METH_FASTCALL, impl: (interp, self, args) => impl(interp, ucdOf(self!), args),
  })),
  getset: [{ name: 'unidata_version', member: true, get: (interp, o) => str(interp, ucdOf(o).version) }],
}));

export function createUnicodedataModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'unicodedata'), true);
  moduleAdd(interp, m, '__doc__', str(interp, MODULE_DOC));
  const current = ucd('15.0.0');
  for (const [name, impl, o] of FUNCTIONS) {
    const qualified = `unicodedata.${name}`;
    moduleAdd(interp, m, name, PyCFunction_New(interp, name, (interp, _self, args, kwnames) => {
      if (o) return impl(interp, current, [oneArg(interp, qualified, args, kwnames)]);
      noKeywords(interp, qualified, kwnames);
      return impl(interp, current, args);
    }, Py_NewRef(m)));
  }
  const type = state(interp);
  moduleAdd(interp, m, 'UCD', Py_NewRef(type));
  moduleAdd(interp, m, 'ucd_3_2_0', allocInstance(interp, type, 40, 0, ucd('3.2.0')));
  moduleAdd(interp, m, 'unidata_version', str(interp, current.version));
  return m;
}

const MODULE_DOC = `This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
15.0.0 which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format 15.0.0.`;
