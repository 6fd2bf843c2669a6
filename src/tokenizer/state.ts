// Tokenizer state and the low-level reading primitives (CPython: struct tok_state, tok_nextc, tok_backup).
import { T, type Token } from './token.ts';
import { NeedMoreInput, PySyntaxError, TokenizerError, type DoneCode } from './errors.ts';
import { EOF, utf8Units } from './chars.ts';

/** CPython's tok->done codes that matter to the parser (errcode.h). */
export const enum Done {
  OK = 10,
  EOF = 11,
  ERROR = 17,
  TABSPACE = 18,
  TOODEEP = 20,
  DEDENT = 21,
  EOFS = 23,
  EOLS = 24,
  LINECONT = 25,
}

/** CPython's CURRENT_POS marker for error locations: "where the tokenizer is now". */
export const CURRENT_POS = -5;
export const MAXINDENT = 100;
export const MAXLEVEL = 200;
export const MAXFSTRINGLEVEL = 150;
export const MAX_EXPR_NESTING = 3;

export const enum ModeKind {
  REGULAR = 0,
  FSTRING = 1,
}

/** CPython: tokenizer_mode. Positions are indexes into the source text. */
export interface Mode {
  kind: ModeKind;
  curlyDepth: number;
  exprStartDepth: number;
  quote: number;
  quoteSize: number;
  raw: boolean;
  /** Index of the f-string's first character (its prefix), its line start and line number. */
  start: number;
  multiLineStart: number;
  lineStart: number;
  /** Index just after the '{' of the current replacement field, or -1 (CPython: last_expr_buffer). */
  exprStart: number;
  /** Index of the '!', ':' or '}' ending that expression, or -1 (CPython: last_expr_end). */
  exprEnd: number;
  debug: boolean;
}

export interface ParenEntry {
  ch: string;
  lineno: number;
  col_offset: number;
}

export interface StateOptions {
  filename: string;
  typeComments: boolean;
  /** CPython: tok->prompt != NULL (interactive input): blank lines are not skipped the same way. */
  interactive: boolean;
  /** The source is what was typed so far: reading past its end throws NeedMoreInput. */
  moreInput: boolean;
  fromString: boolean;
  /** CPython's tok->encoding: null makes the parser report byte offsets (files without cookie or BOM). */
  encoding: string | null;
  bom: boolean;
  /** The final newline was supplied (exec input): the file itself lacks it. */
  addedNewline: boolean;
  onWarning: ((msg: string, lineno: number) => 'error' | void) | undefined;
  /** The tokenize module's mode (CPython: tok_extra_tokens): COMMENT and NL tokens, INDENT/DEDENT with their text. */
  extraTokens: boolean;
}

function newMode(kind: ModeKind): Mode {
  return {
    kind, curlyDepth: 0, exprStartDepth: kind === ModeKind.REGULAR ? 0 : -1, quote: 0, quoteSize: 0, raw: false,
    start: 0, multiLineStart: 0, lineStart: 0, exprStart: -1, exprEnd: -1, debug: false,
  };
}

export class TokState {
  readonly src: string;
  readonly n: number;
  readonly opts: StateOptions;

  /** Next character (tok->cur), end of the loaded line (tok->inp), start of that line, start of the buffer (tok->buf). */
  cur = 0;
  inp = 0;
  lineStart = 0;
  bufStart = 0;
  lineno = 0;
  /** Whether the current line is all ASCII, so that byte columns equal character indexes. */
  lineAscii = true;
  /** Cache of byteCol on a non-ASCII current line: line start, index and its byte offset. */
  private bcLine = -1;
  private bcIdx = 0;
  private bcByte = 0;
  done = Done.OK;

  /** tok->start (-1 for NULL) and the start of the line it lies on. */
  start = -1;
  startLineStart = 0;
  firstLineno = 0;
  multiLineStart = 0;

  atbol = true;
  pendin = 0;
  indent = 0;
  readonly indstack: number[] = [0];
  readonly altindstack: number[] = [0];
  level = 0;
  readonly parens: ParenEntry[] = [];

  readonly modes: Mode[] = [newMode(ModeKind.REGULAR)];
  modeIdx = 0;
  /** Extra-tokens mode: the NEWLINE ending a line that holds only a comment is an NL (CPython: tok->comment_newline). */
  commentNewline = false;
  /** The text range (p_start, p_end) of the last token made; -1 when it has none. */
  lastPStart = -1;
  lastPEnd = -1;
  /** Debug-expression text attached to the token being produced (CPython: token->metadata). */
  metadata: string | undefined = undefined;

  constructor(src: string, opts: StateOptions) {
    this.src = src;
    this.n = src.length;
    this.opts = opts;
  }

  /** CPython: tok_nextc. Lines are loaded lazily, so errors on a line surface when it is first read. */
  nextc(): number {
    if (this.cur !== this.inp) return this.src.charCodeAt(this.cur++);
    if (this.done !== Done.OK) return EOF;
    if (!this.underflow()) return EOF;
    return this.src.charCodeAt(this.cur++);
  }

  /** CPython: tok_backup. */
  backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** CPython: tok_underflow_string. */
  private underflow(): boolean {
    const from = this.inp;
    if (from >= this.n) {
      // At the prompt, the next line is read when needed (CPython: tok_underflow_interactive).
      if (this.opts.moreInput) throw new NeedMoreInput();
      this.done = Done.EOF;
      return false;
    }
    const nl = this.src.indexOf('\n', from);
    const end = nl < 0 ? this.n : nl + 1;
    // The file tokenizer keeps the buffer of a whole f-string (CPython: tok_underflow_file).
    if (this.start < 0 && (this.opts.fromString || this.modeIdx === 0)) this.bufStart = this.cur;
    this.lineStart = this.cur;
    this.lineno++;
    this.inp = end;
    let ascii = true;
    const src = this.src;
    for (let i = from; i < end; i++) {
      const c = src.charCodeAt(i);
      if (c >= 128) ascii = false;
      else if (c === 0) this.nullByteError();
    }
    this.lineAscii = ascii;
    return true;
  }

  private nullByteError(): never {
    const nul = this.src.indexOf('\0', this.lineStart);
    const text = this.src.slice(this.lineStart, nul);
    this.done = Done.ERROR;
    throw new TokenizerError('SyntaxError', 'source code cannot contain null bytes', this.opts.filename,
      this.lineno, 0, text, this.lineno, 0, 'E_ERROR');
  }

  get mode(): Mode {
    return this.modes[this.modeIdx]!;
  }

  insideFString(): boolean {
    return this.modeIdx > 0;
  }

  pushMode(): Mode {
    this.modeIdx++;
    let m = this.modes[this.modeIdx];
    if (m === undefined) {
      m = newMode(ModeKind.FSTRING);
      this.modes.push(m);
    }
    return m;
  }

  /** Sets tok->start to `idx` on the current line. */
  setStart(idx: number): void {
    this.start = idx;
    this.startLineStart = this.lineStart;
  }

  /** UTF-8 byte offset of index `idx` from line start `ls`. */
  byteCol(ls: number, idx: number): number {
    let from = ls;
    let b = 0;
    if (ls === this.lineStart) {
      if (this.lineAscii) return idx - ls;
      // Tokens come in order: go on from the last position asked for on this line.
      if (this.bcLine === ls && this.bcIdx <= idx) {
        from = this.bcIdx;
        b = this.bcByte;
      }
    }
    const src = this.src;
    for (let i = from; i < idx; i++) b += utf8Units(src.charCodeAt(i));
    if (ls === this.lineStart) {
      this.bcLine = ls;
      this.bcIdx = idx;
      this.bcByte = b;
    }
    return b;
  }

  /** CPython: token_setup. Columns come from tok->start and tok->cur; the text from pStart..pEnd. */
  makeToken(type: T, pStart: number, pEnd: number): Token {
    this.lastPStart = pStart;
    this.lastPEnd = pEnd;
    const strLit = type === T.STRING || type === T.FSTRING_MIDDLE;
    const tok: Token = {
      type,
      string: pStart < 0 ? '' : this.src.slice(pStart, pEnd),
      lineno: strLit ? this.firstLineno : this.lineno,
      col_offset: pStart < 0 ? -1 : this.byteCol(this.startLineStart, this.start),
      end_lineno: this.lineno,
      end_col_offset: pStart < 0 ? -1 : this.byteCol(this.lineStart, this.cur),
      metadata: this.metadata,
    };
    return tok;
  }

  /** CPython: type_comment_token_setup (explicit byte columns). */
  makeTypeCommentToken(type: T, pStart: number, pEnd: number, col: number, endCol: number): Token {
    return {
      type, string: this.src.slice(pStart, pEnd), lineno: this.lineno, col_offset: col,
      end_lineno: this.lineno, end_col_offset: endCol, metadata: undefined,
    };
  }

  /** A warning the filters make an error is a SyntaxError at the current position. CPython: parser_warn */
  warn(msg: string): void {
    if (this.opts.onWarning?.(msg, this.lineno) === 'error') this.syntaxError(msg);
  }

  /** Text of the line starting at `ls`, without its newline (CPython cuts the error text at '\n'). */
  lineTextFrom(ls: number): string {
    const nl = this.src.indexOf('\n', ls);
    return this.src.slice(ls, nl < 0 ? this.n : nl);
  }

  /**
   * CPython: _syntaxerror_range. The offset is the number of characters from the line start to
   * tok->cur unless an explicit (byte) range is given, as CPython passes those unconverted.
   */
  syntaxError(msg: string, colStart = -1, colEnd = -1, done: Done.ERROR | Done.EOFS | Done.EOLS = Done.ERROR): never {
    let col = colStart;
    if (col === -1) col = codePointCount(this.src, this.lineStart, this.cur);
    const end = colEnd === -1 ? col : colEnd;
    this.done = done;
    throw new TokenizerError('SyntaxError', msg, this.opts.filename, this.lineno, col,
      this.lineTextFrom(this.lineStart), this.lineno, end, done === Done.EOFS ? 'E_EOFS' : done === Done.EOLS ? 'E_EOLS' : 'E_ERROR');
  }

  /**
   * The error the parser raises when it receives an ERRORTOKEN without an exception set
   * (CPython: _Pypegen_tokenizer_error). The ERRORTOKEN itself, with col_offset -1, is the
   * parser's last token, which fixes the location of the errors raised through _PyPegen_raise_error.
   */
  doneError(done: Done): never {
    this.done = done;
    const lineno = this.lineno;
    switch (done) {
      case Done.EOF:
        if (this.level > 0) return this.unclosedParenError();
        return this.raiseAtErrorToken('SyntaxError', 'unexpected EOF while parsing', 'E_EOF');
      case Done.DEDENT:
        return this.raiseAtErrorToken('IndentationError', 'unindent does not match any outer indentation level', 'E_DEDENT');
      case Done.TABSPACE:
        return this.raiseKnownLocation('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 1, lineno, 0, 'E_TABSPACE');
      case Done.TOODEEP:
        return this.raiseKnownLocation('IndentationError', 'too many levels of indentation', lineno, 1, lineno, 0, 'E_TOODEEP');
      case Done.LINECONT: {
        const col = this.byteCol(this.bufStart, this.cur) - 1;
        return this.raiseKnownLocation('SyntaxError', 'unexpected character after line continuation character',
          lineno, (col >= 0 ? col : 0) + 1, lineno, 0, 'E_LINECONT');
      }
      default:
        throw new Error(`tokenizer: unexpected done code ${done}`);
    }
  }

  /** CPython: raise_unclosed_parentheses_error. */
  unclosedParenError(): never {
    const p = this.parens[this.level - 1]!;
    this.raiseKnownLocation('SyntaxError', `'${p.ch}' was never closed`, p.lineno, p.col_offset + 1, p.lineno, 0, 'E_EOF');
  }

  /** Where the tokenizer is: tok->cur - tok->line_start in bytes, 0 while tok->cur == tok->buf. */
  currentCol(): number {
    // Reading a file, the tokenizer empties its buffer before each read, so at EOF tok->cur == tok->buf.
    if (!this.opts.fromString && this.done === Done.EOF) return 0;
    return this.cur === this.bufStart ? 0 : this.byteCol(this.lineStart, this.cur);
  }

  /**
   * A parser-raised SyntaxError (CPython: _PyPegen_raise_error_known_location). Columns are 1-based
   * byte offsets; CURRENT_POS (-5) for the end means where the tokenizer is now.
   */
  parserError(kind: 'SyntaxError' | 'IndentationError', msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    if (endLineno === CURRENT_POS) endLineno = this.lineno;
    if (endCol === CURRENT_POS) endCol = this.byteCol(this.lineStart, this.cur);
    const [text, colNumber, endColNumber] = this.locate(lineno, col, endCol);
    return new PySyntaxError(kind, msg, this.opts.filename, lineno, colNumber, text, endLineno, endColNumber);
  }

  /**
   * The error's text line and its columns as CPython reports them: 1-based byte offsets become
   * characters of that line, unless the source had no declared encoding.
   */
  private locate(lineno: number, col: number, endCol: number): [string, number, number] {
    // The line is decoded with errors='replace': undecodable bytes (kept as lone surrogates) show as U+FFFD.
    const text = this.errorLine(lineno).replace(/(?<![\ud800-\udbff])[\udc80-\udcff]/g, '\ufffd');
    if (this.opts.encoding === null) return [text, col, endCol];
    return [text, byteOffsetToCharOffset(text, col), endCol > 0 ? byteOffsetToCharOffset(text, endCol) : endCol];
  }

  /** CPython: _PyPegen_raise_error for a last token whose col_offset is -1. */
  private raiseAtErrorToken(kind: 'SyntaxError' | 'IndentationError', msg: string, code: DoneCode): never {
    const col = this.cur === this.bufStart ? 0 : this.byteCol(this.lineStart, this.cur);
    this.raiseKnownLocation(kind, msg, this.lineno, col, this.lineno, -1, code);
  }

  /** CPython: _PyPegen_raise_error_known_location (columns are 1-based bytes until converted). */
  private raiseKnownLocation(kind: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, lineno: number,
    col: number, endLineno: number, endCol: number, code: DoneCode): never {
    const [text, colNumber, endColNumber] = this.locate(lineno, col, endCol);
    throw new TokenizerError(kind, msg, this.opts.filename, lineno, colNumber, text, endLineno, endColNumber, code);
  }

  /** The source line the parser shows for an error on `lineno` (see _PyPegen_raise_error_known_location). */
  errorLine(lineno: number): string {
    if (!this.opts.fromString) {
      const t = this.fileLine(lineno);
      if (t !== null) return t;
    }
    if (this.lineno <= lineno && this.inp > this.bufStart) return this.src.slice(this.bufStart, this.inp);
    if (!this.opts.fromString) return '';
    // get_error_line_from_tokenizer_buffers: the line from the whole source, without its newline.
    let ls = 0;
    for (let i = 1; i < lineno; i++) {
      const nl = this.src.indexOf('\n', ls);
      if (nl < 0 || nl + 1 > this.inp) break;
      ls = nl + 1;
    }
    return this.lineTextFrom(ls);
  }

  /** Line `lineno` as read back from the file (with its newline; the BOM shows on line 1). */
  fileLine(lineno: number): string | null {
    let ls = 0;
    for (let i = 1; i < lineno; i++) {
      const nl = this.src.indexOf('\n', ls);
      if (nl < 0 || nl + 1 >= this.n) return null;
      ls = nl + 1;
    }
    if (ls >= this.n) return null;
    const nl = this.src.indexOf('\n', ls);
    const end = nl < 0 ? this.n : nl + 1;
    const line = this.src.slice(ls, end === this.n && this.opts.addedNewline ? end - 1 : end);
    return lineno === 1 && this.opts.bom ? '\ufeff' + line : line;
  }
}

/** Number of code points in src[from, to). */
export function codePointCount(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * CPython: _PyPegen_byte_offset_to_character_offset. Characters in the first `byteOffset` bytes
 * of the UTF-8 form of `text` (a cut character counts as one, as 'replace' decoding makes it;
 * one past the end counts the terminating NUL).
 */
export function byteOffsetToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byteOffset) return chars;
    const c = text.charCodeAt(i);
    // A surrogate pair is one character of 4 bytes; a lone low surrogate (an undecodable
    // byte) decodes to one U+FFFD.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    bytes += c >= 0xd800 && c <= 0xdbff ? 4 : utf8Units(c);
    chars++;
  }
  if (byteOffset > bytes) chars++;
  return chars;
}
