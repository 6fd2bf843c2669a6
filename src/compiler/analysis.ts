// What the compiler does to a parsed module before generating code, in CPython's order:
// future features, the AST optimizer, then the symbol table of the optimized tree. Errors
// come out as CPython's would from compile().
// CPython: Python/compile.c compiler_setup
import type * as A from '../ast/nodes.gen.ts';
import { buildSymtable, futureFromAST, type FutureFeatures, type SymTable } from '../symtable/symtable.ts';
import { optimizeAST } from './optimizer.ts';

export interface AnalyzedModule {
  /** The optimized tree: the one the symbol table's keys belong to. */
  readonly mod: A.mod;
  readonly future: FutureFeatures;
  readonly symtable: SymTable;
}

export interface AnalysisOptions {
  /** Extra CO_FUTURE_* flags from the caller (compile()'s flags argument). */
  readonly flags?: number;
  /** The -O level (sys.flags.optimize). */
  readonly optimize?: number;
  /** Warnings the optimizer raises (DeprecationWarning for ~ on a bool); see OptimizeOptions.onWarning. */
  readonly onWarning?: (category: string, message: string, node: A.expr) => boolean;
  /** The compiler's starting recursion depth (see BuildOptions.startingRecursionDepth). */
  readonly startingRecursionDepth?: number;
}

/** Throws PySyntaxError (text null: see withProgramText) or PyRecursionError. CPython: compiler_setup */
export function analyzeModule(mod: A.mod, filename: string, opts: AnalysisOptions = {}): AnalyzedModule {
  const future = futureFromAST(mod, filename);
  future.ff_features |= opts.flags ?? 0;
  const depth = opts.startingRecursionDepth ?? 0;
  const optimized = optimizeAST(mod, { optimize: opts.optimize ?? 0, ff_features: future.ff_features, startingRecursionDepth: depth, onWarning: opts.onWarning });
  const symtable = buildSymtable(optimized, filename, future, { startingRecursionDepth: depth });
  return { mod: optimized, future, symtable };
}
