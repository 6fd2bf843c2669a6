// The node classes of an interpreter, made on first use from the ASDL tables (src/ast/asdl.ts
// through nodes.gen.ts): AST natively, every other class by calling type() as CPython does, so
// they are ordinary heap classes. CPython: Python/Python-ast.c (init_types, make_type,
// add_attributes).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { NODE_INFO, TYPE_INFO, type FieldInfo } from '../../ast/nodes.gen.ts';
import { PyObject_SetAttr } from '../../objects/attributes.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { Py_DECREF, Py_NewRef, Py_TPFLAGS_IMMUTABLETYPE, type PyObject } from '../../objects/object.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { AST_BASICSIZE, AST_GETSET, AST_METHODS, ast_dealloc, ast_new, ast_traverse, ast_type_init } from './asttype.ts';

export interface AstState {
  AST: PyTypeObject;
  /** The concrete node classes, indexed by node kind (K). */
  nodeTypes: PyTypeObject[];
  /** Every class by name (abstract ones, node classes and the operator/context classes). */
  byName: Map<string, PyTypeObject>;
  /** The one instance of each operator/context class ast.parse hands out, by ASDL type then enum value (1-based). */
  singletons: Map<string, PyObject[]>;
  /** What the _ast module holds, in CPython's order. */
  exported: [string, PyTypeObject][];
}

function nameTuple(interp: Interpreter, fields: readonly FieldInfo[]): PyObject {
  return tupleFromItemsSteal(interp, fields.map((f) => Py_NewRef(internedStr(interp, f.name))));
}

function fieldDoc(f: FieldInfo): string {
  return `${f.type}${f.seq ? '*' : f.opt ? '?' : ''} ${f.name}`;
}

/** "Name(identifier id, expr_context ctx)", or just the name without fields. */
function ctorDoc(name: string, fields: readonly FieldInfo[]): string {
  return fields.length === 0 ? name : `${name}(${fields.map(fieldDoc).join(', ')})`;
}

// CPython: make_type — type(name, (base,), {_fields, __match_args__, __module__, __doc__})
function makeType(interp: Interpreter, name: string, base: PyTypeObject, fields: readonly FieldInfo[], doc: string): PyTypeObject {
  const dict = PyDict_New(interp);
  const bases = tupleFromItemsSteal(interp, [Py_NewRef(base)]);
  const nameObj = PyUnicode_FromString(interp, name);
  try {
    const fnames = nameTuple(interp, fields);
    PyDict_SetItem(interp, dict, internedStr(interp, '_fields'), fnames);
    PyDict_SetItem(interp, dict, internedStr(interp, '__match_args__'), fnames);
    Py_DECREF(fnames);
    PyDict_SetItem(interp, dict, internedStr(interp, '__module__'), internedStr(interp, 'ast'));
    const docObj = PyUnicode_FromString(interp, doc);
    PyDict_SetItem(interp, dict, internedStr(interp, '__doc__'), docObj);
    Py_DECREF(docObj);
    return PyObject_Vectorcall(interp, interp.types.type, [nameObj, bases, dict], null) as PyTypeObject;
  } finally {
    Py_DECREF(nameObj);
    Py_DECREF(bases);
    Py_DECREF(dict);
  }
}

// CPython: add_attributes
function addAttributes(interp: Interpreter, type: PyTypeObject, attrs: readonly FieldInfo[]): void {
  const t = nameTuple(interp, attrs);
  try {
    PyObject_SetAttr(interp, type, internedStr(interp, '_attributes'), t);
  } finally {
    Py_DECREF(t);
  }
}

/** Optional fields and attributes default to None on the class. */
function setOptionalDefaults(interp: Interpreter, type: PyTypeObject, fields: readonly FieldInfo[]): void {
  for (const f of fields) if (f.opt) PyObject_SetAttr(interp, type, internedStr(interp, f.name), interp.singletons.None);
}

function setClassAttr(interp: Interpreter, type: PyTypeObject, name: string, value: PyObject): void {
  PyDict_SetItem(interp, type.tp_dict!, internedStr(interp, name), value);
  Py_DECREF(value);
}

function makeAstType(interp: Interpreter): PyTypeObject {
  return createModuleType(interp, {
    name: 'ast.AST', basicsize: AST_BASICSIZE, dealloc: ast_dealloc, traverse: ast_traverse, methods: AST_METHODS, getset: AST_GETSET,
    new: ast_new, init: ast_type_init,
    setup: (t) => {
      t.tp_hasdict = true;
      // CPython's AST is a mutable heap type.
      t.tp_flags &= ~Py_TPFLAGS_IMMUTABLETYPE;
    },
  });
}

// CPython: init_types
export const astState = moduleState((interp: Interpreter): AstState => {
  const AST = makeAstType(interp);
  const empty = (): PyObject => tupleFromItemsSteal(interp, []);
  setClassAttr(interp, AST, '_fields', empty());
  setClassAttr(interp, AST, '__match_args__', empty());
  setClassAttr(interp, AST, '_attributes', empty());
  const byName = new Map<string, PyTypeObject>();
  const nodeTypes: PyTypeObject[] = [];
  const singletons = new Map<string, PyObject[]>();
  const exported: [string, PyTypeObject][] = [];
  const infoByName = new Map(NODE_INFO.map((n, k) => [n.name, { info: n, k }]));
  const add = (name: string, t: PyTypeObject): void => {
    byName.set(name, t);
    exported.push([name, t]);
  };
  for (const ti of TYPE_INFO) {
    if (ti.kind === 'product') {
      const { info, k } = infoByName.get(ti.name)!;
      const t = makeType(interp, ti.name, AST, info.fields, ctorDoc(ti.name, info.fields));
      addAttributes(interp, t, ti.attrs);
      setOptionalDefaults(interp, t, info.fields);
      setOptionalDefaults(interp, t, ti.attrs);
      add(ti.name, t);
      nodeTypes[k] = t;
      continue;
    }
    const docs = ti.ctors.map((c) => ctorDoc(c, infoByName.get(c)?.info.fields ?? []));
    const doc = `${ti.name} = ${docs.join(ti.kind === 'simple' ? ' | ' : `\n${' '.repeat(ti.name.length + 1)}| `)}`;
    const base = makeType(interp, ti.name, AST, [], doc);
    addAttributes(interp, base, ti.attrs);
    setOptionalDefaults(interp, base, ti.attrs);
    add(ti.name, base);
    const insts: PyObject[] = [interp.singletons.None];
    for (let i = 0; i < ti.ctors.length; i++) {
      const c = ti.ctors[i]!;
      const node = infoByName.get(c);
      const t = makeType(interp, c, base, node?.info.fields ?? [], docs[i]!);
      add(c, t);
      if (node === undefined) {
        insts.push(ast_new(t));
        continue;
      }
      setOptionalDefaults(interp, t, node.info.fields);
      nodeTypes[node.k] = t;
    }
    if (ti.kind === 'simple') singletons.set(ti.name, insts);
  }
  return { AST, nodeTypes, byName, singletons, exported };
});
