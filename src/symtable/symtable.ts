// The symbol table: which block (scope) every name belongs to, as CPython 3.12.1 computes it.
// The code generator gets it from analyzeModule (src/compiler/analysis.ts), which runs the
// compiler's first stages in CPython's order: future features, AST optimizer, symbol table,
// and returns the optimized tree the table's keys belong to. By hand:
//
//   const future = futureFromAST(mod, filename);          // from __future__ import ...
//   const st = buildSymtable(mod, filename, future);       // throws PySyntaxError / PyRecursionError
//   const ste = lookup(st, functionDefNode);               // the block made for a node
//   getScope(ste, mangle(privateName, 'x'))                // LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0
//
// Blocks (SymtableEntry, CPython's PySTEntryObject, with its ste_* field names):
//   module 'top'; a class; a function or 'lambda'; a comprehension ('listcomp', 'setcomp',
//   'dictcomp', 'genexpr', each a FunctionBlock with ste_comprehension set and the implicit
//   parameter '.0'); PEP 695 scopes: a TypeParamBlock per generic function/class/alias
//   (holding the type parameters, '.type_params', '.generic_base', '.defaults',
//   '.kwdefaults'), a TypeVarBoundBlock per bound, a TypeAliasBlock per `type` statement;
//   with `from __future__ import annotations`, AnnotationBlocks that are in st_blocks only.
//
// Keys of st_blocks / lookup() (CPython keys by node address; here by node identity):
//   the mod node; FunctionDef/AsyncFunctionDef/ClassDef/TypeAlias statement; Lambda and the
//   four comprehension expressions; a TypeVar node with a bound; the `type_params` array of
//   a generic function, class or alias (its TypeParamBlock).
//
// After analysis, list/set/dict comprehensions are inlined (PEP 709): their entry stays in
// st_blocks with ste_comp_inlined set, their names are merged into the parent (with
// DEF_COMP_CELL where the parent must make a cell for them), and their children replace them
// in the parent's ste_children. Generator expressions stay separate blocks.
//
// Symbol values are CPython's: DEF_* flags in the low bits, the scope at SCOPE_OFFSET
// (symbolToScope/getScope). Names are stored mangled (`mangle`, CPython's _Py_Mangle).
//
// Errors: PySyntaxError with CPython's message and location (offsets are 1-based UTF-8 byte
// columns, as CPython's symtable reports them; text is null: CPython reads it back from
// the file, see programTextLine); PyRecursionError past CPython's compiler recursion limit.
// CPython: Python/symtable.c, Include/internal/pycore_symtable.h
import * as A from '../ast/nodes.gen.ts';
import { analyze } from './analyze.ts';
import { Builder } from './build.ts';
import type { FutureFeatures } from './future.ts';
import { BlockType, type SymTable } from './types.ts';

export * from './types.ts';
export { PyRecursionError, COMPILER_RECURSION_LIMIT } from './build.ts';
export { mangle } from './mangle.ts';
export * from './future.ts';
export { programTextLine, withProgramText } from './errors.ts';

export interface BuildOptions {
  /**
   * The compiler's recursion depth when the build starts, already scaled (CPython: twice the
   * C recursion depth; 0 when a script is compiled at startup, 4 under symtable.symtable()).
   */
  readonly startingRecursionDepth?: number;
}

/**
 * Builds the symbol table of a module (exec), expression (eval) or interactive statement.
 * CPython: _PySymtable_Build
 */
export function buildSymtable(mod: A.mod, filename: string, future: FutureFeatures, options: BuildOptions = {}): SymTable {
  const start = options.startingRecursionDepth ?? 0;
  const st = new Builder(filename, future, start);
  st.enterBlock('top', BlockType.ModuleBlock, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  st.st_top = st.cur;
  switch (mod._k) {
    case A.K.Module:
    case A.K.Interactive:
      st.visitStmts(mod.body);
      break;
    case A.K.Expression:
      st.visitExpr(mod.body);
      break;
    case A.K.FunctionType:
      throw new Error('RuntimeError: this compiler does not handle FunctionTypes');
  }
  st.exitBlock();
  if (st.recursion_depth !== start) throw new Error(`SystemError: symtable analysis recursion depth mismatch (before=${start}, after=${st.recursion_depth})`);
  analyze(st.st_top);
  return st;
}
