// `from __future__ import ...` at the top of a module: the features it turns on and the errors
// it raises ("not a chance", "future feature X is not defined"). The compiler runs this
// before the AST optimizer and the symbol table.
// CPython: Python/future.c (3.12.1), Include/cpython/code.h CO_FUTURE_*
import * as A from '../ast/nodes.gen.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';

// Code flags of the future features (what __future__.X.compiler_flag reports).
export const CO_NESTED = 0x0010;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** Where the last future statement is; -1 everywhere when there is none. CPython: _Py_SourceLocation */
export interface SourceLocation {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** CPython: _PyFutureFeatures */
export interface FutureFeatures {
  /** CO_FUTURE_* bits. Only the features that still change something set one (annotations, barry_as_FLUFL). */
  ff_features: number;
  ff_location: SourceLocation;
}

const NO_LOCATION: SourceLocation = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

/** No feature on (what a compile of a non-module, or of a module without future statements, gets). */
export function noFutureFeatures(): FutureFeatures {
  return { ff_features: 0, ff_location: NO_LOCATION };
}

// Features accepted without effect: they are mandatory (or gone) in 3.12.
const ACCEPTED = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop']);

/**
 * A SyntaxError located the way PyErr_SyntaxLocationObject locates one: the line and a
 * 1-based byte offset, end_lineno = lineno and no end offset. The text is left for the
 * caller, who can read the file (CPython: PyErr_ProgramTextObject).
 */
function futureError(msg: string, filename: string, s: A.ImportFrom): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, s.lineno, s.col_offset + 1, null, s.lineno, null, false);
}

// CPython: future_check_features
function checkFeatures(ff: FutureFeatures, s: A.ImportFrom, filename: string): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (ACCEPTED.has(feature)) continue;
    if (feature === 'barry_as_FLUFL') ff.ff_features |= CO_FUTURE_BARRY_AS_BDFL;
    else if (feature === 'annotations') ff.ff_features |= CO_FUTURE_ANNOTATIONS;
    else if (feature === 'braces') throw futureError('not a chance', filename, s);
    // CPython formats the name with %.100s: at most 100 bytes of its UTF-8.
    else throw futureError(`future feature ${truncateUtf8(feature, 100)} is not defined`, filename, s);
  }
}

/** The first `max` bytes of a string's UTF-8, as C's "%.Ns" cuts it (a cut character is dropped). */
function truncateUtf8(s: string, max: number): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= max) return s;
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, max)).replace(/\ufffd$/, '');
}

/** The docstring statement's presence. CPython: _PyAST_GetDocString */
export function hasDocString(body: readonly A.stmt[]): boolean {
  const first = body[0];
  if (first === undefined || first._k !== A.K.Expr) return false;
  const v = first.value;
  return v._k === A.K.Constant && typeof v.value === 'string';
}

/**
 * The future features of a module; throws PySyntaxError for an unknown feature. In 3.12.1 a
 * relative `from .__future__ import x` counts too (the level is not looked at).
 * CPython: _PyFuture_FromAST, future_parse
 */
export function futureFromAST(mod: A.mod, filename: string): FutureFeatures {
  const ff = noFutureFeatures();
  if (mod._k !== A.K.Module && mod._k !== A.K.Interactive) return ff;
  const body = mod.body;
  for (let i = hasDocString(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (s._k !== A.K.ImportFrom || s.module !== '__future__') break;
    checkFeatures(ff, s, filename);
    ff.ff_location = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
  }
  return ff;
}

/**
 * Whether an ImportFrom is a future statement after the leading ones, which the code
 * generator rejects with "from __future__ imports must occur at the beginning of the file"
 * (3.12 raises it while compiling the statement, located at the statement, not here).
 * CPython: compiler_from_import, location_is_after
 */
export function isLateFutureImport(s: A.ImportFrom, ff: FutureFeatures): boolean {
  if (s.module !== '__future__') return false;
  const loc = ff.ff_location;
  return s.lineno > loc.lineno || (s.lineno === loc.lineno && s.col_offset > loc.col_offset);
}
