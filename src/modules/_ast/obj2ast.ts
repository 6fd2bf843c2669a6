// Python AST objects back to the compiler's nodes, reading each field as an attribute with
// CPython's errors for missing, mistyped and None-valued fields. The result still has to pass
// validate.ts before it is compiled. CPython: Python/Python-ast.c (PyAST_obj2mod, obj2ast_*,
// the required-field checks of the _PyAST_* constructors).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { K, NODE_INFO, TYPE_INFO, type AnyNode, type mod, type FieldInfo, type NodeInfo, type TypeInfo } from '../../ast/nodes.gen.ts';
import { PyBytes, PyComplex, PyEllipsis } from '../../ast/constant.ts';
import { ConstFrozenSet, ConstTuple, type FoldedConstant } from '../../compiler/fold.ts';
import { constantKey } from '../../bytecode/constants.ts';
import { PyObject_LookupAttr } from '../../objects/attributes.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { complexValue } from '../../objects/complexobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyList_Check } from '../../objects/listobject.ts';
import { longValue, PyLong_Check } from '../../objects/longobject.ts';
import { Py_DECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, reprText } from '../../objects/objectops.ts';
import type { PyTupleObject } from '../../objects/tupleobject.ts';
import { unicodeText } from '../../objects/unicodeobject.ts';
import { astState, type AstState } from './state.ts';

/** A Constant value of a type the compiler cannot hold; validation reports it. */
export class InvalidConstant {
  constructor(readonly typeName: string) {}
}

const TYPES = new Map<string, TypeInfo>(TYPE_INFO.map((t) => [t.name, t]));
const NODES = new Map<string, { info: NodeInfo; k: K }>(NODE_INFO.map((n, k) => [n.name, { info: n, k: k as K }]));
/** Positions a missing end defaults to. CPython: asdl_c.py attribute_special_defaults */
const SPECIAL_DEFAULTS: Record<string, string> = { end_lineno: 'lineno', end_col_offset: 'col_offset' };
const SCALARS = new Set(['identifier', 'string', 'int', 'constant']);

class Obj2Ast {
  private depth = 0;
  /** The first object of each scalar constant value, by constant key (borrowed from the tree). */
  readonly objects = new Map<string, PyObject>();
  constructor(private readonly interp: Interpreter, private readonly st: AstState) {}

  private typeName(o: PyObject): string {
    return o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1);
  }

  // CPython: obj2ast_identifier, obj2ast_string, obj2ast_int, obj2ast_constant
  private scalar(obj: PyObject, type: string): unknown {
    const interp = this.interp;
    const t = interp.types;
    switch (type) {
      case 'identifier':
        if (obj === interp.singletons.None) return null;
        if (obj.ob_type !== t.str) PyErr_SetString(interp, 'TypeError', 'AST identifier must be of type str');
        return unicodeText(obj);
      case 'string':
        if (obj.ob_type !== t.str) PyErr_SetString(interp, 'TypeError', 'AST string must be of type str');
        return unicodeText(obj);
      case 'int': {
        if (!PyLong_Check(obj)) PyErr_SetString(interp, 'ValueError', `invalid integer value: ${reprText(interp, obj)}`);
        const v = longValue(obj);
        if (typeof v !== 'number' || v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
        return v;
      }
      default:
        return this.constant(obj);
    }
  }

  /** `v`, noting `o` as the object the code's constant `v` is to be. */
  private scalarObject(o: PyObject, v: FoldedConstant): FoldedConstant {
    const key = constantKey(v);
    if (!this.objects.has(key)) this.objects.set(key, o);
    return v;
  }

  /** A Constant's value; what validate_constant rejects becomes an InvalidConstant. */
  private constant(o: PyObject): FoldedConstant | InvalidConstant {
    const interp = this.interp;
    const t = interp.types;
    const s = interp.singletons;
    if (o === s.None) return null;
    if (o === s.True) return true;
    if (o === s.False) return false;
    if (o === s.Ellipsis) return PyEllipsis;
    switch (o.ob_type) {
      case t.int: return this.scalarObject(o, BigInt(longValue(o)));
      case t.float: return this.scalarObject(o, o.ival);
      case t.complex: {
        const c = complexValue(o);
        return this.scalarObject(o, new PyComplex(c[0], c[1]));
      }
      case t.str: return this.scalarObject(o, unicodeText(o));
      case t.bytes: return this.scalarObject(o, new PyBytes((o.body as Uint8Array).slice()));
      case t.tuple: {
        const items = (o as PyTupleObject).body.map((x) => this.constant(x));
        const bad = items.find((x) => x instanceof InvalidConstant);
        return bad ?? new ConstTuple(items as FoldedConstant[]);
      }
      case t.frozenset: {
        const items: (FoldedConstant | InvalidConstant)[] = [];
        const it = PyObject_GetIter(interp, o);
        try {
          for (let x = PyIter_Next(interp, it); x !== null; x = PyIter_Next(interp, it)) {
            items.push(this.constant(x));
            Py_DECREF(x);
          }
        } finally {
          Py_DECREF(it);
        }
        const bad = items.find((x) => x instanceof InvalidConstant);
        return bad ?? new ConstFrozenSet(items as FoldedConstant[]);
      }
    }
    return new InvalidConstant(this.typeName(o));
  }

  /** Any value of ASDL type `type`: a scalar, an operator's enum value, or a node (null for None). */
  private value(obj: PyObject, type: string): unknown {
    if (SCALARS.has(type)) return this.scalar(obj, type);
    const ti = TYPES.get(type)!;
    if (ti.kind === 'simple') {
      // CPython: obj2ast_<simple type> — an instance of one of the operator classes.
      for (let i = 0; i < ti.ctors.length; i++) if (obj.ob_type.isSubtypeOf(this.st.byName.get(ti.ctors[i]!)!)) return i + 1;
      return PyErr_SetString(this.interp, 'TypeError', `expected some sort of ${type}, but got ${reprText(this.interp, obj)}`);
    }
    if (this.depth > this.interp.tstate.recursionLimit) {
      PyErr_SetString(this.interp, 'RecursionError', `maximum recursion depth exceeded while traversing '${type}' node`);
    }
    this.depth++;
    try {
      return ti.kind === 'product' ? this.product(obj, ti) : this.sum(obj, ti);
    } finally {
      this.depth--;
    }
  }

  // CPython: obj2ast_<sum type> — positions first, then the constructor's fields.
  private sum(obj: PyObject, ti: TypeInfo): AnyNode | null {
    if (obj === this.interp.singletons.None) return null;
    const rec: Record<string, unknown> = {};
    this.fields(obj, ti.attrs, ti.name, rec);
    for (const c of ti.ctors) {
      if (!obj.ob_type.isSubtypeOf(this.st.byName.get(c)!)) continue;
      const { info, k } = NODES.get(c)!;
      this.fields(obj, info.fields, c, rec);
      return this.make(k, info, rec);
    }
    return PyErr_SetString(this.interp, 'TypeError', `expected some sort of ${ti.name}, but got ${reprText(this.interp, obj)}`);
  }

  // CPython: obj2ast_<product type> — fields, then positions.
  private product(obj: PyObject, ti: TypeInfo): AnyNode {
    const { info, k } = NODES.get(ti.name)!;
    const rec: Record<string, unknown> = {};
    this.fields(obj, info.fields, ti.name, rec);
    this.fields(obj, ti.attrs, ti.name, rec);
    return this.make(k, info, rec);
  }

  /** The node, after the checks of its C constructor: a required field that came as None. CPython: _PyAST_<Name> */
  private make(k: K, info: NodeInfo, rec: Record<string, unknown>): AnyNode {
    for (const f of info.fields) {
      if (!f.opt && !f.seq && f.type !== 'int' && f.type !== 'constant' && rec[f.name] === null) {
        PyErr_SetString(this.interp, 'ValueError', `field '${f.name}' is required for ${info.name}`);
      }
    }
    const node: Record<string, unknown> = { _k: k };
    for (const f of info.fields) node[f.name] = rec[f.name];
    for (const f of info.attrs) node[f.name] = rec[f.name];
    return node as unknown as AnyNode;
  }

  private fields(obj: PyObject, fields: readonly FieldInfo[], owner: string, rec: Record<string, unknown>): void {
    const interp = this.interp;
    for (const f of fields) {
      const tmp = PyObject_LookupAttr(interp, obj, internedStr(interp, f.name));
      try {
        if (f.seq) rec[f.name] = tmp === null ? [] : this.list(tmp, f, owner);
        else if (tmp === null && !f.opt) PyErr_SetString(interp, 'TypeError', `required field "${f.name}" missing from ${owner}`);
        else if (tmp === null || (f.opt && tmp === interp.singletons.None)) {
          rec[f.name] = f.type === 'int' ? (f.name in SPECIAL_DEFAULTS ? rec[SPECIAL_DEFAULTS[f.name]!] : 0) : null;
        } else rec[f.name] = this.value(tmp, f.type);
      } finally {
        if (tmp !== null) Py_DECREF(tmp);
      }
    }
  }

  private list(tmp: PyObject, f: FieldInfo, owner: string): unknown[] {
    const interp = this.interp;
    if (!PyList_Check(tmp)) PyErr_SetString(interp, 'TypeError', `${owner} field "${f.name}" must be a list, not a ${this.typeName(tmp)}`);
    const items = tmp.body as PyObject[];
    const len = items.length;
    const out: unknown[] = [];
    for (let i = 0; i < len; i++) {
      out.push(this.value(items[i]!, f.type));
      if ((tmp.body as PyObject[]).length !== len) PyErr_SetString(interp, 'RuntimeError', `${owner} field "${f.name}" changed size during iteration`);
    }
    return out;
  }

  convert(obj: PyObject): AnyNode {
    return this.value(obj, 'mod') as AnyNode;
  }
}

const MODE_NODES: Record<string, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };

/** Whether `o` is an ast.AST instance. CPython: PyAST_Check */
export function PyAST_Check(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(astState(interp).AST);
}

/** The compiler's tree of an AST object of the node class `mode` asks for. CPython: PyAST_obj2mod */
export function PyAST_obj2mod(interp: Interpreter, obj: PyObject, mode: string): mod {
  const st = astState(interp);
  const want = MODE_NODES[mode]!;
  if (!obj.ob_type.isSubtypeOf(st.byName.get(want)!)) {
    PyErr_SetString(interp, 'TypeError', `expected ${want} node, got ${obj.ob_type.tp_name.slice(obj.ob_type.tp_name.lastIndexOf('.') + 1)}`);
  }
  const conv = new Obj2Ast(interp, st);
  const m = conv.convert(obj) as mod;
  constantObjects.set(m, conv.objects);
  return m;
}

/**
 * The objects of a converted tree's constants (borrowed from the AST object, which the caller
 * keeps alive): compile() makes them the code's constants, as CPython's compiler uses the
 * tree's own objects.
 */
export const constantObjects = new WeakMap<mod, ReadonlyMap<string, PyObject>>();
