// F-string mode of the tokenizer (PEP 701; CPython: tok_get_fstring_mode and the f-string parts of
// tok_get_normal_mode), as in CPython 3.12.1.
import { T, type Token } from './token.ts';
import { EOF } from './chars.ts';
import { MAX_EXPR_NESTING, ModeKind, type Mode, type TokState } from './state.ts';

export type NormalMode = (s: TokState, mode: Mode) => Token;

/**
 * 3.12.1 treats the text after a replacement field's ':' as format spec while the field is open:
 * the field's expression has ended (last_expr_end set) and we are inside a field.
 */
export function inFormatSpec(m: Mode): boolean {
  return m.exprEnd !== -1 && m.exprStartDepth >= 0;
}

/** CPython: tok_get_fstring_mode. */
export function fstringMode(s: TokState, m: Mode, normal: NormalMode): Token {
  s.setStart(s.cur);
  s.firstLineno = s.lineno;

  // A replacement field right here: nothing literal to return first.
  const startChar = s.nextc();
  if (startChar === 123) {
    const peek1 = s.nextc();
    s.backup(peek1);
    s.backup(startChar);
    if (peek1 !== 123) {
      enterExpression(s, m);
      return normal(s, m);
    }
  } else {
    s.backup(startChar);
  }

  // The closing quote(s)?
  let atEnd = true;
  for (let i = 0; i < m.quoteSize; i++) {
    const q = s.nextc();
    if (q !== m.quote) {
      s.backup(q);
      atEnd = false;
      break;
    }
  }
  if (atEnd) {
    m.exprStart = -1;
    m.exprEnd = -1;
    const tok = s.makeToken(T.FSTRING_END, s.start, s.cur);
    s.modeIdx--;
    return tok;
  }

  s.multiLineStart = s.lineStart;
  let endQuoteSize = 0;
  let unicodeEscape = false;
  while (endQuoteSize !== m.quoteSize) {
    const c = s.nextc();
    const formatSpec = inFormatSpec(m);
    if (c === EOF || (m.quoteSize === 1 && c === 10)) {
      // A newline ends a format spec of a single-quoted f-string: back to the expression.
      if (formatSpec && c === 10) {
        s.backup(c);
        m.kind = ModeKind.REGULAR;
        return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur);
      }
      unterminated(s, m);
    }
    if (c === m.quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;
    if (c === 123) {
      const peek = s.nextc();
      if (peek !== 123 || formatSpec) {
        s.backup(peek);
        s.backup(c);
        enterExpression(s, m);
        return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur);
      }
      // "{{": the text up to and including the first brace, the second one swallowed.
      return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur - 1);
    } else if (c === 125) {
      if (unicodeEscape) return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur);
      const peek = s.nextc();
      if (peek === 125 && !formatSpec) return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur - 1);
      s.backup(peek);
      s.backup(c);
      m.kind = ModeKind.REGULAR;
      return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur);
    } else if (c === 92) {
      let peek = s.nextc();
      if (peek === 13) peek = s.nextc();
      if (peek === 123 || peek === 125) {
        if (!m.raw) s.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`);
        s.backup(peek);
        continue;
      }
      if (!m.raw && peek === 78) {
        // \N{...}: the braces belong to the escape, not to a replacement field.
        peek = s.nextc();
        if (peek === 123) unicodeEscape = true;
        else s.backup(peek);
      }
    }
  }
  // Leave the closing quotes for the FSTRING_END that follows.
  for (let i = 0; i < m.quoteSize; i++) s.backup(m.quote);
  return s.makeToken(T.FSTRING_MIDDLE, s.start, s.cur);
}

function enterExpression(s: TokState, m: Mode): void {
  m.exprStartDepth++;
  if (m.exprStartDepth >= MAX_EXPR_NESTING) s.syntaxError('f-string: expressions nested too deeply');
  m.kind = ModeKind.REGULAR;
}

/** Unterminated f-string: reported at the f-string's start, as for strings (3.12.1 keeps E_ERROR here). */
function unterminated(s: TokState, m: Mode): never {
  const detected = s.lineno;
  s.cur = m.start + 1;
  s.lineStart = m.multiLineStart;
  s.lineno = m.lineStart;
  if (m.quoteSize === 3) {
    return s.syntaxError(`unterminated triple-quoted f-string literal (detected at line ${detected})`);
  }
  return s.syntaxError(`unterminated f-string literal (detected at line ${detected})`);
}

/**
 * CPython: update_fstring_expr and set_fstring_expr, for a '{', '!', ':' or '}' at the top level
 * of a replacement field. Records where the expression starts and ends, and attaches the
 * expression text (comments dropped) to the closing token when the field has '='.
 */
export function trackFStringExpr(s: TokState, m: Mode, c: number): void {
  if (c === 123) {
    m.exprStart = s.cur;
    m.exprEnd = -1;
    return;
  }
  if (m.exprEnd === -1) m.exprEnd = s.start;
  if (!m.debug || s.metadata !== undefined || m.exprStart < 0) return;
  const text = s.src.slice(m.exprStart, m.exprEnd);
  s.metadata = text.includes('#') ? stripComments(text) : text;
}

/** Drops each '#' and what follows it up to (not including) the newline. */
function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const h = text.indexOf('#', i);
    if (h < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, h);
    const nl = text.indexOf('\n', h);
    if (nl < 0) break;
    i = nl;
  }
  return out;
}
