// The bytecode compiler's entry point: AST -> code object, as CPython 3.12.1's compile() does
// after parsing: future features, AST optimizer, symbol table, code generation, CFG
// optimization and assembly.
//
//   compiler.ts        units (one per code object), scopes, name resolution, frame blocks, errors
//   codegen_stmt.ts    statements; codegen_try.ts try/with; codegen_pattern.ts match
//   codegen_expr.ts    expressions; codegen_func.ts def/class/lambda/type params; codegen_comp.ts
//                      comprehensions (PEP 709 inlining); unparse.ts annotations as text
//   instr_sequence.ts  the code generator's output (pseudo-instructions and labels)
//   flowgraph.ts       the CFG, exception-handler labelling, line numbers, stack depth, jumps
//   flowgraph_opt.ts   the CFG optimizations; consts.ts constant tables and the constant cache
//   assemble.ts        code units, co_linetable, co_exceptiontable; code.ts the code object
//
// The output is byte-identical to the reference's (tests/unit/compiler-golden.test.ts).
// CPython: Python/compile.c _PyAST_Compile, compiler_setup, compiler_mod, compiler_codegen
import * as A from '../ast/nodes.gen.ts';
import { Op } from '../bytecode/opcodes.ts';
import { parse } from '../parser/index.ts';
import { buildSymtable, futureFromAST } from '../symtable/symtable.ts';
import type { CodeDescriptor } from './code.ts';
import { collectParserConstants } from './parser_consts.ts';
import { setParserConstants } from './code.ts';
import { visitExpr } from './codegen_expr.ts';
import { findAnn, visitBody, visitStmts } from './codegen_stmt.ts';
import { Compiler, location, ScopeType } from './compiler.ts';
import { optimizeAST } from './optimizer.ts';

export { CodeDescriptor } from './code.ts';
export { PyCF_ALLOW_TOP_LEVEL_AWAIT } from './compiler.ts';

export type CompileMode = 'exec' | 'eval' | 'single';

export type WarningCategory = 'SyntaxWarning' | 'DeprecationWarning';

export interface CompileOptions {
  /** -O level: 1 drops assert statements, 2 also docstrings. Default 0. */
  optimize?: number;
  /** compile()'s flags: PyCF_* and CO_FUTURE_* bits. */
  flags?: number;
  /**
   * Receives each warning compiling issues. SyntaxWarnings (the code generator's, and the
   * parser's in compileSource) are located in the source; returning 'error' makes one a
   * SyntaxError there, as the "error" warnings filter does. A DeprecationWarning of the AST
   * optimizer (`~` on a bool constant) comes with lineno 0: CPython attributes it to the code
   * that called compile(); returning 'error' then leaves the expression unfolded, silently.
   */
  onWarning?: (msg: string, lineno: number, category: WarningCategory) => 'error' | void;
  /** compileSource: the parser's limit on decimal int literals (sys.get_int_max_str_digits()). */
  intMaxStrDigits?: number;
  /** Records the parser's references to the constants (parserConstantsOf), for code run while its arena lives. */
  parserArena?: boolean;
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
  const onWarning = opts.onWarning;
  const optimizerWarning = onWarning === undefined ? undefined : (category: string, message: string) => onWarning(message, 0, category as WarningCategory) === 'error';
  mod = optimizeAST(mod, { optimize, ff_features: future.ff_features, onWarning: optimizerWarning });
  const st = buildSymtable(mod, filename, future);
  const c = new Compiler(filename, st, future, { optimize, flags: 0, onWarning: onWarning === undefined ? undefined : (msg, lineno) => onWarning(msg, lineno, 'SyntaxWarning') });
  const code = compilerMod(c, mod, mode);
  if (opts.parserArena === true) setParserConstants(code, collectParserConstants(mod));
  return code;
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
  const onWarning = opts.onWarning === undefined ? undefined : (msg: string, lineno: number) => opts.onWarning!(msg, lineno, 'SyntaxWarning');
  const mod = parse(source, { filename, mode, onWarning, intMaxStrDigits: opts.intMaxStrDigits });
  return compile(mod, filename, mode, opts);
}
