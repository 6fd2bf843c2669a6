// The bytecode compiler's entry point: AST -> code object, as CPython 3.12.1's compile() does
// after parsing: future features, AST optimizer, symbol table, code generation, CFG
// optimization and assembly.
// CPython: Python/compile.c _PyAST_Compile, compiler_setup, compiler_mod, compiler_codegen
import * as A from '../ast/nodes.gen.ts';
import { Op } from '../bytecode/opcodes.ts';
import { parse } from '../parser/index.ts';
import { buildSymtable, futureFromAST } from '../symtable/symtable.ts';
import type { CodeDescriptor } from './code.ts';
import { visitExpr } from './codegen_expr.ts';
import { findAnn, visitBody, visitStmts } from './codegen_stmt.ts';
import { Compiler, location, ScopeType } from './compiler.ts';
import { optimizeAST } from './optimizer.ts';

export { CodeDescriptor } from './code.ts';
export { PyCF_ALLOW_TOP_LEVEL_AWAIT } from './compiler.ts';

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileOptions {
  /** -O level: 1 drops assert statements, 2 also docstrings. Default 0. */
  optimize?: number;
  /** compile()'s flags: PyCF_* and CO_FUTURE_* bits. */
  flags?: number;
  /**
   * Receives each SyntaxWarning the compiler issues (message, line). Returning 'error' makes
   * it a SyntaxError at the warning's location, as the "error" warnings filter does.
   */
  onWarning?: (msg: string, lineno: number) => 'error' | void;
}

/**
 * Compiles a module (exec), an interactive statement (single) or an expression (eval) to its
 * code object. Throws PySyntaxError for the compiler's own errors (text null: the caller
 * attaches the source line, see withProgramText in src/symtable/errors.ts).
 */
export function compile(mod: A.mod, filename: string, mode: CompileMode, opts: CompileOptions = {}): CodeDescriptor {
  const optimize = opts.optimize ?? 0;
  const future = futureFromAST(mod, filename);
  const flags = opts.flags ?? 0;
  future.ff_features |= flags;
  mod = optimizeAST(mod, { optimize, ff_features: future.ff_features });
  const st = buildSymtable(mod, filename, future);
  const c = new Compiler(filename, st, future, { optimize, flags: 0, onWarning: opts.onWarning });
  return compilerMod(c, mod, mode);
}

// CPython: compiler_mod, compiler_codegen
function compilerMod(c: Compiler, mod: A.mod, mode: CompileMode): CodeDescriptor {
  c.enterScope('<module>', ScopeType.MODULE, mod, 1);
  const loc = location(1, 1, 0, 0);
  switch (mod._k) {
    case A.K.Module:
      visitBody(c, loc, mod.body);
      break;
    case A.K.Interactive:
      if (findAnn(mod.body)) c.addop(loc, Op.SETUP_ANNOTATIONS);
      c.interactive = true;
      visitStmts(c, mod.body);
      break;
    case A.K.Expression:
      visitExpr(c, mod.body);
      break;
    case A.K.FunctionType:
      throw new Error(`SystemError: module kind ${mode} should not be possible`);
  }
  const co = c.optimizeAndAssemble(mod._k !== A.K.Expression);
  c.exitScope();
  return co;
}

/**
 * Parses and compiles source text or bytes, as the builtin compile() does with a string (the
 * parser's SyntaxWarnings go to the same onWarning). Throws PySyntaxError.
 */
export function compileSource(source: string | Uint8Array, filename: string, mode: CompileMode, opts: CompileOptions = {}): CodeDescriptor {
  const onWarning = opts.onWarning === undefined ? undefined : (msg: string, lineno: number) => void opts.onWarning!(msg, lineno);
  const mod = parse(source, { filename, mode, onWarning });
  return compile(mod, filename, mode, opts);
}
