// The itertools module. CPython: Modules/itertoolsmodule.c (itertoolsmodule_exec). The types
// live in this directory, one per file; state.ts makes them.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyCFunction_New } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { itertoolsState } from './state.ts';
import { itertools_tee } from './tee.ts';

const MODULE_DOC = `Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
`;

/** The itertools module object. CPython: itertoolsmodule_exec */
export function createItertoolsModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'itertools'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  const state = itertoolsState(interp);
  for (const [name, t] of Object.entries(state)) moduleAdd(interp, m, name, Py_NewRef(t));
  moduleAdd(interp, m, 'tee', PyCFunction_New(interp, 'tee', itertools_tee, Py_NewRef(m)));
  return m;
}
