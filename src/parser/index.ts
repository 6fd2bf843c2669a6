// Front door of the parser: source (bytes or text) to the AST CPython 3.12 builds.
// CPython: Parser/peg_api.c, Parser/pegen.c _PyPegen_run_parser, Parser/pegen_errors.c.
import type * as A from '../ast/nodes.gen.ts';
import { PySyntaxError, TokenizerError } from '../tokenizer/errors.ts';
import { decodeSourceWithInfo, Tokenizer } from '../tokenizer/tokenizer.ts';
import { T, type Token } from '../tokenizer/token.ts';
import { GeneratedParser, KEYWORDS } from './parser.gen.ts';
import { ParserStackOverflow, type StartRule } from './pegen.ts';

export { ParserStackOverflow } from './pegen.ts';

export type Mode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  filename: string;
  mode: Mode;
  /** Parse `# type:` comments into TYPE_COMMENT tokens (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  /** The source is a file being run (its error lines are read back from it, as CPython does). */
  fromFile?: boolean;
  /** Receives each SyntaxWarning (invalid escape sequences, invalid decimal literals) when it is met. */
  /** Returning 'error' makes the warning a SyntaxError at its token (the "error" warnings filter). */
  onWarning?: (msg: string, lineno: number) => 'error' | void;
  /**
   * Mode 'single' only: the lines typed at the interactive prompt (CPython's tokenizer with a
   * prompt). 'more': reading past them throws NeedMoreInput, as the prompt would ask for
   * another line; 'eof': input ended there.
   */
  interactive?: 'more' | 'eof';
  /** sys.get_int_max_str_digits(): decimal int literals longer than this are a SyntaxError (0: no limit). */
  intMaxStrDigits?: number;
}

const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match', 'type']);

/** Parses a module, expression, interactive statement or function type. Throws PySyntaxError. */
export function parse(source: string | Uint8Array, opts: ParseOptions): A.mod {
  // str input is UTF-8 to CPython; bytes carry their own encoding (cookie, BOM, or none), and
  // without one CPython leaves error columns in bytes.
  const decoded = typeof source === 'string' ? { text: source, encoding: 'utf-8', bom: false } : decodeSourceWithInfo(source, opts.filename, opts.fromFile === true);
  const startRule: StartRule = opts.mode === 'exec' ? 'file' : opts.mode === 'eval' ? 'eval' : opts.mode;
  const tok = new Tokenizer(decoded.text, {
    filename: opts.filename,
    typeComments: opts.typeComments ?? false,
    fromString: opts.fromFile !== true,
    execInput: startRule === 'file',
    interactive: opts.interactive !== undefined,
    moreInput: opts.interactive === 'more',
    encoding: decoded.encoding,
    bom: decoded.bom,
    onWarning: opts.onWarning,
  });
  const p = new GeneratedParser(tok, {
    filename: opts.filename,
    startRule,
    typeComments: opts.typeComments ?? false,
    keywords: KEYWORDS,
    softKeywords: SOFT_KEYWORDS,
    onWarning: opts.onWarning,
    intMaxStrDigits: opts.intMaxStrDigits,
  });
  let res: A.mod | null;
  try {
    res = runParser(p, startRule);
  } catch (err) {
    if (err instanceof RangeError && /call stack/i.test(err.message)) throw new ParserStackOverflow(true);
    throw err;
  }
  return res;
}

function startRuleFn(p: GeneratedParser, rule: StartRule): A.mod | null {
  switch (rule) {
    case 'file': return p.r_file();
    case 'eval': return p.r_eval();
    case 'single': return p.r_interactive();
    case 'func_type': return p.r_func_type();
  }
}

// CPython: _PyPegen_run_parser
function runParser(p: GeneratedParser, rule: StartRule): A.mod {
  let firstError: unknown = null;
  let res: A.mod | null = null;
  try {
    res = startRuleFn(p, rule);
  } catch (err) {
    if (!(err instanceof PySyntaxError)) throw err;
    firstError = err;
  }
  if (res !== null) {
    if (rule === 'single' && badSingleStatement(p)) {
      p.raiseSyntaxError('multiple statements found while compiling a single statement');
    }
    return res;
  }
  // A failed first pass: parse again with the invalid_* rules on, for a targeted message.
  const lastToken = p.tokens[p.tokens.length - 1]!;
  let error = firstError;
  if (error === null) {
    p.resetForSecondPass();
    try {
      startRuleFn(p, rule);
    } catch (err) {
      if (!(err instanceof PySyntaxError)) throw err;
      error = err;
    }
  }
  throw setSyntaxError(p, lastToken, error as PySyntaxError | null);
}

// CPython: _PyPegen_set_syntax_error
function setSyntaxError(p: GeneratedParser, lastToken: Token, existing: PySyntaxError | null): PySyntaxError {
  if (existing !== null) {
    // A parser error gives way to a tokenizer error further on; a tokenizer error stands.
    if (existing instanceof TokenizerError) return existing;
    return tokenizeFullSourceForErrors(p, existing);
  }
  if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
    try {
      p.raiseIndentationError(lastToken.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent');
    } catch (err) {
      return err as PySyntaxError;
    }
  }
  let generic: PySyntaxError;
  try {
    p.raiseSyntaxErrorKnownLocation(lastToken, 'invalid syntax');
  } catch (err) {
    generic = err as PySyntaxError;
  }
  return tokenizeFullSourceForErrors(p, generic!);
}

// CPython: _PyPegen_tokenize_full_source_to_check_for_errors
function tokenizeFullSourceForErrors(p: GeneratedParser, current: PySyntaxError): PySyntaxError {
  // Input typed at the prompt is not read further for errors.
  if (p.tok.interactive) return current;
  const errLine = p.tokens[p.tokens.length - 1]!.lineno;
  for (;;) {
    let t: Token;
    try {
      t = p.tok.next();
    } catch (err) {
      if (!(err instanceof TokenizerError)) throw err;
      if (err.code === 'E_ERROR' || err.code === 'E_EOFS' || err.code === 'E_EOLS' || err.code === 'E_DECODE') {
        // An error the tokenizer raised itself wins, except over an f-string expression's error.
        return p.tok.inFString ? current : err;
      }
      // An error token without an exception: unclosed brackets win only over errors reported
      // after the bracket's line, and not inside an f-string (whose expression's error stands).
      const open = p.tok.parenStack[p.tok.parenStack.length - 1];
      if (open !== undefined && errLine > open.lineno && !p.tok.inFString) {
        try {
          p.raiseErrorKnownLocation('SyntaxError', open.lineno, open.col_offset, open.lineno, -1, `'${open.ch}' was never closed`);
        } catch (unclosed) {
          return unclosed as PySyntaxError;
        }
      }
      return current;
    }
    if (t.type === T.ENDMARKER) return current;
  }
}

// CPython: bad_single_statement
// What follows the statement may only be blank lines and comments.
function badSingleStatement(p: GeneratedParser): boolean {
  const src = p.tok.source;
  let i = p.tok.cursor;
  for (;;) {
    while (i < src.length && ' \t\n\f'.includes(src[i]!)) i++;
    if (i >= src.length || src[i] === '\0') return false;
    if (src[i] !== '#') return true;
    while (i < src.length && src[i] !== '\n') i++;
  }
}
