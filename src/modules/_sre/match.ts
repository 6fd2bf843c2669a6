// re.Match, the result of a successful match. CPython: Modules/_sre/sre.c (pattern_new_match,
// match_getindex, match_getslice_by_index, _sre_SRE_Match_group ... match_repr).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional } from '../../objects/args.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem, dictKeys } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_GenericAlias } from '../../objects/genericaliasobject.ts';
import { PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { allocInstance, longAsSsize } from '../modsupport.ts';
import type { SreState } from './engine.ts';
import { clampedIndex, pat } from './pattern.ts';
import { sreState } from './sremodule_state.ts';
import { getSlice, wrongSpan } from './subject.ts';
import { compileTemplate, expandTemplate } from './template.ts';

interface MatchBody {
  string: PyObject;
  pattern: PyObject;
  regs: PyObject | null;
  pos: number;
  endpos: number;
  lastindex: number;
  /** Groups including group 0. */
  groups: number;
  /** Start and end of each group, -1 when it did not take part. */
  mark: number[];
  isbytes: boolean;
}

const mb = (o: PyObject): MatchBody => o.body as MatchBody;

/** sizeof(MatchObject) less its marks on 64-bit 3.12. */
const SIZEOF_MATCHOBJECT = 88;

/** A match object for a successful state, None when `ok` is false. CPython: pattern_new_match */
export function newMatch(interp: Interpreter, pattern: PyObject, st: SreState, string: PyObject, ok: boolean): PyObject {
  if (!ok) return Py_NewRef(interp.singletons.None);
  const p = pat(pattern);
  const groups = p.groups + 1;
  const mark: number[] = [st.start, st.ptr];
  for (let i = 1, j = 0; i < groups; i++, j += 2) {
    if (j + 1 <= st.lastmark && (st.mark[j] ?? -1) >= 0 && (st.mark[j + 1] ?? -1) >= 0) {
      if (st.mark[j]! > st.mark[j + 1]!) wrongSpan(interp);
      mark.push(st.mark[j]!, st.mark[j + 1]!);
    } else mark.push(-1, -1);
  }
  const body: MatchBody = {
    string: Py_NewRef(string), pattern: Py_NewRef(pattern), regs: null, pos: st.pos, endpos: st.endpos, lastindex: st.lastindex, groups, mark,
    isbytes: p.isbytes === 1 || (p.isbytes === -1 && !string.ob_type.isSubtypeOf(interp.types.str)),
  };
  return allocInstance(interp, sreState(interp).Match, SIZEOF_MATCHOBJECT + 16 * groups, 0, body);
}

export function match_dealloc(o: PyObject): void {
  const b = mb(o);
  Py_DECREF(b.string);
  Py_DECREF(b.pattern);
  Py_XDECREF(b.regs);
  freeObject(o);
}

export function match_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = mb(o);
  visit(b.string, arg);
  visit(b.pattern, arg);
  if (b.regs !== null) visit(b.regs, arg);
}

export const matchGroupCount = (o: PyObject): number => mb(o).groups;

// CPython: match_getslice_by_index
export function matchGroupSlice(interp: Interpreter, o: PyObject, index: number, def: PyObject): PyObject {
  const b = mb(o);
  const start = b.mark[2 * index]!;
  if (b.string === interp.singletons.None || start < 0) return Py_NewRef(def);
  return getSlice(interp, b.isbytes, b.string, start, b.mark[2 * index + 1]!);
}

// CPython: match_getindex — a group number or name to its index.
function matchGetIndex(interp: Interpreter, o: PyObject, index: PyObject | undefined): number {
  if (index === undefined) return 0;
  const b = mb(o);
  let i = -1;
  if (PyLong_Check(index) || index.ob_type.tp_as_number?.nb_index !== undefined) i = clampedIndex(interp, index);
  else {
    const gi = pat(b.pattern).groupindex;
    if (gi !== null) {
      const v = PyDict_GetItem(interp, gi, index);
      if (v !== null && PyLong_Check(v)) i = longAsSsize(interp, v, 'an integer is required');
    }
  }
  if (i < 0 || i >= b.groups) PyErr_SetString(interp, 'IndexError', 'no such group');
  return i;
}

const matchGetSlice = (interp: Interpreter, o: PyObject, index: PyObject | undefined, def: PyObject): PyObject =>
  matchGroupSlice(interp, o, matchGetIndex(interp, o, index), def);

// CPython: match_group
function match_group(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as PyTupleObject).body.length > 0) PyErr_SetString(interp, 'TypeError', 'group() takes no keyword arguments');
  const none = interp.singletons.None;
  if (args.length === 0) return matchGetSlice(interp, self!, undefined, none);
  if (args.length === 1) return matchGetSlice(interp, self!, args[0], none);
  const items: PyObject[] = [];
  try {
    for (const a of args) items.push(matchGetSlice(interp, self!, a, none));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return tupleFromItemsSteal(interp, items);
}

// CPython: _sre_SRE_Match_groups_impl
function match_groups(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [d] = unpackKeywords(interp, 'groups', ['default'], 0, 0, 1, args, kwnames);
  const def = d ?? interp.singletons.None;
  const items: PyObject[] = [];
  try {
    for (let i = 1; i < mb(self!).groups; i++) items.push(matchGroupSlice(interp, self!, i, def));
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  }
  return tupleFromItemsSteal(interp, items);
}

// CPython: _sre_SRE_Match_groupdict_impl
function match_groupdict(interp: Interpreter, self: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [d] = unpackKeywords(interp, 'groupdict', ['default'], 0, 0, 1, args, kwnames);
  const def = d ?? interp.singletons.None;
  const result = PyDict_New(interp);
  const gi = pat(mb(self!).pattern).groupindex;
  if (gi === null) return result;
  try {
    for (const key of dictKeys(gi)) {
      const v = matchGetSlice(interp, self!, key, def);
      try {
        PyDict_SetItem(interp, result, key, v);
      } finally {
        Py_DECREF(v);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  }
  return result;
}

function groupArg(interp: Interpreter, name: string, self: PyObject, args: readonly PyObject[]): number {
  checkPositional(interp, name, args.length, 0, 1);
  return matchGetIndex(interp, self, args[0]);
}

// CPython: _sre_SRE_Match_start_impl, _sre_SRE_Match_end_impl, _sre_SRE_Match_span_impl
const match_start = (interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject =>
  PyLong_FromNumber(interp, mb(self!).mark[2 * groupArg(interp, 'start', self!, args)]!);
const match_end = (interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject =>
  PyLong_FromNumber(interp, mb(self!).mark[2 * groupArg(interp, 'end', self!, args) + 1]!);

function spanTuple(interp: Interpreter, a: number, b: number): PyObject {
  return tupleFromItemsSteal(interp, [PyLong_FromNumber(interp, a), PyLong_FromNumber(interp, b)]);
}

function match_span(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const i = groupArg(interp, 'span', self!, args);
  const m = mb(self!).mark;
  return spanTuple(interp, m[2 * i]!, m[2 * i + 1]!);
}

// CPython: _sre_SRE_Match_expand_impl
function match_expand(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const t = compileTemplate(interp, mb(self!).pattern, args[0]!);
  try {
    return expandTemplate(interp, t, self!);
  } finally {
    Py_DECREF(t);
  }
}

// CPython: match_getitem
export function match_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  return matchGetSlice(interp, o, key, interp.singletons.None);
}

// CPython: match_repr
export function match_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = mb(o);
  const g0 = matchGroupSlice(interp, o, 0, interp.singletons.None);
  let r: string;
  try {
    r = reprText(interp, g0);
  } finally {
    Py_DECREF(g0);
  }
  const cps = Array.from(r);
  if (cps.length > 50) r = cps.slice(0, 50).join('');
  return PyUnicode_FromString(interp, `<${o.ob_type.tp_name} object; span=(${b.mark[0]}, ${b.mark[1]}), match=${r}>`);
}

// CPython: match_regs_get
function match_regs(interp: Interpreter, o: PyObject): PyObject {
  const b = mb(o);
  if (b.regs !== null) return Py_NewRef(b.regs);
  const items: PyObject[] = [];
  for (let i = 0; i < b.groups; i++) items.push(spanTuple(interp, b.mark[2 * i]!, b.mark[2 * i + 1]!));
  b.regs = tupleFromItemsSteal(interp, items);
  return Py_NewRef(b.regs);
}

export const match_methods: readonly MethodDef[] = [
  { name: 'group', flags: METH_FASTCALL | METH_KEYWORDS, impl: match_group,
    doc: 'group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.' },
  { name: 'start', flags: METH_FASTCALL, impl: match_start, doc: 'Return index of the start of the substring matched by group.' },
  { name: 'end', flags: METH_FASTCALL, impl: match_end, doc: 'Return index of the end of the substring matched by group.' },
  { name: 'span', flags: METH_FASTCALL, impl: match_span, doc: 'For match object m, return the 2-tuple (m.start(group), m.end(group)).' },
  { name: 'groups', flags: METH_FASTCALL | METH_KEYWORDS, impl: match_groups,
    doc: 'Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.' },
  { name: 'groupdict', flags: METH_FASTCALL | METH_KEYWORDS, impl: match_groupdict,
    doc: 'Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.' },
  { name: 'expand', flags: METH_O, impl: match_expand, doc: 'Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.' },
  { name: '__copy__', flags: METH_NOARGS, impl: (_interp, self) => Py_NewRef(self!) },
  { name: '__deepcopy__', flags: METH_O, impl: (_interp, self) => Py_NewRef(self!) },
  { name: '__class_getitem__', flags: METH_O | METH_CLASS, impl: Py_GenericAlias, doc: 'See PEP 585' },
];

const intOrNone = (interp: Interpreter, v: number): PyObject => (v >= 0 ? PyLong_FromNumber(interp, v) : Py_NewRef(interp.singletons.None));

export const match_getset: readonly GetSetDef[] = [
  { name: 'lastindex', get: (interp, o) => intOrNone(interp, mb(o).lastindex), doc: 'The integer index of the last matched capturing group.' },
  {
    name: 'lastgroup', doc: 'The name of the last matched capturing group.',
    get: (interp, o) => {
      const b = mb(o);
      const ig = pat(b.pattern).indexgroup;
      if (ig !== null && b.lastindex >= 0 && b.lastindex < (ig as PyTupleObject).body.length) return Py_NewRef((ig as PyTupleObject).body[b.lastindex]!);
      return Py_NewRef(interp.singletons.None);
    },
  },
  { name: 'regs', get: match_regs },
  { name: 'string', get: (_interp, o) => Py_NewRef(mb(o).string), member: true, doc: 'The string passed to match() or search().' },
  { name: 're', get: (_interp, o) => Py_NewRef(mb(o).pattern), member: true, doc: 'The regular expression object.' },
  { name: 'pos', get: (interp, o) => PyLong_FromNumber(interp, mb(o).pos), member: true, doc: 'The index into the string at which the RE engine started looking for a match.' },
  { name: 'endpos', get: (interp, o) => PyLong_FromNumber(interp, mb(o).endpos), member: true, doc: 'The index into the string beyond which the RE engine will not go.' },
];

