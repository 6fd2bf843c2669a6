// Numeric literals (CPython: the "Number" part of tok_get_normal_mode, tok_decimal_tail, verify_end_of_number).
import { EOF, isDigit, isPotentialIdentifierChar, isXDigit } from './chars.ts';
import type { TokState } from './state.ts';

/** CPython: lookahead. Whether `word` follows and is not continued by an identifier character. */
function lookahead(s: TokState, word: string): boolean {
  const save = s.cur;
  let ok = true;
  for (let i = 0; i < word.length; i++) {
    if (s.nextc() !== word.charCodeAt(i)) {
      ok = false;
      break;
    }
  }
  if (ok) ok = !isPotentialIdentifierChar(s.nextc());
  s.cur = save;
  return ok;
}

/**
 * CPython: verify_end_of_number. A literal directly followed by a keyword that may legally
 * follow a number ("1if x else y") only warns; any other identifier character is an error.
 */
function verifyEndOfNumber(s: TokState, c: number, kind: string): void {
  let r = false;
  switch (c) {
    case 97: r = lookahead(s, 'nd'); break; // a
    case 101: r = lookahead(s, 'lse'); break; // e
    case 102: r = lookahead(s, 'or'); break; // f
    case 105: { // i
      const c2 = s.nextc();
      r = c2 === 102 || c2 === 110 || c2 === 115;
      s.backup(c2);
      break;
    }
    case 111: r = lookahead(s, 'r'); break; // o
    case 110: r = lookahead(s, 'ot'); break; // n
  }
  if (r) {
    // Backed up so that an "error" filter's SyntaxError points at the literal's last character.
    s.backup(c);
    s.warn(`invalid ${kind} literal`);
    s.nextc();
  } else if (c < 128 && c !== EOF && isPotentialIdentifierChar(c)) {
    s.backup(c);
    s.syntaxError(`invalid ${kind} literal`);
  }
}

/** CPython: tok_decimal_tail. Digits with single underscores between them; returns the char after. */
function decimalTail(s: TokState): number {
  for (;;) {
    let c: number;
    do {
      c = s.nextc();
    } while (isDigit(c));
    if (c !== 95) return c;
    c = s.nextc();
    if (!isDigit(c)) {
      s.backup(c);
      s.syntaxError('invalid decimal literal');
    }
  }
}

/** Digits of a 0x / 0o / 0b literal after its prefix; returns the char after. */
function radixDigits(s: TokState, kind: 'hexadecimal' | 'octal' | 'binary'): number {
  const ok = kind === 'hexadecimal' ? isXDigit : kind === 'octal' ? isOctal : isBinary;
  let c = s.nextc();
  do {
    if (c === 95) c = s.nextc();
    if (!ok(c)) {
      if (kind !== 'hexadecimal' && isDigit(c)) s.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      s.backup(c);
      s.syntaxError(`invalid ${kind} literal`);
    }
    do {
      c = s.nextc();
    } while (ok(c));
  } while (c === 95);
  if (kind !== 'hexadecimal' && isDigit(c)) s.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
  verifyEndOfNumber(s, c, kind);
  return c;
}

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function isBinary(c: number): boolean {
  return c === 48 || c === 49;
}

/**
 * Scans a number whose first character `c` (a digit, or the digit after a leading '.') has been
 * read; `afterDot` for ".5"-style literals. Leaves tok->cur just after the literal.
 */
export function scanNumber(s: TokState, first: number, afterDot: boolean): void {
  let c = first;
  if (afterDot) {
    c = fraction(s, c);
  } else if (c === 48) {
    c = s.nextc();
    if (c === 120 || c === 88) {
      c = radixDigits(s, 'hexadecimal');
    } else if (c === 111 || c === 79) {
      c = radixDigits(s, 'octal');
    } else if (c === 98 || c === 66) {
      c = radixDigits(s, 'binary');
    } else {
      // Maybe old-style octal; "0" itself, "00" and "0_0" are fine.
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = s.nextc();
          if (!isDigit(c)) {
            s.backup(c);
            s.syntaxError('invalid decimal literal');
          }
        }
        if (c !== 48) break;
        c = s.nextc();
      }
      const zerosEnd = s.cur;
      if (isDigit(c)) {
        nonzero = true;
        c = decimalTail(s);
      }
      if (c === 46) {
        c = fraction(s, s.nextc());
      } else if (c === 101 || c === 69) {
        c = exponent(s, c);
        if (c === EXPONENT_LESS) return;
      } else if (c === 106 || c === 74) {
        c = s.nextc();
        verifyEndOfNumber(s, c, 'imaginary');
      } else if (nonzero) {
        s.backup(c);
        // CPython passes these byte columns to the error unconverted.
        const ls = s.lineStart;
        s.syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          s.byteCol(ls, s.start) + 1, s.byteCol(ls, zerosEnd));
      } else {
        verifyEndOfNumber(s, c, 'decimal');
      }
    }
  } else {
    c = decimalTail(s);
    if (c === 46) c = fraction(s, s.nextc());
    else {
      c = exponentOrImaginary(s, c);
      if (c === EXPONENT_LESS) return;
    }
  }
  if (c === EXPONENT_LESS) return;
  s.backup(c);
}

/** Returned when an 'e' turned out not to start an exponent: the literal already ends before it. */
const EXPONENT_LESS = -2;

/** CPython: the "fraction:" label; `c` is the char after the '.'. */
function fraction(s: TokState, c: number): number {
  if (isDigit(c)) c = decimalTail(s);
  return exponentOrImaginary(s, c);
}

function exponentOrImaginary(s: TokState, c: number): number {
  if (c === 101 || c === 69) return exponent(s, c);
  return imaginaryOrEnd(s, c);
}

/** CPython: the "exponent:" label; `e` is the 'e' or 'E' just read. */
function exponent(s: TokState, e: number): number {
  let c = s.nextc();
  if (c === 43 || c === 45) {
    c = s.nextc();
    if (!isDigit(c)) {
      s.backup(c);
      s.syntaxError('invalid decimal literal');
    }
  } else if (!isDigit(c)) {
    s.backup(c);
    verifyEndOfNumber(s, e, 'decimal');
    s.backup(e);
    return EXPONENT_LESS;
  }
  c = decimalTail(s);
  return imaginaryOrEnd(s, c);
}

function imaginaryOrEnd(s: TokState, c: number): number {
  if (c === 106 || c === 74) {
    c = s.nextc();
    verifyEndOfNumber(s, c, 'imaginary');
  } else {
    verifyEndOfNumber(s, c, 'decimal');
  }
  return c;
}
