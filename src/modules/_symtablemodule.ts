// The _symtable module beneath symtable.py: symtable(source, filename, mode) gives the module
// block of Glasspy's own symbol table (src/symtable) as 'symtable entry' objects, with the
// flag and scope constants to read their symbols. CPython: Modules/symtablemodule.c,
// Python/symtable.c (ste_new's members, ste_repr, _Py_SymtableStringObjectFlags)
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { freeObject } from '../objects/alloc.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { longValue, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import type { GetSetDef, visitproc } from '../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { parse } from '../parser/index.ts';
import { fsDecode, sourceData } from '../runtime/bltin_exec.ts';
import { raiseSyntaxError } from '../runtime/syntaxerror_raise.ts';
import * as S from '../symtable/symtable.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { allocInstance, createModuleType, moduleState } from './modsupport.ts';

/** The members of a symtable entry, as Python objects (owned). */
interface Entry {
  id: PyObject;
  name: PyObject;
  symbols: PyObject;
  varnames: PyObject;
  children: PyObject;
  nested: number;
  type: number;
  lineno: number;
}

const entryOf = (o: PyObject): Entry => o.body as Entry;
const OWNED = ['id', 'name', 'symbols', 'varnames', 'children'] as const;

function entry_dealloc(o: PyObject): void {
  const e = entryOf(o);
  for (const k of OWNED) Py_DECREF(e[k]);
  freeObject(o);
}

function entry_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const e = entryOf(o);
  for (const k of OWNED) visit(e[k], arg);
}

// CPython: ste_repr
function entry_repr(o: PyObject): PyObject {
  const e = entryOf(o);
  const interp = o.ob_type.tp_interp;
  return PyUnicode_FromString(interp, `<symtable entry ${unicodeText(e.name)}(${String(longValue(e.id))}), line ${e.lineno}>`);
}

const member = (name: keyof Entry): GetSetDef => ({
  name, member: true,
  get: (interp, o) => {
    const v = entryOf(o)[name];
    return typeof v === 'number' ? PyLong_FromNumber(interp, v) : Py_NewRef(v);
  },
});

const entryType = moduleState((interp) => createModuleType(interp, {
  name: 'symtable entry', basicsize: 144, subclassable: false, dealloc: entry_dealloc, traverse: entry_traverse, repr: entry_repr,
  getset: (['id', 'name', 'symbols', 'varnames', 'children', 'nested', 'type', 'lineno'] as const).map(member),
}));

/** A symtable entry object for a block and, recursively, its children. */
function newEntry(interp: Interpreter, ste: S.SymtableEntry): PyObject {
  const symbols = PyDict_New(interp);
  for (const [name, flags] of ste.ste_symbols) {
    const k = PyUnicode_FromString(interp, name);
    const v = PyLong_FromNumber(interp, flags);
    PyDict_SetItem(interp, symbols, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
  }
  const e: Entry = {
    id: interp.singletons.None,
    name: PyUnicode_FromString(interp, ste.ste_name),
    symbols,
    varnames: _PyList_FromArraySteal(interp, ste.ste_varnames.map((n) => PyUnicode_FromString(interp, n))),
    children: _PyList_FromArraySteal(interp, ste.ste_children.map((c) => newEntry(interp, c))),
    nested: ste.ste_nested ? 1 : 0,
    type: ste.ste_type,
    lineno: ste.ste_lineno,
  };
  const o = allocInstance(interp, entryType(interp), 144, 0, e);
  // CPython's id is the address of the block's AST node; this entry's own address stands for it.
  e.id = PyLong_FromNumber(interp, o.addr);
  return o;
}

// CPython: _symtable_symtable_impl, _Py_SymtableStringObjectFlags (no AST optimization, unlike compile)
function symtable(interp: Interpreter, _m: PyObject | null, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  noKeywords(interp, 'symtable', kwnames);
  checkPositional(interp, 'symtable', args.length, 3, 3);
  const [source, filenameObj, modeObj] = args as [PyObject, PyObject, PyObject];
  const filename = fsDecode(interp, filenameObj);
  if (!modeObj.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `symtable() argument 3 must be str, not ${modeObj.ob_type.tp_name}`);
  const text = sourceData(interp, source, 'symtable', 'string or bytes');
  const mode = unicodeText(modeObj);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') PyErr_SetString(interp, 'ValueError', "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  let st: S.SymTable;
  try {
    const mod = parse(text, { filename, mode });
    st = S.buildSymtable(mod, filename, S.futureFromAST(mod, filename), { startingRecursionDepth: 4 });
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(interp, e);
    if (e instanceof S.PyRecursionError) PyErr_SetString(interp, 'RecursionError', e.message);
    throw e;
  }
  return newEntry(interp, st.st_top);
}

const CONSTANTS: [string, number][] = [
  ['USE', S.USE], ['DEF_GLOBAL', S.DEF_GLOBAL], ['DEF_NONLOCAL', S.DEF_NONLOCAL], ['DEF_LOCAL', S.DEF_LOCAL], ['DEF_PARAM', S.DEF_PARAM],
  ['DEF_FREE', S.DEF_FREE], ['DEF_FREE_CLASS', S.DEF_FREE_CLASS], ['DEF_IMPORT', S.DEF_IMPORT], ['DEF_BOUND', S.DEF_BOUND], ['DEF_ANNOT', S.DEF_ANNOT],
  ['TYPE_FUNCTION', S.BlockType.FunctionBlock], ['TYPE_CLASS', S.BlockType.ClassBlock], ['TYPE_MODULE', S.BlockType.ModuleBlock],
  ['TYPE_ANNOTATION', S.BlockType.AnnotationBlock], ['TYPE_TYPE_VAR_BOUND', S.BlockType.TypeVarBoundBlock],
  ['TYPE_TYPE_ALIAS', S.BlockType.TypeAliasBlock], ['TYPE_TYPE_PARAM', S.BlockType.TypeParamBlock],
  ['LOCAL', S.LOCAL], ['GLOBAL_EXPLICIT', S.GLOBAL_EXPLICIT], ['GLOBAL_IMPLICIT', S.GLOBAL_IMPLICIT], ['FREE', S.FREE], ['CELL', S.CELL],
  ['SCOPE_OFF', S.SCOPE_OFFSET], ['SCOPE_MASK', S.SCOPE_MASK],
];

// CPython: symtable_init_constants
export function createSymtableModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_symtable'), true);
  moduleAdd(interp, m, 'symtable', PyCFunction_New(interp, 'symtable', symtable, Py_NewRef(m)));
  for (const [name, v] of CONSTANTS) moduleAdd(interp, m, name, PyLong_FromNumber(interp, v));
  return m;
}
