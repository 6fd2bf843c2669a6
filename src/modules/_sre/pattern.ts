// re.Pattern, a compiled regular expression. CPython: Modules/_sre/sre.c (_sre_compile_impl,
// pattern_new_match, _sre_SRE_Pattern_match_impl ... _sre_SRE_Pattern_split_impl, pattern_subx,
// pattern_repr, pattern_richcompare, pattern_hash).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { callMethod, PyObject_CallOneArg } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { bytesHash, hashFromBigInt, hashToBigInt, type PyHash } from '../../objects/hash/index.ts';
import { PyCallIter_New } from '../../objects/iterobject.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyMappingProxy_New } from '../../objects/mappingproxyobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_Hash, PyObject_RichCompareBool, Py_EQ, Py_NE, reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { allocInstance, ssizeIndexArg } from '../modsupport.ts';
import { FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE, FLAG_VERBOSE } from './constants.ts';
import { SreInternalError, sreMatch, sreSearch, type SreState } from './engine.ts';
import { newMatch } from './match.ts';
import { sreState } from './sremodule_state.ts';
import { getSlice, stateGetSlice, stateInit } from './subject.ts';
import { compileTemplate, expandTemplate, templateIsLiteral, templateOnlyLiteral } from './template.ts';

export interface PatternBody {
  code: Uint32Array;
  /** The pattern's source (str, bytes or None). */
  pattern: PyObject;
  flags: number;
  /** Capturing groups (without group 0). */
  groups: number;
  groupindex: PyObject | null;
  indexgroup: PyObject | null;
  /** 1 for bytes, 0 for str, -1 for no source. */
  isbytes: number;
}

export const pat = (o: PyObject): PatternBody => o.body as PatternBody;

/** sizeof(PatternObject) less its code array on 64-bit 3.12. */
const SIZEOF_PATTERNOBJECT = 96;
const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;

export function newPattern(interp: Interpreter, body: PatternBody): PyObject {
  return allocInstance(interp, sreState(interp).Pattern, SIZEOF_PATTERNOBJECT + 4 * body.code.length, 0, body);
}

export function pattern_dealloc(o: PyObject): void {
  const b = pat(o);
  Py_DECREF(b.pattern);
  Py_XDECREF(b.groupindex);
  Py_XDECREF(b.indexgroup);
  freeObject(o);
}

export function pattern_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = pat(o);
  visit(b.pattern, arg);
  if (b.groupindex !== null) visit(b.groupindex, arg);
  if (b.indexgroup !== null) visit(b.indexgroup, arg);
}

/** Runs the engine, turning its internal errors into RuntimeError. CPython: pattern_error */
export function runEngine(interp: Interpreter, f: () => boolean): boolean {
  try {
    return f();
  } catch (e) {
    if (e instanceof SreInternalError) PyErr_SetString(interp, 'RuntimeError', 'internal error in regular expression engine');
    throw e;
  }
}

export const sreMatchTop = (st: SreState, code: Uint32Array): boolean => sreMatch(st, code, 0, true);

/** (string, pos=0, endpos=sys.maxsize) of match, fullmatch, search, findall, finditer and scanner. */
function stringPosArgs(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): [PyObject, number, number] {
  const [string, pos, endpos] = unpackKeywords(interp, name, ['string', 'pos', 'endpos'], 0, 1, 3, args, kwnames);
  return [string!, pos === undefined ? 0 : ssizeIndexArg(interp, pos), endpos === undefined ? PY_SSIZE_T_MAX : ssizeIndexArg(interp, endpos)];
}

function matchImpl(name: string, mode: 'match' | 'fullmatch' | 'search') {
  return (interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject => {
    const [string, pos, endpos] = stringPosArgs(interp, name, args, kwnames);
    const p = pat(self!);
    const [st] = stateInit(interp, p.isbytes, string, pos, endpos);
    st.ptr = st.start;
    if (mode === 'fullmatch') st.matchAll = true;
    const ok = runEngine(interp, () => (mode === 'search' ? sreSearch(st, p.code) : sreMatchTop(st, p.code)));
    return newMatch(interp, self!, st, string, ok);
  };
}

// CPython: _sre_SRE_Pattern_findall_impl
function pattern_findall(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [string, pos, endpos] = stringPosArgs(interp, 'findall', args, kwnames);
  const p = pat(self!);
  const [st, subj] = stateInit(interp, p.isbytes, string, pos, endpos);
  const items: PyObject[] = [];
  try {
    while (st.start <= st.end) {
      st.reset();
      st.ptr = st.start;
      if (!runEngine(interp, () => sreSearch(st, p.code))) break;
      if (p.groups === 0) items.push(getSlice(interp, subj.isbytes, string, st.start, st.ptr));
      else if (p.groups === 1) items.push(stateGetSlice(interp, st, subj.isbytes, 1, string, true));
      else {
        const parts: PyObject[] = [];
        try {
          for (let i = 0; i < p.groups; i++) parts.push(stateGetSlice(interp, st, subj.isbytes, i + 1, string, true));
        } catch (e) {
          for (const x of parts) Py_DECREF(x);
          throw e;
        }
        items.push(tupleFromItemsSteal(interp, parts));
      }
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return _PyList_FromArraySteal(interp, items);
}

// CPython: _sre_SRE_Pattern_finditer_impl — an iterator calling a scanner's search until None.
function pattern_finditer(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [string, pos, endpos] = stringPosArgs(interp, 'finditer', args, kwnames);
  const scanner = newScannerFor(interp, self!, string, pos, endpos);
  let search: PyObject;
  try {
    search = PyObject_GetAttr(interp, scanner, internedStr(interp, 'search'));
  } finally {
    Py_DECREF(scanner);
  }
  try {
    return PyCallIter_New(interp, search, interp.singletons.None);
  } finally {
    Py_DECREF(search);
  }
}

function newScannerFor(interp: Interpreter, self: PyObject, string: PyObject, pos: number, endpos: number): PyObject {
  return sreState(interp).newScanner(interp, self, string, pos, endpos);
}

// CPython: _sre_SRE_Pattern_scanner_impl
function pattern_scanner(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [string, pos, endpos] = stringPosArgs(interp, 'scanner', args, kwnames);
  return newScannerFor(interp, self!, string, pos, endpos);
}

// CPython: _sre_SRE_Pattern_split_impl
function pattern_split(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [string, maxsplitObj] = unpackKeywords(interp, 'split', ['string', 'maxsplit'], 0, 1, 2, args, kwnames);
  const maxsplit = maxsplitObj === undefined ? 0 : ssizeIndexArg(interp, maxsplitObj);
  const p = pat(self!);
  const [st, subj] = stateInit(interp, p.isbytes, string!, 0, PY_SSIZE_T_MAX);
  const items: PyObject[] = [];
  try {
    let n = 0;
    let last = st.start;
    while (maxsplit === 0 || n < maxsplit) {
      st.reset();
      st.ptr = st.start;
      if (!runEngine(interp, () => sreSearch(st, p.code))) break;
      items.push(getSlice(interp, subj.isbytes, string!, last, st.start));
      for (let i = 0; i < p.groups; i++) items.push(stateGetSlice(interp, st, subj.isbytes, i + 1, string!, false));
      n++;
      st.mustAdvance = st.ptr === st.start;
      last = st.start = st.ptr;
    }
    items.push(getSlice(interp, subj.isbytes, string!, last, st.endpos));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return _PyList_FromArraySteal(interp, items);
}

// CPython: pattern_subx
function subx(interp: Interpreter, self: PyObject, repl: PyObject, string: PyObject, count: number, subn: boolean): PyObject {
  const p = pat(self);
  let filter: PyObject;
  let kind: 'literal' | 'callable' | 'template';
  if (repl.ob_type.tp_call !== null) {
    filter = Py_NewRef(repl);
    kind = 'callable';
  } else if (templateIsLiteral(interp, repl)) {
    filter = Py_NewRef(repl);
    kind = 'literal';
  } else {
    const t = compileTemplate(interp, self, repl);
    const literal = templateOnlyLiteral(t);
    if (literal !== null) {
      filter = Py_NewRef(literal);
      Py_DECREF(t);
      kind = 'literal';
    } else {
      filter = t;
      kind = 'template';
    }
  }
  const items: PyObject[] = [];
  let n = 0;
  let joined: PyObject;
  try {
    const [st, subj] = stateInit(interp, p.isbytes, string, 0, PY_SSIZE_T_MAX);
    let i = 0;
    while (count === 0 || n < count) {
      st.reset();
      st.ptr = st.start;
      if (!runEngine(interp, () => sreSearch(st, p.code))) break;
      const b = st.start;
      const e = st.ptr;
      if (i < b) items.push(getSlice(interp, subj.isbytes, string, i, b));
      let item: PyObject;
      if (kind === 'literal') item = Py_NewRef(filter);
      else {
        const m = newMatch(interp, self, st, string, true);
        try {
          item = kind === 'template' ? expandTemplate(interp, filter, m) : PyObject_CallOneArg(interp, filter, m);
        } finally {
          Py_DECREF(m);
        }
      }
      if (item !== interp.singletons.None) items.push(item);
      else Py_DECREF(item);
      i = e;
      n++;
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    if (i < st.endpos) items.push(getSlice(interp, subj.isbytes, string, i, st.endpos));
    const joiner = getSlice(interp, subj.isbytes, string, 0, 0);
    if (items.length === 0) joined = joiner;
    else {
      const list = _PyList_FromArraySteal(interp, items.splice(0));
      try {
        joined = callMethod(interp, joiner, 'join', [list]);
      } finally {
        Py_DECREF(list);
        Py_DECREF(joiner);
      }
    }
  } finally {
    for (const x of items) Py_DECREF(x);
    Py_DECREF(filter);
  }
  if (!subn) return joined;
  return tupleFromItemsSteal(interp, [joined, PyLong_FromNumber(interp, n)]);
}

function subImpl(name: string, subn: boolean) {
  return (interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject => {
    const [repl, string, countObj] = unpackKeywords(interp, name, ['repl', 'string', 'count'], 0, 2, 3, args, kwnames);
    const count = countObj === undefined ? 0 : ssizeIndexArg(interp, countObj);
    return subx(interp, self!, repl!, string!, count, subn);
  };
}

const FLAG_NAMES: readonly [string, number][] = [
  ['re.IGNORECASE', FLAG_IGNORECASE], ['re.LOCALE', FLAG_LOCALE], ['re.MULTILINE', FLAG_MULTILINE], ['re.DOTALL', FLAG_DOTALL],
  ['re.UNICODE', FLAG_UNICODE], ['re.VERBOSE', FLAG_VERBOSE], ['re.DEBUG', FLAG_DEBUG], ['re.ASCII', FLAG_ASCII],
];

// CPython: pattern_repr
export function pattern_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const p = pat(o);
  let flags = p.flags;
  if (p.isbytes === 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  const names: string[] = [];
  for (const [name, value] of FLAG_NAMES) {
    if (flags & value) {
      names.push(name);
      flags &= ~value;
    }
  }
  if (flags) names.push(`0x${(flags >>> 0).toString(16)}`);
  let r = reprText(interp, p.pattern);
  const cps = Array.from(r);
  if (cps.length > 200) r = cps.slice(0, 200).join('');
  return PyUnicode_FromString(interp, names.length > 0 ? `re.compile(${r}, ${names.join('|')})` : `re.compile(${r})`);
}

// CPython: pattern_richcompare
export function pattern_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const t = sreState(interp).Pattern;
  if ((op !== Py_EQ && op !== Py_NE) || !a.ob_type.isSubtypeOf(t) || !b.ob_type.isSubtypeOf(t)) return interp.singletons.NotImplemented;
  let eq = a === b;
  if (!eq) {
    const x = pat(a);
    const y = pat(b);
    eq = x.flags === y.flags && x.isbytes === y.isbytes && x.code.length === y.code.length && x.code.every((v, i) => v === y.code[i]);
    if (eq) eq = PyObject_RichCompareBool(interp, x.pattern, y.pattern, Py_EQ);
  }
  return Py_NewRef((op === Py_EQ) === eq ? interp.singletons.True : interp.singletons.False);
}

// CPython: pattern_hash
export function pattern_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  const p = pat(o);
  const codeBytes = new Uint8Array(p.code.buffer, p.code.byteOffset, p.code.byteLength);
  let h = hashToBigInt(PyObject_Hash(interp, p.pattern)) ^ hashToBigInt(bytesHash(interp.hashSecret, codeBytes));
  h ^= BigInt(p.flags) ^ BigInt(p.isbytes) ^ BigInt(p.code.length);
  h = BigInt.asIntN(64, h);
  return hashFromBigInt(h === -1n ? -2n : h);
}

export const pattern_methods: readonly MethodDef[] = [
  { name: 'match', flags: METH_FASTCALL | METH_KEYWORDS, impl: matchImpl('match', 'match'), doc: 'Matches zero or more characters at the beginning of the string.' },
  { name: 'fullmatch', flags: METH_FASTCALL | METH_KEYWORDS, impl: matchImpl('fullmatch', 'fullmatch'), doc: 'Matches against all of the string.' },
  { name: 'search', flags: METH_FASTCALL | METH_KEYWORDS, impl: matchImpl('search', 'search'),
    doc: 'Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.' },
  { name: 'sub', flags: METH_FASTCALL | METH_KEYWORDS, impl: subImpl('sub', false),
    doc: 'Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.' },
  { name: 'subn', flags: METH_FASTCALL | METH_KEYWORDS, impl: subImpl('subn', true),
    doc: 'Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.' },
  { name: 'findall', flags: METH_FASTCALL | METH_KEYWORDS, impl: pattern_findall, doc: 'Return a list of all non-overlapping matches of pattern in string.' },
  { name: 'split', flags: METH_FASTCALL | METH_KEYWORDS, impl: pattern_split, doc: 'Split string by the occurrences of pattern.' },
  { name: 'finditer', flags: METH_FASTCALL | METH_KEYWORDS, impl: pattern_finditer,
    doc: 'Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.' },
  { name: 'scanner', flags: METH_FASTCALL | METH_KEYWORDS, impl: pattern_scanner },
  { name: '__copy__', flags: METH_NOARGS, impl: (_interp, self) => Py_NewRef(self!) },
  { name: '__deepcopy__', flags: METH_O, impl: (_interp, self) => Py_NewRef(self!) },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias, doc: 'See PEP 585' },
];

export const pattern_getset: readonly GetSetDef[] = [
  { name: 'pattern', get: (_interp, o) => Py_NewRef(pat(o).pattern), member: true, doc: 'The pattern string from which the RE object was compiled.' },
  { name: 'flags', get: (interp, o) => PyLong_FromNumber(interp, pat(o).flags), member: true, doc: 'The regex matching flags.' },
  { name: 'groups', get: (interp, o) => PyLong_FromNumber(interp, pat(o).groups), member: true, doc: 'The number of capturing groups in the pattern.' },
  {
    name: 'groupindex', doc: 'A dictionary mapping group names to group numbers.',
    get: (interp, o) => {
      const gi = pat(o).groupindex;
      return gi === null ? PyDict_New(interp) : PyMappingProxy_New(interp, gi);
    },
  },
];

/** A Py_ssize_t through __index__, clamped as PyNumber_AsSsize_t(o, NULL) does. */
export function clampedIndex(interp: Interpreter, o: PyObject): number {
  const v = indexValueOf(interp, o);
  if (typeof v === 'number') return v;
  return v > 0n ? PY_SSIZE_T_MAX : -PY_SSIZE_T_MAX;
}
