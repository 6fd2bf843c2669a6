// The _locale module for the locales Glasspy has: C (also POSIX) and C.UTF-8 (also C.utf8).
// At startup LC_CTYPE is C.UTF-8 and the other categories C, as CPython leaves them after its
// locale coercion; "" picks the environment's setting (LC_ALL, LC_<category>, LANG).
// CPython: Modules/_localemodule.c, with glibc's C locale data.
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, cIntArg, noKeywords, oneArg } from '../objects/args.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { PyList_New } from '../objects/listobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyUnicode_FromString, unicodeCodePoints, unicodeText } from '../objects/unicodeobject.ts';
import { moduleState, newExceptionType } from './modsupport.ts';

// glibc's categories in the order its composite LC_ALL name lists them; LC_ALL is 6.
const CATEGORIES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL',
  'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION'];
const LC_ALL = 6;
const CHAR_MAX = 127;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** nl_langinfo's items: name, glibc's key and the C locale's value (CODESET depends on LC_CTYPE). */
const LANGINFO: readonly [string, number, string][] = [
  ['CODESET', 14, ''], ['D_T_FMT', 0x20028, '%a %b %e %H:%M:%S %Y'], ['D_FMT', 0x20029, '%m/%d/%y'], ['T_FMT', 0x2002a, '%H:%M:%S'],
  ['T_FMT_AMPM', 0x2002b, '%I:%M:%S %p'], ['AM_STR', 0x20026, 'AM'], ['PM_STR', 0x20027, 'PM'],
  ...DAYS.map((d, i): [string, number, string] => [`DAY_${i + 1}`, 0x20007 + i, d]),
  ...DAYS.map((d, i): [string, number, string] => [`ABDAY_${i + 1}`, 0x20000 + i, d.slice(0, 3)]),
  ...MONTHS.map((m, i): [string, number, string] => [`MON_${i + 1}`, 0x2001a + i, m]),
  ...MONTHS.map((m, i): [string, number, string] => [`ABMON_${i + 1}`, 0x2000e + i, m.slice(0, 3)]),
  ['RADIXCHAR', 0x10000, '.'], ['THOUSEP', 0x10001, ''], ['YESEXPR', 0x50000, '^[yY]'], ['NOEXPR', 0x50001, '^[nN]'],
  ['CRNCYSTR', 0x4000f, '-'], ['ERA', 0x2002c, ''], ['ERA_D_FMT', 0x2002e, ''], ['ALT_DIGITS', 0x2002f, ''],
  ['ERA_D_T_FMT', 0x20030, ''], ['ERA_T_FMT', 0x20031, ''], ['_DATE_FMT', 0x2006c, '%a %b %e %H:%M:%S %Z %Y'],
];

interface LocaleState {
  /** The locale name of each category (LC_ALL's slot unused). */
  readonly names: string[];
  /** locale.Error, made once per interpreter as the module's types are. */
  error: PyObject | null;
}

const state = moduleState((): LocaleState => ({ names: CATEGORIES.map((_, i) => (i === 0 ? 'C.UTF-8' : 'C')), error: null }));

function isUtf8(name: string): boolean {
  return /\.utf-?8$/i.test(name);
}

function raiseLocaleError(interp: Interpreter, msg: string): never {
  const m = PyUnicode_FromString(interp, msg);
  try {
    return PyErr_SetObject(interp, PyObject_Vectorcall(interp, state(interp).error!, [m], null));
  } finally {
    Py_DECREF(m);
  }
}

/** The name a locale request resolves to, or null when there is no such locale. */
function resolve(interp: Interpreter, category: number, requested: string): string | null {
  let name = requested;
  if (name === '') {
    const env = interp.host?.environ() ?? new Map<string, string>();
    name = [env.get('LC_ALL'), category === LC_ALL ? undefined : env.get(CATEGORIES[category]!), env.get('LANG')].find((v) => v !== undefined && v !== '') ?? 'C';
  }
  if (name === 'POSIX') return 'C';
  return name === 'C' || /^C\.(UTF-8|utf8)$/i.test(name) ? name : null;
}

// CPython: _locale_setlocale_impl
function setlocale(interp: Interpreter, category: number, locale: string | null): string {
  const names = state(interp).names;
  const valid = category >= 0 && category < CATEGORIES.length;
  if (locale === null) {
    if (!valid) raiseLocaleError(interp, 'locale query failed');
    if (category !== LC_ALL) return names[category]!;
    const others = names.filter((_, i) => i !== LC_ALL);
    if (others.every((n) => n === others[0])) return others[0]!;
    return CATEGORIES.map((c, i) => (i === LC_ALL ? '' : `${c}=${names[i]}`)).filter((s) => s !== '').join(';');
  }
  const name = valid ? resolve(interp, category, locale) : null;
  if (name === null) raiseLocaleError(interp, 'unsupported locale setting');
  if (category === LC_ALL) names.fill(name);
  else names[category] = name;
  return setlocale(interp, category, null);
}

function strArg(interp: Interpreter, fname: string, i: number, o: PyObject): string {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `${fname}() argument ${i} must be str, not ${o.ob_type.tp_name}`);
  return unicodeText(o);
}

function codeset(interp: Interpreter): string {
  return isUtf8(state(interp).names[0]!) ? 'UTF-8' : 'ANSI_X3.4-1968';
}

function setItem(interp: Interpreter, d: PyObject, key: string, v: PyObject): void {
  const k = PyUnicode_FromString(interp, key);
  PyDict_SetItem(interp, d, k, v);
  Py_DECREF(k);
  Py_DECREF(v);
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['setlocale', (interp, _s, args, kw) => {
    noKeywords(interp, 'setlocale', kw);
    checkPositional(interp, 'setlocale', args.length, 1, 2);
    const category = cIntArg(interp, args[0]!);
    const loc = args[1] === undefined || args[1] === interp.singletons.None ? null : strArg(interp, 'setlocale', 2, args[1]);
    return PyUnicode_FromString(interp, setlocale(interp, category, loc));
  }],
  // CPython: _locale_localeconv_impl (the C locale's conventions)
  ['localeconv', (interp, _s, args, kw) => {
    noKeywords(interp, 'localeconv', kw);
    checkPositional(interp, 'localeconv', args.length, 0, 0);
    const d = PyDict_New(interp);
    for (const k of ['int_curr_symbol', 'currency_symbol', 'mon_decimal_point', 'mon_thousands_sep']) setItem(interp, d, k, PyUnicode_FromString(interp, ''));
    setItem(interp, d, 'mon_grouping', PyList_New(interp, 0));
    for (const k of ['positive_sign', 'negative_sign']) setItem(interp, d, k, PyUnicode_FromString(interp, ''));
    for (const k of ['int_frac_digits', 'frac_digits', 'p_cs_precedes', 'p_sep_by_space', 'n_cs_precedes', 'n_sep_by_space', 'p_sign_posn', 'n_sign_posn']) {
      setItem(interp, d, k, PyLong_FromNumber(interp, CHAR_MAX));
    }
    setItem(interp, d, 'decimal_point', PyUnicode_FromString(interp, '.'));
    setItem(interp, d, 'thousands_sep', PyUnicode_FromString(interp, ''));
    setItem(interp, d, 'grouping', PyList_New(interp, 0));
    return d;
  }],
  // CPython: _locale_nl_langinfo_impl
  ['nl_langinfo', (interp, _s, args, kw) => {
    const key = cIntArg(interp, oneArg(interp, 'nl_langinfo', args, kw));
    const item = LANGINFO.find((e) => e[1] === key);
    if (item === undefined) PyErr_SetString(interp, 'ValueError', 'unsupported langinfo constant');
    return PyUnicode_FromString(interp, item[0] === 'CODESET' ? codeset(interp) : item[2]);
  }],
  // CPython: _locale_getencoding_impl
  ['getencoding', (interp) => PyUnicode_FromString(interp, codeset(interp))],
  // CPython: _locale_strcoll_impl (the C locale orders by code point)
  ['strcoll', (interp, _s, args, kw) => {
    noKeywords(interp, 'strcoll', kw);
    checkPositional(interp, 'strcoll', args.length, 2, 2);
    strArg(interp, 'strcoll', 1, args[0]!);
    strArg(interp, 'strcoll', 2, args[1]!);
    const a = unicodeCodePoints(args[0]!);
    const b = unicodeCodePoints(args[1]!);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return PyLong_FromNumber(interp, a[i]! < b[i]! ? -1 : 1);
    return PyLong_FromNumber(interp, Math.sign(a.length - b.length));
  }],
  // CPython: _locale_strxfrm_impl (the identity in the C locale)
  ['strxfrm', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'strxfrm', args, kw);
    strArg(interp, 'strxfrm', 1, o);
    return Py_NewRef(o);
  }],
  // The message catalogs: none are installed, so every message is itself. CPython: _locale_gettext_impl and friends
  ['gettext', (interp, _s, args, kw) => Py_NewRef(oneArg(interp, 'gettext', args, kw))],
  ['dgettext', (interp, _s, args, kw) => {
    noKeywords(interp, 'dgettext', kw);
    checkPositional(interp, 'dgettext', args.length, 2, 2);
    return Py_NewRef(args[1]!);
  }],
  ['dcgettext', (interp, _s, args, kw) => {
    noKeywords(interp, 'dcgettext', kw);
    checkPositional(interp, 'dcgettext', args.length, 3, 3);
    return Py_NewRef(args[1]!);
  }],
  ['textdomain', (interp, _s, args, kw) => {
    const d = oneArg(interp, 'textdomain', args, kw);
    return d === interp.singletons.None ? PyUnicode_FromString(interp, 'messages') : Py_NewRef(d);
  }],
  ['bindtextdomain', (interp, _s, args, kw) => {
    noKeywords(interp, 'bindtextdomain', kw);
    checkPositional(interp, 'bindtextdomain', args.length, 2, 2);
    return PyUnicode_FromString(interp, args[1] === interp.singletons.None ? '/usr/share/locale' : unicodeText(args[1]!));
  }],
  ['bind_textdomain_codeset', (interp, _s, args, kw) => {
    noKeywords(interp, 'bind_textdomain_codeset', kw);
    checkPositional(interp, 'bind_textdomain_codeset', args.length, 2, 2);
    return Py_NewRef(args[1]!);
  }],
];

export function createLocaleModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_locale'), true);
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  for (let i = 0; i <= LC_ALL; i++) moduleAdd(interp, m, CATEGORIES[i]!, PyLong_FromNumber(interp, i));
  moduleAdd(interp, m, 'CHAR_MAX', PyLong_FromNumber(interp, CHAR_MAX));
  for (const [name, key] of LANGINFO) moduleAdd(interp, m, name, PyLong_FromNumber(interp, key));
  const st = state(interp);
  st.error ??= newExceptionType(interp, 'locale.Error');
  moduleAdd(interp, m, 'Error', Py_NewRef(st.error));
  return m;
}
