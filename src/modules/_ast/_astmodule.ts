// The _ast module: the node classes and the compile() flags that ask for an AST.
// CPython: Python/Python-ast.c (astmodule_exec).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS } from '../../compiler/compiler.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { astState } from './state.ts';


// CPython: astmodule_exec
export function createAstModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_ast'), true);
  const st = astState(interp);
  moduleAdd(interp, m, 'AST', Py_NewRef(st.AST));
  moduleAdd(interp, m, 'PyCF_ALLOW_TOP_LEVEL_AWAIT', PyLong_FromNumber(interp, PyCF_ALLOW_TOP_LEVEL_AWAIT));
  moduleAdd(interp, m, 'PyCF_ONLY_AST', PyLong_FromNumber(interp, PyCF_ONLY_AST));
  moduleAdd(interp, m, 'PyCF_TYPE_COMMENTS', PyLong_FromNumber(interp, PyCF_TYPE_COMMENTS));
  for (const [name, t] of st.exported) moduleAdd(interp, m, name, Py_NewRef(t));
  return m;
}
