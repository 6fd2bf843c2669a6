// The parser's AST as Python objects: each node an instance of its class with its fields and
// position attributes in its __dict__, operators and contexts the shared singletons.
// CPython: Python/Python-ast.c (PyAST_mod2obj, ast2obj_*).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { F, NODE_INFO, type AnyNode, type FieldInfo } from '../../ast/nodes.gen.ts';
import type { PyConstant } from '../../ast/constant.ts';
import { internedStr, pyConstantObject } from '../../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { ast_new } from './asttype.ts';
import { astState, type AstState } from './state.ts';

function scalar(interp: Interpreter, st: AstState, f: FieldInfo, v: unknown): PyObject {
  if (v === null || v === undefined) return interp.singletons.None;
  switch (f.how) {
    case F.Simple: return Py_NewRef(st.singletons.get(f.type)![v as number]!);
    case F.Int: return PyLong_FromNumber(interp, v as number);
    case F.Node: return node2obj(interp, st, v as AnyNode);
    case F.Repr: return f.type === 'constant' ? pyConstantObject(interp, v as PyConstant) : PyUnicode_FromString(interp, v as string);
  }
}

function fieldObj(interp: Interpreter, st: AstState, f: FieldInfo, v: unknown): PyObject {
  if (!f.seq) return scalar(interp, st, f, v);
  const items = v as unknown[];
  const out: PyObject[] = [];
  try {
    for (const x of items) out.push(scalar(interp, st, f, x));
  } catch (e) {
    for (const o of out) Py_DECREF(o);
    throw e;
  }
  return _PyList_FromArraySteal(interp, out);
}

function node2obj(interp: Interpreter, st: AstState, node: AnyNode): PyObject {
  const info = NODE_INFO[node._k]!;
  const o = ast_new(st.nodeTypes[node._k]!);
  const d = PyDict_New(interp);
  o.ob_dict = d;
  const rec = node as unknown as Record<string, unknown>;
  try {
    for (const fields of [info.fields, info.attrs]) {
      for (const f of fields) {
        const v = fieldObj(interp, st, f, rec[f.name]);
        PyDict_SetItem(interp, d, internedStr(interp, f.name), v);
        Py_DECREF(v);
      }
    }
  } catch (e) {
    Py_DECREF(o);
    throw e;
  }
  return o;
}

/** The Python object tree of a parsed module, expression, interactive statement or function type. CPython: PyAST_mod2obj */
export function PyAST_mod2obj(interp: Interpreter, mod: AnyNode): PyObject {
  return node2obj(interp, astState(interp), mod);
}
