// _sre.SRE_Scanner: successive matches over one string (Pattern.scanner, and finditer through its
// search). CPython: Modules/_sre/sre.c (pattern_scanner, _sre_SRE_Scanner_match_impl,
// _sre_SRE_Scanner_search_impl, scanner_begin, scanner_end).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { METH_NOARGS, type GetSetDef, type MethodDef, type visitproc } from '../../objects/typeobject.ts';
import { allocInstance } from '../modsupport.ts';
import { sreSearch, type SreState } from './engine.ts';
import { newMatch } from './match.ts';
import { pat, runEngine, sreMatchTop } from './pattern.ts';
import { sreState } from './sremodule_state.ts';
import { stateInit } from './subject.ts';

interface ScannerBody {
  pattern: PyObject;
  string: PyObject;
  state: SreState;
  /** Set once a match failed: further calls return None (CPython: state.start == NULL). */
  done: boolean;
  executing: boolean;
}

const sb = (o: PyObject): ScannerBody => o.body as ScannerBody;

// CPython: pattern_scanner
export function newScanner(interp: Interpreter, pattern: PyObject, string: PyObject, pos: number, endpos: number): PyObject {
  const [state] = stateInit(interp, pat(pattern).isbytes, string, pos, endpos);
  const body: ScannerBody = { pattern: Py_NewRef(pattern), string: Py_NewRef(string), state, done: false, executing: false };
  return allocInstance(interp, sreState(interp).Scanner, sreState(interp).Scanner.tp_basicsize, 0, body);
}

export function scanner_dealloc(o: PyObject): void {
  const b = sb(o);
  Py_DECREF(b.pattern);
  Py_DECREF(b.string);
  freeObject(o);
}

export function scanner_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  visit(sb(o).pattern, arg);
  visit(sb(o).string, arg);
}

function step(search: boolean) {
  return (interp: Interpreter, self: PyObject | null): PyObject => {
    const b = sb(self!);
    if (b.executing) PyErr_SetString(interp, 'ValueError', 'regular expression scanner already executing');
    if (b.done) return Py_NewRef(interp.singletons.None);
    b.executing = true;
    try {
      const st = b.state;
      const code = pat(b.pattern).code;
      st.reset();
      st.ptr = st.start;
      const ok = runEngine(interp, () => (search ? sreSearch(st, code) : sreMatchTop(st, code)));
      const m = newMatch(interp, b.pattern, st, b.string, ok);
      if (!ok) b.done = true;
      else {
        st.mustAdvance = st.ptr === st.start;
        st.start = st.ptr;
      }
      return m;
    } finally {
      b.executing = false;
    }
  };
}

export const scanner_methods: readonly MethodDef[] = [
  { name: 'match', flags: METH_NOARGS, impl: step(false) },
  { name: 'search', flags: METH_NOARGS, impl: step(true) },
];

export const scanner_getset: readonly GetSetDef[] = [
  { name: 'pattern', get: (_interp, o) => Py_NewRef(sb(o).pattern), member: true },
];
