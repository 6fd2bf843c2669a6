// What the compiler does to a parsed module before generating code, in CPython's order:
// future features, then the symbol table. Errors come out as CPython's would from compile().
// CPython: Python/compile.c compiler_setup
import type * as A from '../ast/nodes.gen.ts';
import { buildSymtable, futureFromAST, type FutureFeatures, type SymTable } from '../symtable/symtable.ts';

export interface AnalyzedModule {
  readonly mod: A.mod;
  readonly future: FutureFeatures;
  readonly symtable: SymTable;
}

export interface AnalysisOptions {
  /** Extra CO_FUTURE_* flags from the caller (compile()'s flags argument). */
  readonly flags?: number;
  /** The compiler's starting recursion depth (see BuildOptions.startingRecursionDepth). */
  readonly startingRecursionDepth?: number;
}

/** Throws PySyntaxError (text null: see withProgramText) or PyRecursionError. CPython: compiler_setup */
export function analyzeModule(mod: A.mod, filename: string, opts: AnalysisOptions = {}): AnalyzedModule {
  const future = futureFromAST(mod, filename);
  future.ff_features |= opts.flags ?? 0;
  const symtable = buildSymtable(mod, filename, future, { startingRecursionDepth: opts.startingRecursionDepth ?? 0 });
  return { mod, future, symtable };
}
