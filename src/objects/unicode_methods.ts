// The methods of str. CPython: Objects/unicodeobject.c (unicode_methods and their _impl
// functions, Objects/clinic/unicodeobject.c.h for the argument errors), Objects/unicodectype.c
// for the character classes (through the host's Unicode tables, except isprintable's own).
import { LazyRegExp } from '../unicode/lazy_regexp.ts';
import { withArgsTuple } from './call_args.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_GetItem } from './abstract.ts';
import { checkPositional, noKeywords } from './args.ts';
import { bindArgs } from './args_kw.ts';
import { PyBytes_FromData } from './bytesobject.ts';
import { PyUnicode_AsEncodedString } from './codecs.ts';
import { PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { excType, PyErr_SetString } from './exceptions.ts';
import { _PyList_FromArraySteal, listFromAppends, listFromSplitParts, PySequence_Fast } from './listobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { isUnicodeSpace } from './numeric/ascii_transform.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, METH_STATIC, METH_VARARGS, type MethodDef } from './typeobject.ts';
import { doStringFormat, format_methods } from './unicode_format.ts';
import { KIND_UCS4, PyUnicode_FromObject, PyUnicode_FromString, unicode_sizeof, unicodeFresh, unicodeFromPieces, unicodeKind, unicodeKindCode, unicodeLength, unicodeText } from './unicodeobject.ts';
import { isPrintable } from '../unicode/printable.ts';
import {
  adjustIndices, centerPads, countIn, expandTabs, findIn, replaceText, splitLines, splitSep, splitWhitespace, stripText, tailMatch,
  zfillText,
} from './stringlib.ts';

type Impl = MethodDef['impl'];

const PY_SSIZE_T_MAX = 9223372036854775807;

function isStr(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.str);
}

/** A new str for `s`, or self when `s` is its text and self is an exact str. CPython: unicode_result_unchanged */
function strResult(interp: Interpreter, self: PyObject, s: string): PyObject {
  if (self.ob_type === interp.types.str && s.length === (self.body as string).length && s === unicodeText(self)) {
    Py_INCREF(self);
    return self;
  }
  return PyUnicode_FromString(interp, s);
}

/**
 * A new list of new strs; a single part that is all of an exact str `whole` is that str.
 * CPython: the "no match, so just use it as list[0]" shortcuts of stringlib split, rsplit,
 * split_whitespace, rsplit_whitespace and splitlines
 */
function strList(interp: Interpreter, parts: string[], whole: PyObject | null = null): PyObject {
  return _PyList_FromArraySteal(interp, splitItems(interp, parts, whole));
}

/** New strs for the parts; a single part that is all of an exact str `whole` is that str. */
function splitItems(interp: Interpreter, parts: string[], whole: PyObject | null): PyObject[] {
  if (whole !== null && parts.length === 1 && whole.ob_type === interp.types.str && parts[0] === unicodeText(whole)) {
    Py_INCREF(whole);
    return [whole];
  }
  return parts.map((p) => PyUnicode_FromString(interp, p));
}

/** The result of split/rsplit, preallocated from the split count as CPython sizes it. CPython: split */
function splitList(interp: Interpreter, parts: string[], maxcount: number, whole: PyObject | null): PyObject {
  return listFromSplitParts(interp, splitItems(interp, parts, whole), maxcount);
}

/** Whether the str holds astral characters, whose code point indices differ from UTF-16 ones. */
function astral(o: PyObject): boolean {
  return unicodeKindCode(o) === KIND_UCS4;
}

/** The UTF-16 offset of code point index i in s (0 <= i <= length). */
function unitOf(s: string, i: number): number {
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) u += s.codePointAt(u)! > 0xffff ? 2 : 1;
  return u + Math.max(0, i - codePointCount(s));
}

function codePointCount(s: string): number {
  let n = 0;
  for (let u = 0; u < s.length; n++) u += s.codePointAt(u)! > 0xffff ? 2 : 1;
  return n;
}

/** The code point index of UTF-16 offset u in s. */
function cpOf(s: string, u: number): number {
  return codePointCount(s.slice(0, u));
}

/** A slice index argument (None or an int), clamped to ssize_t. CPython: _PyEval_SliceIndex */
export function sliceIndex(interp: Interpreter, o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === interp.singletons.None) return dflt;
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  const v = longValue(o);
  if (typeof v === 'bigint') return v > 0n ? PY_SSIZE_T_MAX : -PY_SSIZE_T_MAX;
  return v;
}

/** An int argument (through __index__). CPython: PyNumber_AsSsize_t */
export function ssizeArgOf(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = longValue(o);
  if (typeof v === 'bigint') PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return v;
}

/**
 * The (sub, start, end) arguments of find, count, index, startswith ... with CPython's messages.
 * CPython: stringlib_parse_args_finds
 */
export function parseFinds(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): [PyObject, number, number] {
  noKeywords(interp, name, kwnames);
  if (args.length < 1) PyErr_SetString(interp, 'TypeError', `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) PyErr_SetString(interp, 'TypeError', `${name}() takes at most 3 arguments (${args.length} given)`);
  return [args[0]!, sliceIndex(interp, args[1], 0), sliceIndex(interp, args[2], PY_SSIZE_T_MAX)];
}

function needStr(interp: Interpreter, o: PyObject, msg: string): string {
  if (!isStr(interp, o)) PyErr_SetString(interp, 'TypeError', `${msg}, not ${o.ob_type.tp_name}`);
  return unicodeText(o);
}

/** find/rfind/index/rindex/count over code point indices. */
function findLike(interp: Interpreter, self: PyObject, sub: PyObject, start: number, end: number, mode: 'find' | 'rfind' | 'count'): number {
  const s = unicodeText(self);
  const t = needStr(interp, sub, 'must be str');
  const len = unicodeLength(self);
  [start, end] = adjustIndices(start, end, len);
  const big = astral(self);
  const us = big ? unitOf(s, Math.min(start, len)) + Math.max(0, start - len) : start;
  const ue = big ? unitOf(s, end) : end;
  if (mode === 'count') return countIn(s, t, us, ue);
  const r = findIn(s, t, us, ue, mode === 'rfind');
  return r < 0 || !big ? r : cpOf(s, r);
}

function findMethod(name: string, mode: 'find' | 'rfind', raise: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const [sub, start, end] = parseFinds(interp, name, args, kwnames);
    const r = findLike(interp, self!, sub, start, end, mode);
    if (r < 0 && raise) PyErr_SetString(interp, 'ValueError', 'substring not found');
    return PyLong_FromNumber(interp, r);
  };
}

// CPython: unicode_startswith / unicode_endswith
function tailMethod(name: string, atEnd: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const [sub, start, end] = parseFinds(interp, name, args, kwnames);
    const s = unicodeText(self!);
    const len = unicodeLength(self!);
    const big = astral(self!);
    const match = (p: PyObject) => {
      const t = unicodeText(p);
      if (!big && !astral(p)) return tailMatch(s, t, start, end, atEnd);
      // Astral text: compare code point arrays.
      const cps = Array.from(s);
      const [a, b] = adjustIndices(start, end, len);
      const tc = Array.from(t);
      const e = b - tc.length;
      if (e < a) return false;
      const from = atEnd ? e : a;
      for (let k = 0; k < tc.length; k++) if (cps[from + k] !== tc[k]) return false;
      return true;
    };
    if (sub.ob_type.isSubtypeOf(interp.types.tuple)) {
      for (const p of (sub as PyTupleObject).body) {
        if (!isStr(interp, p)) PyErr_SetString(interp, 'TypeError', `tuple for ${name} must only contain str, not ${p.ob_type.tp_name}`);
        if (match(p)) return interp.singletons.True;
      }
      return interp.singletons.False;
    }
    if (!isStr(interp, sub)) PyErr_SetString(interp, 'TypeError', `${name} first arg must be str or a tuple of str, not ${sub.ob_type.tp_name}`);
    return match(sub) ? interp.singletons.True : interp.singletons.False;
  };
}

/** The (sep, maxsplit) of split and rsplit. CPython: unicode_split (clinic) */
function splitMethod(name: string, reverse: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const [sepArg, maxArg] = bindArgs(interp, name, ['sep', 'maxsplit'], 0, args, kwnames);
    const maxsplit = maxArg === undefined ? -1 : ssizeArgOf(interp, maxArg);
    const s = unicodeText(self!);
    const len1 = unicodeLength(self!);
    if (sepArg === undefined || sepArg === interp.singletons.None) {
      const parts = splitWhitespace(s, maxsplit, isUnicodeSpace, reverse);
      // With maxsplit 0 the whitespace splitters skip the loop that has the shortcut.
      return splitList(interp, parts, maxsplit < 0 ? Math.trunc((len1 - 1) / 2) + 1 : maxsplit, maxsplit === 0 ? null : self!);
    }
    const sep = needStr(interp, sepArg, 'must be str or None');
    if (sep.length === 0) PyErr_SetString(interp, 'ValueError', 'empty separator');
    const len2 = unicodeLength(sepArg);
    // A separator that cannot occur gives a list of exactly one item.
    if (unicodeKind(self!) < unicodeKind(sepArg) || len1 < len2) return strList(interp, [s], self!);
    return splitList(interp, splitSep(s, sep, maxsplit, reverse), maxsplit < 0 ? Math.floor(len1 / len2) + 1 : maxsplit, self!);
  };
}

/** CPython: Py_UNICODE_ISLINEBREAK */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029;
}

// CPython: unicode_join / PyUnicode_Join
function unicodeJoin(interp: Interpreter, self: PyObject, iterable: PyObject): PyObject {
  const seq = PySequence_Fast(interp, iterable, 'can only join an iterable');
  try {
    const items = (seq as PyTupleObject).body;
    if (items.length === 1 && items[0]!.ob_type === interp.types.str) {
      Py_INCREF(items[0]!);
      return items[0]!;
    }
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (!isStr(interp, it)) PyErr_SetString(interp, 'TypeError', `sequence item ${i}: expected str instance, ${it.ob_type.tp_name} found`);
    }
    return unicodeFromPieces(interp, items, unicodeText(self));
  } finally {
    Py_DECREF(seq);
  }
}

function stripMethod(name: string, left: boolean, right: boolean): Impl {
  return (interp, self, args, kwnames) => {
    noKeywords(interp, name, kwnames);
    checkPositional(interp, name, args.length, 0, 1);
    const c = args[0];
    let chars: string | null = null;
    if (c !== undefined && c !== interp.singletons.None) {
      if (!isStr(interp, c)) PyErr_SetString(interp, 'TypeError', `${name} arg must be None or str`);
      chars = unicodeText(c);
    }
    return strResult(interp, self!, stripText(unicodeText(self!), chars, left, right, isUnicodeSpace));
  };
}

/** The fill character argument of center/ljust/rjust. CPython: convert_uc */
function fillChar(interp: Interpreter, o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!isStr(interp, o)) PyErr_SetString(interp, 'TypeError', `The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  if (unicodeLength(o) !== 1) PyErr_SetString(interp, 'TypeError', 'The fill character must be exactly one character long');
  return unicodeText(o);
}

function justMethod(name: string, how: 'center' | 'left' | 'right'): Impl {
  return (interp, self, args, kwnames) => {
    noKeywords(interp, name, kwnames);
    checkPositional(interp, name, args.length, 1, 2);
    const width = ssizeArgOf(interp, args[0]!);
    const fill = fillChar(interp, args[1]);
    const len = unicodeLength(self!);
    const s = unicodeText(self!);
    if (len >= width) return strResult(interp, self!, s);
    const [l, r] = how === 'center' ? centerPads(len, width) : how === 'left' ? [0, width - len] : [width - len, 0];
    return PyUnicode_FromString(interp, fill.repeat(l) + s + fill.repeat(r));
  };
}

function partitionMethod(name: string, reverse: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const sepObj = oneArgOf(interp, name, args, kwnames);
    const sep = needStr(interp, sepObj, 'must be str');
    if (sep.length === 0) PyErr_SetString(interp, 'ValueError', 'empty separator');
    const s = unicodeText(self!);
    const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
    const empty = interp.singletons.emptyStr;
    if (i < 0) {
      Py_INCREF(self!);
      return tupleFromItemsSteal(interp, reverse ? [empty, empty, self!] : [self!, empty, empty]);
    }
    Py_INCREF(sepObj);
    return tupleFromItemsSteal(interp, [PyUnicode_FromString(interp, s.slice(0, i)), sepObj, PyUnicode_FromString(interp, s.slice(i + sep.length))]);
  };
}

function oneArgOf(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(interp, name, kwnames);
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `str.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

// Character classes. CPython: Objects/unicodectype.c
const RE_ALPHA = new LazyRegExp(() => /^\p{L}$/u);
const RE_DECIMAL = new LazyRegExp(() => /^\p{Nd}$/u);
const RE_NUMERIC = new LazyRegExp(() => /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146\u96f6\u58f1\u5f10\u53c2\u62fe\u5eff\u5345\u4ebf\u5169\u5e7a\u4edf\u4f70\u4f0d\u9678\u67d2\u634c\u7396\u8cb3\u8cae\u53c1\u53c4\u9621\u4f8d\u5efe\u4e24\u8086\u5f0e]$/u);
const DIGIT_EXTRA = new LazyRegExp(() => /^[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u1369-\u1371\u19da\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]$/u);
const RE_UPPER = new LazyRegExp(() => /^\p{Uppercase}$/u);
const RE_LOWER = new LazyRegExp(() => /^\p{Lowercase}$/u);
const RE_TITLE = new LazyRegExp(() => /^\p{Lt}$/u);
const RE_CASED = new LazyRegExp(() => /^\p{Cased}$/u);
const RE_ID_START = new LazyRegExp(() => /^[\p{XID_Start}_]$/u);
const CASE_IGNORABLE = new LazyRegExp(() => /\p{Case_Ignorable}/u);
const RE_ID_CONTINUE = new LazyRegExp(() => /^\p{XID_Continue}$/u);

const isAlpha = (ch: string) => RE_ALPHA.test(ch);
const isDecimal = (ch: string) => RE_DECIMAL.test(ch);
const isDigit = (ch: string) => RE_DECIMAL.test(ch) || DIGIT_EXTRA.test(ch);
const isNumeric = (ch: string) => RE_NUMERIC.test(ch);
const isUpper = (ch: string) => RE_UPPER.test(ch);
const isLower = (ch: string) => RE_LOWER.test(ch);
const isTitle = (ch: string) => RE_TITLE.test(ch);
const isCased = (ch: string) => RE_CASED.test(ch) || isTitle(ch);

/** A predicate true when every character passes (and there is at least one, unless `emptyTrue`). */
function allChars(test: (ch: string) => boolean, emptyTrue = false): Impl {
  return (interp, self) => {
    const s = unicodeText(self!);
    if (s.length === 0) return emptyTrue ? interp.singletons.True : interp.singletons.False;
    for (const ch of s) if (!test(ch)) return interp.singletons.False;
    return interp.singletons.True;
  };
}

// CPython: unicode_islower_impl / unicode_isupper_impl
function caseCheck(want: (ch: string) => boolean, other: (ch: string) => boolean): Impl {
  return (interp, self) => {
    let cased = false;
    for (const ch of unicodeText(self!)) {
      if (other(ch) || isTitle(ch)) return interp.singletons.False;
      if (!cased && want(ch)) cased = true;
    }
    return cased ? interp.singletons.True : interp.singletons.False;
  };
}

// CPython: unicode_istitle_impl
const isTitleImpl: Impl = (interp, self) => {
  let cased = false;
  let previousIsCased = false;
  for (const ch of unicodeText(self!)) {
    if (isUpper(ch) || isTitle(ch)) {
      if (previousIsCased) return interp.singletons.False;
      previousIsCased = true;
      cased = true;
    } else if (isLower(ch)) {
      if (!previousIsCased) return interp.singletons.False;
      previousIsCased = true;
      cased = true;
    } else previousIsCased = false;
  }
  return cased ? interp.singletons.True : interp.singletons.False;
};

/** Title-case mapping of one character (the digraphs have their own title forms). */
const TITLE_SPECIAL: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5', '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb', '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
  '\u0149': '\u02bcN',
};

function titleChar(ch: string): string {
  const sp = TITLE_SPECIAL[ch];
  if (sp !== undefined) return sp;
  const u = ch.toUpperCase();
  if (u.length <= 2 && Array.from(u).length === 1) return u;
  const chars = Array.from(u);
  return chars[0]! + chars.slice(1).join('').toLowerCase();
}

/** lower() of one character in context: a capital sigma becomes final at a word's end. CPython: lower_ucs4 */
function lowerAt(chars: string[], i: number): string {
  const ch = chars[i]!;
  if (ch !== '\u03a3') return ch.toLowerCase();
  // CPython: handle_capital_sigma (case-ignorable characters are skipped both ways)
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j]!)) j--;
  const before = j >= 0 && isCased(chars[j]!);
  j = i + 1;
  while (j < chars.length && CASE_IGNORABLE.test(chars[j]!)) j++;
  const after = j < chars.length && isCased(chars[j]!);
  return before && !after ? '\u03c2' : '\u03c3';
}

// CPython: do_title
function titleText(s: string): string {
  const chars = Array.from(s);
  let out = '';
  let previousIsCased = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += previousIsCased ? lowerAt(chars, i) : titleChar(ch);
    previousIsCased = isCased(ch);
  }
  return out;
}

// CPython: do_capitalize
function capitalizeText(s: string): string {
  const chars = Array.from(s);
  if (chars.length === 0) return '';
  let out = titleChar(chars[0]!);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

// CPython: do_swapcase
function swapcaseText(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isUpper(ch)) out += lowerAt(chars, i);
    else if (isLower(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

// CPython: do_casefold (full case folding, approximated by upper-then-lower per character)
function casefoldText(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\u0130') out += 'i\u0307';
    else out += ch.toUpperCase().toLowerCase();
  }
  return out;
}

// CPython: unicode_lower_impl (final sigma included)
function lowerText(s: string): string {
  if (!s.includes('\u03a3')) return s.toLowerCase();
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

// CPython: ascii_upper_or_lower, case_operation — the result is always a new str
function textMethod(f: (s: string) => string): Impl {
  return (interp, self) => unicodeFresh(interp, f(unicodeText(self!)));
}

// CPython: unicode_isidentifier_impl
function isIdentifierText(s: string): boolean {
  const chars = Array.from(s);
  if (chars.length === 0 || !RE_ID_START.test(chars[0]!)) return false;
  for (let i = 1; i < chars.length; i++) if (!RE_ID_CONTINUE.test(chars[i]!)) return false;
  return true;
}

// CPython: unicode_replace_impl (count positional only in 3.12)
const replaceImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'replace', kwnames);
  checkPositional(interp, 'replace', args.length, 2, 3);
  if (!isStr(interp, args[0]!)) PyErr_SetString(interp, 'TypeError', `replace() argument 1 must be str, not ${args[0]!.ob_type.tp_name}`);
  if (!isStr(interp, args[1]!)) PyErr_SetString(interp, 'TypeError', `replace() argument 2 must be str, not ${args[1]!.ob_type.tp_name}`);
  const count = args.length > 2 ? ssizeArgOf(interp, args[2]!) : -1;
  const text = unicodeText(self!);
  const from = unicodeText(args[0]!);
  const to = unicodeText(args[1]!);
  // CPython: replace — nothing to do gives the str unchanged; anything replaced a new str
  if (count === 0 || args[0] === args[1] || (from.length === 0 ? to.length === 0 : text.indexOf(from) < 0)) {
    return PyUnicode_FromObject(interp, self!);
  }
  return unicodeFresh(interp, replaceText(text, from, to, count));
};

// CPython: unicode_expandtabs_impl
const expandtabsImpl: Impl = (interp, self, args, kwnames) => {
  const [t] = bindArgs(interp, 'expandtabs', ['tabsize'], 0, args, kwnames);
  const tabsize = t === undefined ? 8 : ssizeArgOf(interp, t);
  return strResult(interp, self!, expandTabs(unicodeText(self!), tabsize));
};

// CPython: unicode_splitlines_impl
const splitlinesImpl: Impl = (interp, self, args, kwnames) => {
  const [k] = bindArgs(interp, 'splitlines', ['keepends'], 0, args, kwnames);
  let keepends = false;
  if (k !== undefined) {
    if (!PyLong_Check(k)) PyErr_SetString(interp, 'TypeError', `'${k.ob_type.tp_name}' object cannot be interpreted as an integer`);
    keepends = longValue(k) !== 0;
  }
  // CPython: stringlib splitlines (an empty list appended to)
  return listFromAppends(interp, splitItems(interp, splitLines(unicodeText(self!), keepends, isLineBreak), self!));
};

// CPython: unicode_zfill_impl
const zfillImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'zfill', kwnames);
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `str.zfill() takes exactly one argument (${args.length} given)`);
  const width = ssizeArgOf(interp, args[0]!);
  return strResult(interp, self!, zfillText(unicodeText(self!), unicodeLength(self!), width));
};

// CPython: unicode_encode_impl
const encodeImpl: Impl = (interp, self, args, kwnames) => {
  const [enc, err] = bindArgs(interp, 'encode', ['encoding', 'errors'], 0, args, kwnames);
  if (enc !== undefined && !isStr(interp, enc)) PyErr_SetString(interp, 'TypeError', `encode() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
  if (err !== undefined && !isStr(interp, err)) PyErr_SetString(interp, 'TypeError', `encode() argument 'errors' must be str, not ${err.ob_type.tp_name}`);
  return PyUnicode_AsEncodedString(interp, self!, enc === undefined ? 'utf-8' : unicodeText(enc), err === undefined ? null : unicodeText(err));
};

function affixMethod(name: string, suffix: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const a = oneArgOf(interp, name, args, kwnames);
    if (!isStr(interp, a)) PyErr_SetString(interp, 'TypeError', `${name}() argument must be str, not ${a.ob_type.tp_name}`);
    const s = unicodeText(self!);
    const p = unicodeText(a);
    if (p.length > 0 && (suffix ? s.endsWith(p) : s.startsWith(p))) {
      return PyUnicode_FromString(interp, suffix ? s.slice(0, s.length - p.length) : s.slice(p.length));
    }
    return strResult(interp, self!, s);
  };
}

// CPython: unicode_format (str.format(*args, **kwargs))
const formatImpl: Impl = (interp, self, args, kwnames) => {
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).body;
  const npos = args.length - kw.length;
  const positional = args.slice(0, npos);
  return doStringFormat(interp, self!, positional, (key) => {
    const name = unicodeText(key);
    for (let i = 0; i < kw.length; i++) {
      if (unicodeText(kw[i]!) === name) {
        const v = args[npos + i]!;
        Py_INCREF(v);
        return v;
      }
    }
    return null;
  });
};

// CPython: unicode_format_map
const formatMapImpl: Impl = (interp, self, args, kwnames) => {
  const mapping = oneArgOf(interp, 'format_map', args, kwnames);
  return doStringFormat(interp, self!, null, (key) => PyObject_GetItem(interp, mapping, key));
};

// CPython: unicode_maketrans_impl
const maketransImpl: Impl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'maketrans', kwnames);
  checkPositional(interp, 'maketrans', args.length, 1, 3);
  const [x, y, z] = args;
  const d = PyDict_New(interp);
  try {
    const put = (k: PyObject, v: PyObject) => {
      PyDict_SetItem(interp, d, k, v);
      Py_DECREF(k);
      Py_DECREF(v);
    };
    if (y !== undefined) {
      if (!isStr(interp, x!)) PyErr_SetString(interp, 'TypeError', 'first maketrans argument must be a string if there is a second argument');
      if (!isStr(interp, y)) PyErr_SetString(interp, 'TypeError', 'maketrans() argument 2 must be str, not ' + y.ob_type.tp_name);
      const xs = Array.from(unicodeText(x!));
      const ys = Array.from(unicodeText(y));
      if (xs.length !== ys.length) PyErr_SetString(interp, 'ValueError', 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < xs.length; i++) put(PyLong_FromNumber(interp, xs[i]!.codePointAt(0)!), PyLong_FromNumber(interp, ys[i]!.codePointAt(0)!));
      if (z !== undefined) {
        if (!isStr(interp, z)) PyErr_SetString(interp, 'TypeError', 'maketrans() argument 3 must be str, not ' + z.ob_type.tp_name);
        for (const ch of unicodeText(z)) {
          Py_INCREF(interp.singletons.None);
          put(PyLong_FromNumber(interp, ch.codePointAt(0)!), interp.singletons.None);
        }
      }
      return d;
    }
    if (!x!.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', 'if you give only one argument to maketrans it must be a dict');
    const src = x!;
    const keysIter = src.ob_type.tp_iter!(src);
    try {
      for (;;) {
        const k = keysIter.ob_type.tp_iternext!(keysIter);
        if (k === null) break;
        try {
          const v = PyObject_GetItem(interp, src, k);
          if (isStr(interp, k)) {
            if (unicodeLength(k) !== 1) {
              Py_DECREF(v);
              PyErr_SetString(interp, 'ValueError', 'string keys in translate table must be of length 1');
            }
            put(PyLong_FromNumber(interp, unicodeText(k).codePointAt(0)!), v);
          } else if (PyLong_Check(k)) {
            Py_INCREF(k);
            put(k, v);
          } else {
            Py_DECREF(v);
            PyErr_SetString(interp, 'TypeError', 'keys in translate table must be strings or integers');
          }
        } finally {
          Py_DECREF(k);
        }
      }
    } finally {
      Py_DECREF(keysIter);
    }
    return d;
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
};

// CPython: unicode_translate / _PyUnicode_TranslateCharmap
const translateImpl: Impl = (interp, self, args, kwnames) => {
  const table = oneArgOf(interp, 'translate', args, kwnames);
  let out = '';
  const lookupErrors = [excType(interp, 'LookupError')];
  for (const ch of unicodeText(self!)) {
    const key = PyLong_FromNumber(interp, ch.codePointAt(0)!);
    let v: PyObject | null;
    try {
      v = PyObject_GetItem(interp, table, key);
    } catch (e) {
      if (e instanceof Object && (e as PyObject).ob_type !== undefined && (e as PyObject).ob_type.isSubtypeOf(lookupErrors[0]!)) {
        Py_DECREF(e as PyObject);
        v = null;
      } else throw e;
    } finally {
      Py_DECREF(key);
    }
    if (v === null) {
      out += ch;
      continue;
    }
    try {
      if (v === interp.singletons.None) continue;
      if (PyLong_Check(v)) {
        const n = longValue(v);
        if (n < 0 || n > 0x10ffff) PyErr_SetString(interp, 'ValueError', 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(Number(n));
      } else if (isStr(interp, v)) out += unicodeText(v);
      else PyErr_SetString(interp, 'TypeError', 'character mapping must return integer, None or str');
    } finally {
      Py_DECREF(v);
    }
  }
  // Only an empty str is returned as is; any other result is built anew.
  return PyUnicode_FromString(interp, out);
};

const countImpl: Impl = (interp, self, args, kwnames) => {
  const [sub, start, end] = parseFinds(interp, 'count', args, kwnames);
  return PyLong_FromNumber(interp, findLike(interp, self!, sub, start, end, 'count'));
};

const NOARGS = METH_NOARGS;
const FAST = METH_FASTCALL;
const VARARGS = METH_VARARGS;
const FASTKW = METH_FASTCALL | METH_KEYWORDS;

export const unicode_methods: readonly MethodDef[] = [
  { name: '__sizeof__', flags: NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, unicode_sizeof(self!)) },
  { name: 'encode', flags: FASTKW, impl: encodeImpl },
  { name: 'replace', flags: FAST, impl: replaceImpl },
  { name: 'split', flags: FASTKW, impl: splitMethod('split', false) },
  { name: 'rsplit', flags: FASTKW, impl: splitMethod('rsplit', true) },
  { name: 'join', flags: METH_O, impl: (interp, self, args) => unicodeJoin(interp, self!, args[0]!) },
  { name: 'capitalize', flags: NOARGS, impl: textMethod(capitalizeText) },
  { name: 'casefold', flags: NOARGS, impl: textMethod(casefoldText) },
  { name: 'title', flags: NOARGS, impl: textMethod(titleText) },
  { name: 'center', flags: FAST, impl: justMethod('center', 'center') },
  { name: 'count', flags: VARARGS, impl: countImpl },
  { name: 'expandtabs', flags: FASTKW, impl: expandtabsImpl },
  { name: 'find', flags: VARARGS, impl: findMethod('find', 'find', false) },
  { name: 'partition', flags: METH_O, impl: partitionMethod('partition', false) },
  { name: 'index', flags: VARARGS, impl: findMethod('index', 'find', true) },
  { name: 'ljust', flags: FAST, impl: justMethod('ljust', 'left') },
  { name: 'lower', flags: NOARGS, impl: textMethod(lowerText) },
  { name: 'lstrip', flags: FAST, impl: stripMethod('lstrip', true, false) },
  { name: 'rfind', flags: VARARGS, impl: findMethod('rfind', 'rfind', false) },
  { name: 'rindex', flags: VARARGS, impl: findMethod('rindex', 'rfind', true) },
  { name: 'rjust', flags: FAST, impl: justMethod('rjust', 'right') },
  { name: 'rstrip', flags: FAST, impl: stripMethod('rstrip', false, true) },
  { name: 'rpartition', flags: METH_O, impl: partitionMethod('rpartition', true) },
  { name: 'splitlines', flags: FASTKW, impl: splitlinesImpl },
  { name: 'strip', flags: FAST, impl: stripMethod('strip', true, true) },
  { name: 'swapcase', flags: NOARGS, impl: textMethod(swapcaseText) },
  { name: 'translate', flags: METH_O, impl: translateImpl },
  { name: 'upper', flags: NOARGS, impl: textMethod((s) => s.toUpperCase()) },
  { name: 'startswith', flags: VARARGS, impl: tailMethod('startswith', false) },
  { name: 'endswith', flags: VARARGS, impl: tailMethod('endswith', true) },
  { name: 'removeprefix', flags: METH_O, impl: affixMethod('removeprefix', false) },
  { name: 'removesuffix', flags: METH_O, impl: affixMethod('removesuffix', true) },
  { name: 'isascii', flags: NOARGS, impl: allChars((ch) => ch.charCodeAt(0) < 0x80, true) },
  { name: 'islower', flags: NOARGS, impl: caseCheck(isLower, isUpper) },
  { name: 'isupper', flags: NOARGS, impl: caseCheck(isUpper, isLower) },
  { name: 'istitle', flags: NOARGS, impl: isTitleImpl },
  { name: 'isspace', flags: NOARGS, impl: allChars((ch) => isUnicodeSpace(ch.codePointAt(0)!)) },
  { name: 'isdecimal', flags: NOARGS, impl: allChars(isDecimal) },
  { name: 'isdigit', flags: NOARGS, impl: allChars(isDigit) },
  { name: 'isnumeric', flags: NOARGS, impl: allChars(isNumeric) },
  { name: 'isalpha', flags: NOARGS, impl: allChars(isAlpha) },
  { name: 'isalnum', flags: NOARGS, impl: allChars((ch) => isAlpha(ch) || isDecimal(ch) || isDigit(ch) || isNumeric(ch)) },
  { name: 'isidentifier', flags: NOARGS, impl: (interp, self) => (isIdentifierText(unicodeText(self!)) ? interp.singletons.True : interp.singletons.False) },
  { name: 'isprintable', flags: NOARGS, impl: allChars((ch) => isPrintable(ch.codePointAt(0)!), true) },
  { name: 'zfill', flags: METH_O, impl: zfillImpl },
  // METH_VARARGS | METH_KEYWORDS in CPython
  { name: 'format', flags: FASTKW, impl: withArgsTuple(formatImpl) },
  { name: 'format_map', flags: METH_O, impl: formatMapImpl },
  ...format_methods,
  { name: 'maketrans', flags: FAST | METH_STATIC, impl: maketransImpl },
];

/** Py_UNICODE_ISALNUM and Py_UNICODE_ISDECIMAL of one character (a JS string of one code point). */
export const unicodeIsAlnum = (ch: string): boolean => isAlpha(ch) || isDecimal(ch) || isDigit(ch) || isNumeric(ch);
export const unicodeIsDecimal = isDecimal;
