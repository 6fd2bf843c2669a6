// Regular mode of the tokenizer (CPython: tok_get_normal_mode), as the parser sees it: no COMMENT
// or NL tokens, keywords as NAME, 'async'/'await' as ASYNC/AWAIT, operators with their exact type;
// with extraTokens, as the tokenize module sees it: COMMENT and NL tokens too.
import { T, type Token } from './token.ts';
import {
  EOF, isAlnumAscii, isDigit, isPotentialIdentifierChar, isPotentialIdentifierStart, isPrintable, oneChar,
  scanIdentifier, threeChars, twoChars, uPlus,
} from './chars.ts';
import { Done, MAXFSTRINGLEVEL, MAXINDENT, MAXLEVEL, ModeKind, type Mode, type TokState } from './state.ts';
import { scanNumber } from './numbers.ts';
import { fstringMode, trackFStringExpr } from './fstring.ts';

/** CPython: tok_get. */
export function getToken(s: TokState): Token {
  const m = s.mode;
  return m.kind === ModeKind.REGULAR ? normalMode(s, m) : fstringMode(s, m, normalMode);
}

const TABSIZE = 8;

/**
 * CPython: the indentation block at the start of tok_get_normal_mode. Measures the line's
 * indentation (tabs to multiples of 8, and to multiples of 1 for the consistency check) and
 * queues INDENT/DEDENT. Returns whether the line is blank (only whitespace and/or a comment).
 */
function indentation(s: TokState): boolean {
  let col = 0;
  let altcol = 0;
  let contLineCol = 0;
  s.atbol = false;
  let c: number;
  for (;;) {
    c = s.nextc();
    if (c === 32) {
      col++;
      altcol++;
    } else if (c === 9) {
      col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
      altcol++;
    } else if (c === 12) {
      col = altcol = 0;
    } else if (c === 92) {
      // A backslash continuation in the indentation: the first one fixes the indentation.
      contLineCol = contLineCol || col;
      continuationLine(s);
    } else {
      break;
    }
  }
  s.backup(c);
  let blankline = false;
  if (c === 35 || c === 10 || c === 13) {
    if (s.opts.interactive && col === 0 && c === 10) {
      // An empty line ends a compound statement at the prompt.
    } else if (s.opts.interactive && s.lineno === 1) {
      // At the prompt, a first line of only spaces and/or a comment goes through.
      col = altcol = 0;
    } else {
      blankline = true;
    }
  }
  if (!blankline && s.level === 0) {
    if (contLineCol) col = altcol = contLineCol;
    const top = s.indstack[s.indent]!;
    if (col === top) {
      if (altcol !== s.altindstack[s.indent]) indentError(s);
    } else if (col > top) {
      if (s.indent + 1 >= MAXINDENT) {
        s.cur = s.inp;
        s.doneError(Done.TOODEEP);
      }
      if (altcol <= s.altindstack[s.indent]!) indentError(s);
      s.pendin++;
      s.indent++;
      s.indstack[s.indent] = col;
      s.altindstack[s.indent] = altcol;
    } else {
      while (s.indent > 0 && col < s.indstack[s.indent]!) {
        s.pendin--;
        s.indent--;
      }
      if (col !== s.indstack[s.indent]) {
        s.cur = s.inp;
        s.doneError(Done.DEDENT);
      }
      if (altcol !== s.altindstack[s.indent]) indentError(s);
    }
  }
  return blankline;
}

/** CPython: indenterror. */
function indentError(s: TokState): never {
  s.cur = s.inp;
  return s.doneError(Done.TABSPACE);
}

/** CPython: tok_continuation_line. After a backslash: a newline must follow, and more input. */
function continuationLine(s: TokState): void {
  let c = s.nextc();
  if (c === 13) c = s.nextc();
  if (c !== 10) s.doneError(Done.LINECONT);
  c = s.nextc();
  if (c === EOF) {
    s.cur = s.inp;
    s.doneError(Done.EOF);
  }
  s.backup(c);
}

const TYPE_PREFIX = '# type: ';

/** CPython: tok_get_normal_mode. */
export function normalMode(s: TokState, m: Mode): Token {
  let blankline = false;
  let c: number;
  nextline: for (;;) {
    s.start = -1;
    blankline = false;
    if (s.atbol) blankline = indentation(s);

    s.setStart(s.cur);
    if (s.pendin !== 0) {
      const extra = s.opts.extraTokens;
      if (s.pendin < 0) {
        s.pendin++;
        return extra ? s.makeToken(T.DEDENT, s.cur, s.cur) : s.makeToken(T.DEDENT, -1, -1);
      }
      s.pendin--;
      return extra ? s.makeToken(T.INDENT, s.lineStart, s.cur) : s.makeToken(T.INDENT, -1, -1);
    }

    again: for (;;) {
      s.start = -1;
      do {
        c = s.nextc();
      } while (c === 32 || c === 9 || c === 12);
      s.setStart(s.cur - 1);

      if (c === 35) {
        const p = s.start;
        while (c !== EOF && c !== 10 && c !== 13) c = s.nextc();
        if (s.opts.typeComments) {
          const tc = typeComment(s, c, blankline);
          if (tc !== null) return tc;
        }
        if (s.opts.extraTokens) {
          // The newline (or EOF) stays for the next token.
          s.backup(c);
          s.commentNewline = blankline;
          return s.makeToken(T.COMMENT, p, s.cur);
        }
      }

      if (c === EOF) {
        if (s.level > 0) return s.doneError(Done.EOF);
        return s.makeToken(T.ENDMARKER, -1, -1);
      }

      if (isPotentialIdentifierStart(c)) return identifierOrString(s, c);

      if (c === 13) c = s.nextc();

      if (c === 10) {
        s.atbol = true;
        if (blankline || s.level > 0) {
          if (!s.opts.extraTokens) continue nextline;
          s.commentNewline = false;
          return s.makeToken(T.NL, s.start, s.cur);
        }
        if (s.commentNewline && s.opts.extraTokens) {
          s.commentNewline = false;
          return s.makeToken(T.NL, s.start, s.cur);
        }
        return s.makeToken(T.NEWLINE, s.start, s.cur - 1);
      }

      if (c === 46) {
        c = s.nextc();
        if (isDigit(c)) {
          scanNumber(s, c, true);
          return s.makeToken(T.NUMBER, s.start, s.cur);
        }
        if (c === 46) {
          const c3 = s.nextc();
          if (c3 === 46) return s.makeToken(T.ELLIPSIS, s.start, s.cur);
          s.backup(c3);
          s.backup(46);
        } else {
          s.backup(c);
        }
        return s.makeToken(T.DOT, s.start, s.cur);
      }

      if (isDigit(c)) {
        scanNumber(s, c, false);
        return s.makeToken(T.NUMBER, s.start, s.cur);
      }

      if (c === 39 || c === 34) return stringLiteral(s, c);

      if (c === 92) {
        continuationLine(s);
        continue again;
      }
      return operator(s, m, c);
    }
  }
}

/**
 * CPython: the type-comment part of the comment handling. `c` is the newline (or EOF) that ended
 * the comment. Returns null when the comment is an ordinary one.
 */
function typeComment(s: TokState, c: number, blankline: boolean): Token | null {
  const src = s.src;
  let p = s.start;
  const ls = s.startLineStart;
  let col = s.byteCol(ls, s.start);
  let k = 0;
  while (k < TYPE_PREFIX.length && p < s.cur) {
    const want = TYPE_PREFIX.charCodeAt(k);
    if (want === 32) {
      let q = src.charCodeAt(p);
      while (q === 32 || q === 9) {
        p++;
        col++;
        q = src.charCodeAt(p);
      }
    } else if (src.charCodeAt(p) === want) {
      p++;
      col++;
    } else {
      break;
    }
    k++;
  }
  if (k < TYPE_PREFIX.length) return null;
  s.backup(c);
  const ignoreEnd = p + 6;
  const isIgnore = s.cur >= ignoreEnd && src.startsWith('ignore', p) &&
    !(s.cur > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || isAlnumAscii(src.charCodeAt(ignoreEnd))));
  if (isIgnore) {
    const end = s.cur;
    // Alone on its line, the comment takes the newline along (and its column count).
    if (blankline) {
      s.nextc();
      s.atbol = true;
    }
    return s.makeTypeCommentToken(T.TYPE_IGNORE, ignoreEnd, end, col + 6, s.byteCol(s.lineStart, s.cur));
  }
  return s.makeTypeCommentToken(T.TYPE_COMMENT, p, s.cur, col, s.byteCol(s.lineStart, s.cur));
}

/** Identifiers, keywords, and string / f-string prefixes (CPython: the "Identifier" part). */
function identifierOrString(s: TokState, first: number): Token {
  let c = first;
  let sawB = false, sawR = false, sawU = false, sawF = false;
  for (;;) {
    if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
    else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
    else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
    else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
    else break;
    c = s.nextc();
    if (c === 34 || c === 39) return sawF ? fstringStart(s, c) : stringLiteral(s, c);
  }
  let nonascii = false;
  while (isPotentialIdentifierChar(c)) {
    if (c >= 128) nonascii = true;
    c = s.nextc();
  }
  s.backup(c);
  if (nonascii) verifyIdentifier(s);
  const len = s.cur - s.start;
  if (len === 5 && s.src.charCodeAt(s.start) === 97) {
    // async_hacks is off in 3.12: 'async' and 'await' always come as their own token types.
    if (s.src.startsWith('async', s.start)) return s.makeToken(T.ASYNC, s.start, s.cur);
    if (s.src.startsWith('await', s.start)) return s.makeToken(T.AWAIT, s.start, s.cur);
  }
  return s.makeToken(T.NAME, s.start, s.cur);
}

/** CPython: verify_identifier (PEP 3131: XID_Start then XID_Continue, before NFKC). */
function verifyIdentifier(s: TokState): void {
  const text = s.src.slice(s.start, s.cur);
  const bad = scanIdentifier(text);
  if (bad < 0) return;
  const chars = Array.from(text);
  const ch = chars[bad]!;
  const cp = ch.codePointAt(0)!;
  // The error points just after the offending character.
  if (bad + 1 < chars.length) s.cur = s.start + chars.slice(0, bad + 1).join('').length;
  if (isPrintable(cp)) s.syntaxError(`invalid character '${ch}' (${uPlus(cp)})`);
  s.syntaxError(`invalid non-printable character ${uPlus(cp)}`);
}

/** FSTRING_START, after the prefix; `quote` has been read. Pushes a new f-string mode. */
function fstringStart(s: TokState, quote: number): Token {
  let quoteSize = 1;
  s.firstLineno = s.lineno;
  s.multiLineStart = s.lineStart;
  const after = s.nextc();
  if (after === quote) {
    const afterAfter = s.nextc();
    if (afterAfter === quote) quoteSize = 3;
    else {
      s.backup(afterAfter);
      s.backup(after);
    }
  } else {
    s.backup(after);
  }
  if (s.modeIdx + 1 >= MAXFSTRINGLEVEL) s.syntaxError('too many nested f-strings');
  const start = s.start;
  const m = s.pushMode();
  m.kind = ModeKind.FSTRING;
  m.quote = quote;
  m.quoteSize = quoteSize;
  m.start = start;
  m.multiLineStart = s.lineStart;
  m.lineStart = s.lineno;
  m.exprStart = -1;
  m.exprEnd = -1;
  m.debug = false;
  const p0 = s.src.charCodeAt(start);
  m.raw = p0 === 114 || p0 === 82 || ((p0 === 102 || p0 === 70) && (s.src.charCodeAt(start + 1) | 32) === 114);
  m.curlyDepth = 0;
  m.exprStartDepth = -1;
  return s.makeToken(T.FSTRING_START, start, s.cur);
}

/** CPython: the "String" part (letter_quote); the opening quote has been read. */
function stringLiteral(s: TokState, quote: number): Token {
  let quoteSize = 1;
  let endQuoteSize = 0;
  s.firstLineno = s.lineno;
  s.multiLineStart = s.lineStart;
  let c = s.nextc();
  if (c === quote) {
    c = s.nextc();
    if (c === quote) quoteSize = 3;
    else endQuoteSize = 1; // the empty string
  }
  if (c !== quote) s.backup(c);
  while (endQuoteSize !== quoteSize) {
    c = s.nextc();
    if (c === EOF || (quoteSize === 1 && c === 10)) unterminatedString(s, quote, quoteSize, c);
    if (c === quote) {
      endQuoteSize++;
    } else {
      endQuoteSize = 0;
      if (c === 92) {
        c = s.nextc();
        if (c === 13) c = s.nextc();
      }
    }
  }
  return s.makeToken(T.STRING, s.start, s.cur);
}

/** Reported at the string's start; inside an f-string, a quote like the f-string's means a missing '}'. */
function unterminatedString(s: TokState, quote: number, quoteSize: number, c: number): never {
  const detected = s.lineno;
  s.cur = s.start + 1;
  s.lineStart = s.multiLineStart;
  s.lineno = s.firstLineno;
  if (s.insideFString()) {
    const m = s.mode;
    if (m.quote === quote && m.quoteSize === quoteSize) s.syntaxError("f-string: expecting '}'");
  }
  if (quoteSize === 3) {
    s.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`, -1, -1,
      c !== 10 ? Done.EOFS : Done.ERROR);
  }
  return s.syntaxError(`unterminated string literal (detected at line ${detected})`, -1, -1,
    c !== 10 ? Done.EOLS : Done.ERROR);
}

/** Operators and brackets, with the f-string bookkeeping for ':', '!', '{' and '}'. */
function operator(s: TokState, m: Mode, c: number): Token {
  const inFString = s.insideFString();
  if ((c === 58 || c === 125 || c === 33 || c === 123) && inFString && m.exprStartDepth >= 0) {
    // Runs before '{' raises curly_bracket_depth, hence the adjustment.
    const cursor = m.curlyDepth - (c !== 123 ? 1 : 0);
    if (cursor === 0) trackFStringExpr(s, m, c);
    if (c === 58 && cursor === m.exprStartDepth) {
      m.kind = ModeKind.FSTRING;
      return s.makeToken(T.COLON, s.start, s.cur);
    }
  }

  const c2 = s.nextc();
  let type = twoChars(c, c2);
  if (type !== T.OP) {
    const c3 = s.nextc();
    const type3 = threeChars(c, c2, c3);
    if (type3 !== T.OP) type = type3;
    else s.backup(c3);
    return s.makeToken(type, s.start, s.cur);
  }
  s.backup(c2);

  switch (c) {
    case 40: case 91: case 123:
      if (s.level >= MAXLEVEL) s.syntaxError('too many nested parentheses');
      s.parens[s.level] = { ch: String.fromCharCode(c), lineno: s.lineno, col_offset: s.byteCol(s.lineStart, s.start) };
      s.level++;
      if (inFString) m.curlyDepth++;
      break;
    case 41: case 93: case 125: {
      if (inFString && m.curlyDepth === 0 && c === 125) s.syntaxError("f-string: single '}' is not allowed");
      if (s.level === 0) s.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
      s.level--;
      const open = s.parens[s.level]!;
      const o = open.ch;
      if (!((o === '(' && c === 41) || (o === '[' && c === 93) || (o === '{' && c === 125))) {
        // An f-string replacement field's own '{' closed by ')' or ']'.
        if (inFString && o === '{' && m.curlyDepth - 1 === m.exprStartDepth) {
          s.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`);
        }
        if (open.lineno !== s.lineno) {
          s.syntaxError(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${o}' on line ${open.lineno}`);
        }
        s.syntaxError(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${o}'`);
      }
      s.parens.length = s.level;
      if (inFString) {
        m.curlyDepth--;
        if (m.curlyDepth < 0) s.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`);
        if (c === 125 && m.curlyDepth === m.exprStartDepth) {
          m.exprStartDepth--;
          m.kind = ModeKind.FSTRING;
          m.debug = false;
        }
      }
      break;
    }
  }

  if (!isPrintable(c)) s.syntaxError(`invalid non-printable character ${uPlus(c)}`);
  if (c === 61 && m.exprStartDepth >= 0) m.debug = true;
  return s.makeToken(oneChar(c), s.start, s.cur);
}
