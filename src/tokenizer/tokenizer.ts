// Public face of the tokenizer: CPython 3.12.1's C tokenizer in parser mode (Parser/tokenizer.c).
//
// Options for CPython's entry points:
//   compile(str, ..., 'exec')            defaults (fromString, utf-8)
//   compile(str, ..., 'eval'/'single')   execInput: false
//   compile(bytes)                       text and encoding from decodeSourceWithInfo(bytes, name, false)
//   python file.py                       decodeSourceWithInfo(bytes, name): fromString: false, encoding, bom
//   the interactive prompt               interactive: true
import { T, type Token } from './token.ts';
import { PySyntaxError, TokenizerError } from './errors.ts';
import { byteOffsetToCharOffset, Done, TokState, type ParenEntry } from './state.ts';
import { getToken } from './lexer.ts';

export { decodeSource, decodeSourceWithInfo, type DecodedSource } from './decode.ts';
export { byteOffsetToCharOffset } from './state.ts';
export { NeedMoreInput, TokenizerError, type DoneCode } from './errors.ts';

export interface TokenizerOptions {
  filename: string;
  typeComments?: boolean;
  /** true when the source came from a string, false from a file; affects only what CPython's tokenizer does differently */
  fromString?: boolean;
  /**
   * CPython's exec_input: a missing final newline is supplied (file input). The parser's
   * 'eval' and 'single' modes tokenize strings without it. Default true.
   */
  execInput?: boolean;
  /**
   * For file input: the encoding CPython settled on (decodeSourceWithInfo().encoding). When null
   * (no cookie, no BOM) CPython reports error columns of parser-raised errors in bytes.
   * Default: 'utf-8'.
   */
  encoding?: string | null;
  /** For file input: the file started with a UTF-8 BOM (CPython then shows it in line 1's error text). */
  bom?: boolean;
  /**
   * Input typed at an interactive prompt (CPython: tok->prompt set): an empty line yields a
   * NEWLINE (ending a compound statement), and so does a first line holding only a comment.
   */
  interactive?: boolean;
  /**
   * With interactive: the source holds the lines typed so far, and reading past them throws
   * NeedMoreInput (the caller reads another line and starts again).
   */
  moreInput?: boolean;
  /** The tokenize module's mode: COMMENT and NL tokens, INDENT/DEDENT with their text (CPython: tok_extra_tokens). */
  extraTokens?: boolean;
  /** Receives the SyntaxWarnings the tokenizer emits ("invalid decimal literal", "invalid escape sequence '\{'"). */
  onWarning?: (msg: string, lineno: number) => 'error' | void;
}

/** CPython's translate_newlines: \r\n and \r become \n. */
function normalizeNewlines(source: string): string {
  return source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
}

export class Tokenizer {
  private readonly s: TokState;
  private error: PySyntaxError | null = null;
  private endmarker: Token | null = null;
  private lineStarts: number[] | null = null;

  constructor(source: string, opts: TokenizerOptions) {
    const fromString = opts.fromString ?? true;
    let src = normalizeNewlines(source);
    // Exec input gets a final newline when it lacks one.
    const addedNewline = (opts.execInput ?? true) && src.length > 0 && src.charCodeAt(src.length - 1) !== 10;
    if (addedNewline) src += '\n';
    this.s = new TokState(src, {
      filename: opts.filename,
      typeComments: opts.typeComments ?? false,
      interactive: opts.interactive ?? false,
      moreInput: opts.moreInput ?? false,
      fromString,
      encoding: opts.encoding === undefined ? 'utf-8' : opts.encoding,
      bom: opts.bom ?? false,
      addedNewline,
      onWarning: opts.onWarning,
      extraTokens: opts.extraTokens ?? false,
    });
    // compile() and exec() refuse such strings before tokenizing (CPython: _Py_SourceAsString).
    if (fromString && source.includes('\0')) {
      this.error = new TokenizerError('SyntaxError', 'source code string cannot contain null bytes', opts.filename,
        0, 0, null, 0, 0, 'E_ERROR', false);
    }
  }

  /** Next token (CPython: _PyTokenizer_Get). Throws PySyntaxError; after ENDMARKER keeps returning it. */
  next(): Token {
    if (this.error !== null) throw this.error;
    if (this.endmarker !== null) return this.endmarker;
    this.s.metadata = undefined;
    try {
      const tok = getToken(this.s);
      if (tok.type === T.ENDMARKER) this.endmarker = tok;
      return tok;
    } catch (e) {
      if (e instanceof PySyntaxError) this.error = e;
      throw e;
    }
  }

  /**
   * After an ENDMARKER the parser took as the NEWLINE ending an interactive statement: the
   * blocks still open are closed by DEDENTs before the next ENDMARKER.
   * CPython: the implied dedent of _PyPegen_fill_token (tok->pendin = -tok->indent)
   */
  impliedDedent(): void {
    if (this.s.indent === 0) return;
    this.s.pendin = -this.s.indent;
    this.s.indent = 0;
    this.endmarker = null;
  }

  /** Whether this is input typed at the prompt (CPython: tok->prompt != NULL). */
  get interactive(): boolean {
    return this.s.opts.interactive;
  }

  get level(): number {
    return this.s.level;
  }

  get parenStack(): ReadonlyArray<ParenEntry> {
    return this.s.parens.slice(0, this.s.level);
  }

  /** True once the tokenizer has reached the end of input (CPython: tok->done == E_EOF). */
  get atEOF(): boolean {
    return this.s.done === Done.EOF;
  }

  /** Whether the tokenizer is inside an f-string (CPython: tok->tok_mode_stack_index > 0). */
  get inFString(): boolean {
    return this.s.modeIdx > 0;
  }

  /** Line number the tokenizer has read up to (CPython: tok->lineno). */
  get lineno(): number {
    return this.s.lineno;
  }

  /** The source as tokenized: newlines normalized to \n, final newline supplied for exec input. */
  get source(): string {
    return this.s.src;
  }

  /**
   * Where the last token lies in `source`: its text range (-1 when it has none), the start of the
   * current line and of the line a multi-line string began on, and the end of the loaded line
   * (CPython: token.start/end, tok->line_start, tok->multi_line_start, tok->inp).
   */
  lastTokenSpan(): { pStart: number; pEnd: number; lineStart: number; multiLineStart: number; inp: number; addedNewline: boolean } {
    const s = this.s;
    return { pStart: s.lastPStart, pEnd: s.lastPEnd, lineStart: s.lineStart, multiLineStart: s.multiLineStart, inp: s.inp, addedNewline: s.opts.addedNewline };
  }

  /** Index in `source` of the next character to read (CPython: tok->cur). */
  get cursor(): number {
    return this.s.cur;
  }

  /** tok->cur - tok->line_start in bytes (0 at the start of the buffer): where CPython puts errors at tokens without a column. */
  currentCol(): number {
    return this.s.currentCol();
  }

  /** A parser-raised SyntaxError located as CPython locates it (see TokState.parserError). */
  parserError(kind: 'SyntaxError' | 'IndentationError', msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    return this.s.parserError(kind, msg, lineno, col, endLineno, endCol);
  }

  /**
   * The text CPython's parser attaches to an error on line `lineno`, given how far the tokenizer
   * has read (CPython: the error_line of _PyPegen_raise_error_known_location): for a file, the
   * file's line; else the tokenizer's buffer when it is at that line (newline included, possibly
   * several lines for a multi-line token), or the source line without its newline.
   */
  errorLineText(lineno: number): string {
    return this.s.errorLine(lineno);
  }

  /** CPython's tok->encoding. When null, the parser reports error columns in bytes, unconverted. */
  get encoding(): string | null {
    return this.s.opts.encoding;
  }

  /** Text of source line `lineno` (1-based) including its newline if present; '' past the end. */
  lineText(lineno: number): string {
    const starts = this.getLineStarts();
    if (lineno < 1 || lineno > starts.length) return '';
    const src = this.s.src;
    const from = starts[lineno - 1]!;
    const nl = src.indexOf('\n', from);
    return src.slice(from, nl < 0 ? src.length : nl + 1);
  }

  /** 0-based UTF-8 byte column on line `lineno` to a 0-based character column (CPython: _PyPegen_byte_offset_to_character_offset). */
  byteToCharCol(lineno: number, byteCol: number): number {
    return byteOffsetToCharOffset(this.lineText(lineno), byteCol);
  }

  private getLineStarts(): number[] {
    if (this.lineStarts === null) {
      const src = this.s.src;
      const starts = [0];
      for (let i = src.indexOf('\n'); i >= 0 && i + 1 < src.length; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
      if (src.length === 0) starts.length = 0;
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}
