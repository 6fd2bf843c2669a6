// The _tokenize module: TokenizerIter, the C tokenizer as tokenize.py uses it.
// CPython: Python/Python-tokenize.c (tokenizemodule_exec).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { tokenizeriter_dealloc, tokenizeriter_new, tokenizeriter_next, tokenizeriter_traverse } from './tokenizeriter.ts';

const tokenizeState = moduleState((interp: Interpreter) => ({
  TokenizerIter: createModuleType(interp, {
    name: '_tokenize.TokenizerIter', basicsize: 32, gc: false, new: tokenizeriter_new, dealloc: tokenizeriter_dealloc, traverse: tokenizeriter_traverse,
    next: tokenizeriter_next,
  }),
}));

// CPython: tokenizemodule_exec
export function createTokenizeModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_tokenize'), true);
  moduleAdd(interp, m, 'TokenizerIter', Py_NewRef(tokenizeState(interp).TokenizerIter));
  return m;
}
