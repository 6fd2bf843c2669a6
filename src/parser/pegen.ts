// The parser's machinery beneath the generated rules: the token array filled lazily from the
// tokenizer, memoization, lookahead, and CPython's ways of raising syntax errors at a location.
// CPython: Parser/pegen.c, Parser/pegen_errors.c.
import * as A from '../ast/nodes.gen.ts';
import { T, type Token } from '../tokenizer/token.ts';
import { PySyntaxError, type SyntaxErrorKind } from '../tokenizer/errors.ts';
import type { Tokenizer } from '../tokenizer/tokenizer.ts';
import { LiteralError, parseNumber } from './literals.ts';

/** CPython: MAXSTACK in Parser/parser.c — deeper rule nesting is "too complex to parse". */
export const MAXSTACK = 6000;

/** Raised when the parser's rule nesting passes MAXSTACK (CPython raises MemoryError). */
export class ParserStackOverflow extends Error {
  /** jsStack: the JavaScript stack ran out before MAXSTACK was reached. */
  constructor(readonly jsStack = false) {
    super('Parser stack overflowed - Python source too complex to parse');
  }
}

/** Anything with a source span: tokens and located AST nodes. */
export interface Located { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** CPython's CURRENT_POS marker: "where the tokenizer is now". */
const CURRENT_POS = -5;

export type StartRule = 'file' | 'eval' | 'single' | 'func_type';

export interface ParserOptions {
  filename: string;
  startRule: StartRule;
  typeComments: boolean;
  keywords: ReadonlyMap<string, number>;
  softKeywords: ReadonlySet<string>;
  /** Receives SyntaxWarnings as they are met (CPython issues them through the warnings module at once). */
  onWarning?: (msg: string, lineno: number) => 'error' | void;
  /** The int_max_str_digits limit on decimal int literals (default 4300; 0: no limit). */
  intMaxStrDigits?: number;
}

export abstract class ParserBase {
  readonly tokens: Token[] = [];
  /** Token types as the grammar sees them: keywords get their own type numbers. */
  readonly types: number[] = [];
  /** Bracket nesting level at each token (CPython: Token.level). */
  readonly levels: number[] = [];
  mark = 0;
  level = 0;
  callInvalidRules = false;
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  /**
   * Memo entries, as CPython keeps them: a list per token (memoHead[mark], chained by memoNext),
   * each entry a rule, its result and where it ended. Stored column-wise to avoid an object each.
   */
  private memoHead: Int32Array;
  private memoMask: Int32Array;
  private memoRule: Int32Array;
  private memoEndMark: Int32Array;
  private memoNext: Int32Array;
  private memoValue: unknown[];
  private memoSize = 0;
  private parenLevel = 0;
  private parsingStarted = false;

  constructor(readonly tok: Tokenizer, readonly opts: ParserOptions) {
    // Sized from the source so that they rarely grow: Python source averages about one token
    // per 8 characters and one memo entry per 2 characters (measured on the standard library).
    const chars = tok.source.length;
    const tokens = 256 + (chars >> 2);
    const entries = 1024 + (chars >> 1);
    this.memoHead = new Int32Array(tokens).fill(-1);
    this.memoMask = new Int32Array(tokens);
    this.memoRule = new Int32Array(entries);
    this.memoEndMark = new Int32Array(entries);
    this.memoNext = new Int32Array(entries);
    this.memoValue = new Array<unknown>(entries).fill(undefined);
  }

  get fill(): number {
    return this.tokens.length;
  }

  // CPython: _PyPegen_fill_token
  fillToken(): void {
    let t = this.tok.next();
    while (t.type === T.TYPE_IGNORE) {
      this.typeIgnores.push({ lineno: t.lineno, tag: t.string });
      t = this.tok.next();
    }
    let type: number = t.type;
    if (this.opts.startRule === 'single' && type === T.ENDMARKER && this.parsingStarted) {
      // Interactive input ends its statement with an implied NEWLINE.
      type = T.NEWLINE;
      this.parsingStarted = false;
      this.tok.impliedDedent();
    } else {
      this.parsingStarted = true;
    }
    if (type === T.NAME || type === T.ASYNC || type === T.AWAIT) {
      // 3.12's tokenizer still types async/await as ASYNC/AWAIT; the grammar treats them as keywords.
      const kw = this.opts.keywords.get(t.string);
      if (kw !== undefined) type = kw;
    } else if (type === T.LPAR || type === T.LSQB || type === T.LBRACE) {
      this.parenLevel++;
    } else if (type === T.RPAR || type === T.RSQB || type === T.RBRACE) {
      this.parenLevel--;
    }
    this.tokens.push(t);
    this.types.push(type);
    this.levels.push(this.parenLevel);
  }

  tokenLevel(i: number): number {
    return this.levels[i]!;
  }

  resetForSecondPass(): void {
    this.memoHead.fill(-1);
    this.memoMask.fill(0);
    this.memoSize = 0;
    this.memoValue.fill(undefined);
    this.mark = 0;
    this.level = 0;
    this.callInvalidRules = true;
  }

  // ---- matching -------------------------------------------------------------------------

  // CPython: _PyPegen_expect_token
  expect(type: number): Token | null {
    if (this.mark === this.tokens.length) this.fillToken();
    if (this.types[this.mark] !== type) return null;
    return this.tokens[this.mark++]!;
  }

  // CPython: _PyPegen_expect_forced_token
  expectForced(type: number, expected: string): Token {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (this.types[this.mark] !== type) {
      this.raiseSyntaxErrorKnownLocation(t, `expected '${expected}'`);
    }
    this.mark++;
    return t;
  }

  // CPython: _PyPegen_expect_soft_keyword
  expectSoft(keyword: string): Token | null {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (this.types[this.mark] !== T.NAME || t.string !== keyword) return null;
    this.mark++;
    return t;
  }

  peek(type: number): boolean {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.types[this.mark] === type;
  }

  peekSoft(keyword: string): boolean {
    if (this.mark === this.tokens.length) this.fillToken();
    return this.types[this.mark] === T.NAME && this.tokens[this.mark]!.string === keyword;
  }

  /** Ends a lookahead: back to `mark`, passing on whether it matched. */
  lookahead(mark: number, matched: boolean): boolean {
    this.mark = mark;
    return matched;
  }

  // CPython: _PyPegen_name_token
  nameToken(): A.Name | null {
    const t = this.expect(T.NAME);
    if (t === null) return null;
    return A.Name(this.newIdentifier(t.string), A.ExprContext.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // CPython: _PyPegen_soft_keyword_token. It compares only the name's length of each soft
  // keyword (strncmp), so any prefix of one matches too: `t` and `ty` as well as `type`.
  softKeywordToken(): A.Name | null {
    if (this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (this.types[this.mark] !== T.NAME) return null;
    let found = false;
    for (const kw of this.opts.softKeywords) if (kw.startsWith(t.string)) found = true;
    if (!found) return null;
    this.mark++;
    return A.Name(t.string, A.ExprContext.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // CPython: _PyPegen_number_token
  numberToken(): A.expr | null {
    const t = this.expect(T.NUMBER);
    if (t === null) return null;
    let value;
    try {
      value = parseNumber(t.string, this.opts.intMaxStrDigits);
    } catch (err) {
      // An int literal over sys.int_max_str_digits: CPython reports it on the token's line, without columns.
      if (err instanceof LiteralError) this.raiseErrorKnownLocation('SyntaxError', t.lineno, -1, t.end_lineno, -1, err.msg);
      throw err;
    }
    return A.Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // CPython: _PyPegen_new_identifier — non-ASCII identifiers are NFKC-normalized.
  newIdentifier(s: string): string {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 127) return s.normalize('NFKC');
    }
    return s;
  }

  // CPython: _PyPegen_get_last_nonnwhitespace_token
  lastNonWhitespaceToken(): Token {
    let t: Token | undefined;
    for (let m = this.mark - 1; m >= 0; m--) {
      t = this.tokens[m]!;
      const ty = t.type;
      if (ty !== T.ENDMARKER && (ty < T.NEWLINE || ty > T.DEDENT)) break;
    }
    return t ?? this.tokens[0]!;
  }

  // CPython: _PyPegen_is_memoized. memoMask[mark] has a bit per rule memoized at that token,
  // so that misses (the common case) cost no walk.
  getMemo(rule: number): unknown {
    const mark = this.mark;
    if (mark >= this.memoHead.length || ((this.memoMask[mark]! >>> rule) & 1) === 0) return undefined;
    for (let e = this.memoHead[mark]!; e >= 0; e = this.memoNext[e]!) {
      if (this.memoRule[e] === rule) {
        this.mark = this.memoEndMark[e]!;
        return this.memoValue[e];
      }
    }
    return undefined;
  }

  // CPython: _PyPegen_insert_memo. Returns the entry, for updateMemo. Kept small so that V8
  // inlines it; growing the tables is done out of line.
  setMemo(mark: number, rule: number, value: unknown): number {
    if (mark >= this.memoHead.length) this.growMemoHeads(mark);
    const e = this.memoSize++;
    if (e === this.memoRule.length) this.growMemoEntries();
    this.memoRule[e] = rule;
    this.memoEndMark[e] = this.mark;
    this.memoNext[e] = this.memoHead[mark]!;
    this.memoValue[e] = value;
    this.memoHead[mark] = e;
    this.memoMask[mark] |= 1 << rule;
    return e;
  }

  private growMemoHeads(mark: number): void {
    const n = Math.max(mark + 1, this.memoHead.length * 2);
    const head = new Int32Array(n).fill(-1);
    head.set(this.memoHead);
    this.memoHead = head;
    const mask = new Int32Array(n);
    mask.set(this.memoMask);
    this.memoMask = mask;
  }

  private growMemoEntries(): void {
    const n = this.memoRule.length * 2;
    const rules = new Int32Array(n); rules.set(this.memoRule); this.memoRule = rules;
    const ends = new Int32Array(n); ends.set(this.memoEndMark); this.memoEndMark = ends;
    const next = new Int32Array(n); next.set(this.memoNext); this.memoNext = next;
    const values = this.memoValue;
    for (let i = values.length; i < n; i++) values.push(undefined);
  }

  // CPython: _PyPegen_update_memo, for the entry setMemo made.
  updateMemo(e: number, value: unknown): void {
    this.memoEndMark[e] = this.mark;
    this.memoValue[e] = value;
  }

  stackOverflow(): never {
    throw new ParserStackOverflow();
  }

  // ---- errors ---------------------------------------------------------------------------

  /** Builds the SyntaxError as CPython's _PyPegen_raise_error_known_location does (columns 1-based bytes). */
  makeError(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    return this.tok.parserError(kind === 'TabError' ? 'SyntaxError' : kind, msg, lineno, col, endLineno, endCol);
  }

  raiseErrorKnownLocation(kind: SyntaxErrorKind, lineno: number, col: number, endLineno: number, endCol: number, msg: string): never {
    throw this.makeError(kind, msg, lineno, col === CURRENT_POS ? CURRENT_POS : col + 1, endLineno,
      endCol === CURRENT_POS ? CURRENT_POS : endCol + 1);
  }

  // CPython: _PyPegen_raise_error — at the last token read, or the current one with useMark.
  raiseError(kind: SyntaxErrorKind, useMark: boolean, msg: string): never {
    if (this.tokens.length === 0) throw this.makeError(kind, msg, 0, 0, 0, -1);
    if (useMark && this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[useMark ? this.mark : this.tokens.length - 1]!;
    // INDENT, DEDENT and ENDMARKER have no column: CPython uses where the tokenizer is.
    const col = t.col_offset === -1 ? this.tok.currentCol() : t.col_offset + 1;
    const endCol = t.end_col_offset === -1 ? -1 : t.end_col_offset + 1;
    throw this.makeError(kind, msg, t.lineno, col, t.end_lineno, endCol);
  }

  raiseSyntaxError(msg: string): never {
    return this.raiseError('SyntaxError', false, msg);
  }

  raiseIndentationError(msg: string): never {
    return this.raiseError('IndentationError', false, msg);
  }

  raiseSyntaxErrorOnNextToken(msg: string): never {
    return this.raiseError('SyntaxError', true, msg);
  }

  raiseSyntaxErrorKnownLocation(a: Located, msg: string): never {
    return this.raiseErrorKnownLocation('SyntaxError', a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
  }

  raiseSyntaxErrorKnownRange(a: Located, b: Located, msg: string): never {
    return this.raiseErrorKnownLocation('SyntaxError', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
  }

  raiseSyntaxErrorStartingFrom(a: Located, msg: string): never {
    return this.raiseErrorKnownLocation('SyntaxError', a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
  }
}
