// The data of the symbol table, with CPython 3.12's names and values, so that code ported from
// Python/compile.c reads the same. Documented for users in ./symtable.ts, which re-exports it.
// CPython: Include/internal/pycore_symtable.h
import type { FutureFeatures } from './future.ts';

/** CPython: _Py_block_ty (the values _symtable exposes as TYPE_*). */
export const enum BlockType {
  FunctionBlock = 0,
  ClassBlock = 1,
  ModuleBlock = 2,
  /** Only with `from __future__ import annotations`: never a child, never analyzed. */
  AnnotationBlock = 3,
  TypeVarBoundBlock = 4,
  TypeAliasBlock = 5,
  TypeParamBlock = 6,
}

/** CPython: _Py_comprehension_ty */
export const enum ComprehensionType {
  NoComprehension = 0,
  ListComprehension = 1,
  DictComprehension = 2,
  SetComprehension = 3,
  GeneratorExpression = 4,
}

// Flags for def-use information, the low bits of a symbol's value.
/** global statement */
export const DEF_GLOBAL = 1;
/** assignment in code block */
export const DEF_LOCAL = 2;
/** formal parameter */
export const DEF_PARAM = 2 << 1;
/** nonlocal statement */
export const DEF_NONLOCAL = 2 << 2;
/** name is used */
export const USE = 2 << 3;
/** name used but not defined in nested block (defined, never set, by CPython 3.12) */
export const DEF_FREE = 2 << 4;
/** free variable from a class's method */
export const DEF_FREE_CLASS = 2 << 5;
/** assignment occurred via import */
export const DEF_IMPORT = 2 << 6;
/** this name is annotated */
export const DEF_ANNOT = 2 << 7;
/** this name is a comprehension iteration variable */
export const DEF_COMP_ITER = 2 << 8;
/** this name is a type parameter */
export const DEF_TYPE_PARAM = 2 << 9;
/** this name is a cell in an inlined comprehension */
export const DEF_COMP_CELL = 2 << 10;

export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// The scope of a symbol, stored in its value at bits SCOPE_OFFSET.. after analysis.
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

/** CPython: SYMBOL_TO_SCOPE */
export function symbolToScope(flags: number): number {
  return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
}

/** A global or nonlocal declaration (or the implicit one of a walrus in a comprehension). */
export interface Directive {
  /** The mangled name. */
  readonly name: string;
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** One block: module, class, function, lambda, comprehension, or an annotation/type scope. CPython: PySTEntryObject */
export class SymtableEntry {
  /** The AST node (or type_params array) the block was made for: st_blocks' key. */
  readonly ste_id: object;
  readonly ste_name: string;
  readonly ste_type: BlockType;
  /** Name (mangled) -> flags; after analysis the scope is at SCOPE_OFFSET. Insertion-ordered like CPython's dict. */
  readonly ste_symbols = new Map<string, number>();
  /** Parameter names in order (with the implicit ".0" of comprehensions, ".defaults"/".kwdefaults" of type-param blocks). */
  readonly ste_varnames: string[] = [];
  /** Child blocks in source order; analysis splices inlined comprehensions' children in their place. */
  readonly ste_children: SymtableEntry[] = [];
  /** global/nonlocal declarations, for error locations; null when there are none. */
  ste_directives: Directive[] | null = null;
  /** Nested in a function-like block (directly or not). */
  ste_nested = false;
  /** Has free variables (or, when nested, implicit globals). */
  ste_free = false;
  /** A child block has free variables. */
  ste_child_free = false;
  ste_generator = false;
  ste_coroutine = false;
  ste_comprehension: ComprehensionType = ComprehensionType.NoComprehension;
  ste_varargs = false;
  ste_varkeywords = false;
  ste_returns_value = false;
  /** A class block whose methods use __class__ (or super()): it needs the __class__ cell. */
  ste_needs_class_closure = false;
  /** A class block whose annotation scopes read __classdict__. */
  ste_needs_classdict = false;
  /** A list/set/dict comprehension inlined into its parent (PEP 709). */
  ste_comp_inlined = false;
  /** Set while visiting a comprehension's target (transient). */
  ste_comp_iter_target = false;
  /** Inside a comprehension's iterable expression, counting nesting (transient). */
  ste_comp_iter_expr = 0;
  /** An annotation/type scope directly inside a class, which can read the class namespace. */
  ste_can_see_class_scope = false;
  readonly ste_lineno: number;
  readonly ste_col_offset: number;
  readonly ste_end_lineno: number;
  readonly ste_end_col_offset: number;
  readonly ste_table: SymTable;

  constructor(
    table: SymTable,
    name: string,
    type: BlockType,
    key: object,
    lineno: number,
    col_offset: number,
    end_lineno: number,
    end_col_offset: number,
  ) {
    this.ste_table = table;
    this.ste_name = name;
    this.ste_type = type;
    this.ste_id = key;
    this.ste_lineno = lineno;
    this.ste_col_offset = col_offset;
    this.ste_end_lineno = end_lineno;
    this.ste_end_col_offset = end_col_offset;
  }
}

/** The symbol table of one compilation unit. CPython: struct symtable */
export interface SymTable {
  readonly st_filename: string;
  /** The module block. */
  readonly st_top: SymtableEntry;
  /** Every block by its key (an AST node, or the type_params array of a generic). */
  readonly st_blocks: Map<object, SymtableEntry>;
  readonly st_future: FutureFeatures;
}

/** CPython: _PyST_IsFunctionLike */
export function isFunctionLike(ste: SymtableEntry): boolean {
  const t = ste.ste_type;
  return t === BlockType.FunctionBlock || t === BlockType.TypeVarBoundBlock || t === BlockType.TypeAliasBlock || t === BlockType.TypeParamBlock;
}

/** A symbol's flags in a block, 0 when absent. CPython: _PyST_GetSymbol */
export function getSymbol(ste: SymtableEntry, name: string): number {
  return ste.ste_symbols.get(name) ?? 0;
}

/** A symbol's scope (LOCAL, GLOBAL_EXPLICIT, ...), 0 when absent. CPython: _PyST_GetScope */
export function getScope(ste: SymtableEntry, name: string): number {
  return symbolToScope(getSymbol(ste, name));
}

/** The block made for an AST node; throws as CPython does ("unknown symbol table entry"). CPython: _PySymtable_Lookup */
export function lookup(st: SymTable, key: object): SymtableEntry {
  const ste = st.st_blocks.get(key);
  if (ste === undefined) throw new Error('KeyError: unknown symbol table entry');
  return ste;
}
