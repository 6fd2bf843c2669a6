// The SRE matching engine: a port of Modules/_sre/sre_lib.h (SRE(at), SRE(charset), SRE(count),
// SRE(match), SRE(search)). The subject is an array of code points (str) or bytes, positions are
// indices into it. SRE(match)'s contexts live on an explicit stack, so deep backtracking cannot
// overflow the JS stack; what C jumps back into after a nested match (its DO_JUMP labels) is the
// context's `jump`, and the loops that contain such a jump resume as their own steps.
import {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
  AT_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY, INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, MAXREPEAT, OP_ANY, OP_ANY_ALL, OP_ASSERT,
  OP_ASSERT_NOT, OP_AT, OP_ATOMIC_GROUP, OP_BIGCHARSET, OP_BRANCH, OP_CATEGORY, OP_CHARSET, OP_FAILURE, OP_GROUPREF, OP_GROUPREF_EXISTS,
  OP_GROUPREF_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN, OP_IN_IGNORE, OP_IN_LOC_IGNORE, OP_IN_UNI_IGNORE, OP_INFO, OP_JUMP,
  OP_LITERAL, OP_LITERAL_IGNORE, OP_LITERAL_LOC_IGNORE, OP_LITERAL_UNI_IGNORE, OP_MARK, OP_MAX_UNTIL, OP_MIN_REPEAT_ONE, OP_MIN_UNTIL, OP_NEGATE,
  OP_NOT_LITERAL, OP_NOT_LITERAL_IGNORE, OP_NOT_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_UNI_IGNORE, OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE,
  OP_RANGE, OP_RANGE_UNI_IGNORE, OP_REPEAT, OP_REPEAT_ONE, OP_SUCCESS,
} from './constants.ts';
import { category, charLocIgnore, isLinebreak, isLocWord, isUniWord, isWord, lowerAscii, lowerLocale, lowerUnicode, upperLocale,
  upperUnicode } from './chars.ts';

/** A REPEAT's bookkeeping. CPython: SRE_REPEAT */
interface Repeat {
  count: number;
  /** Index of the REPEAT's operands (skip, min, max). */
  pattern: number;
  /** Where the last iteration started (zero-width match protection), -1 for none. */
  lastPtr: number;
  prev: Repeat | null;
}

/** The matching state over one subject. CPython: SRE_STATE */
export class SreState {
  /** Start and end of the slice searched (pos and endpos clamped). */
  start: number;
  end: number;
  pos: number;
  endpos: number;
  ptr: number;
  /** Group marks: positions, -1 where unset. */
  mark: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  matchAll = false;
  mustAdvance = false;
  /** Saved marks and repeat positions (CPython's data stack). */
  data: number[] = [];

  constructor(readonly str: ArrayLike<number>, pos: number, endpos: number) {
    this.start = this.pos = this.ptr = pos;
    this.end = this.endpos = endpos;
  }

  // CPython: state_reset
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.data.length = 0;
  }
}

/** A compiled pattern's code and how its characters compare. */
export type Code = Uint32Array;

// CPython: SRE(at)
function at(st: SreState, ptr: number, code: number): boolean {
  const s = st.str;
  const end = st.end;
  let wordTest: (c: number) => boolean;
  let negate = false;
  switch (code) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr === 0;
    case AT_BEGINNING_LINE:
      return ptr === 0 || isLinebreak(s[ptr - 1]!);
    case AT_END:
      return (end - ptr === 1 && isLinebreak(s[ptr]!)) || ptr === end;
    case AT_END_LINE:
      return ptr === end || isLinebreak(s[ptr]!);
    case AT_END_STRING:
      return ptr === end;
    case AT_BOUNDARY: wordTest = isWord; break;
    case AT_NON_BOUNDARY: wordTest = isWord; negate = true; break;
    case AT_LOC_BOUNDARY: wordTest = isLocWord; break;
    case AT_LOC_NON_BOUNDARY: wordTest = isLocWord; negate = true; break;
    case AT_UNI_BOUNDARY: wordTest = isUniWord; break;
    case AT_UNI_NON_BOUNDARY: wordTest = isUniWord; negate = true; break;
    default: return false;
  }
  // The beginning is index 0 and the end st.end, as in C where both are pointers.
  if (end === 0) return false;
  const thatp = ptr > 0 ? wordTest(s[ptr - 1]!) : false;
  const thisp = ptr < end ? wordTest(s[ptr]!) : false;
  return negate ? thisp === thatp : thisp !== thatp;
}

// CPython: SRE(charset)
export function charset(code: Code, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case OP_FAILURE:
        return !ok;
      case OP_LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case OP_CATEGORY:
        if (category(code[set]!, ch)) return ok;
        set++;
        break;
      case OP_CHARSET:
        if (ch < 256 && (code[set + (ch >>> 5)]! & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case OP_RANGE:
        if (code[set]! <= ch && ch <= code[set + 1]!) return ok;
        set += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {
        if (code[set]! <= ch && ch <= code[set + 1]!) return ok;
        const uch = upperUnicode(ch);
        if (code[set]! <= uch && uch <= code[set + 1]!) return ok;
        set += 2;
        break;
      }
      case OP_NEGATE:
        ok = !ok;
        break;
      case OP_BIGCHARSET: {
        const count = code[set++]!;
        // 256 block indices, one byte each, packed four to a code word (little-endian).
        const block = ch < 0x10000 ? (code[set + ((ch >>> 8) >>> 2)]! >>> (((ch >>> 8) & 3) * 8)) & 0xff : -1;
        set += 64;
        if (block >= 0) {
          const bit = block * 256 + (ch & 255);
          if ((code[set + (bit >>> 5)]! & (1 << (ch & 31))) !== 0) return ok;
        }
        set += count * 8;
        break;
      }
      default:
        return false;
    }
  }
}

// CPython: SRE(charset_loc_ignore)
function charsetLocIgnore(code: Code, set: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (charset(code, set, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && charset(code, set, up);
}

// CPython: SRE(count) — how many times the one-character item at `pattern` matches from st.ptr.
function count(st: SreState, code: Code, pattern: number, maxcount: number): number {
  const s = st.str;
  let ptr = st.ptr;
  let end = st.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  const chr = code[pattern + 1]!;
  switch (code[pattern]) {
    case OP_IN:
      while (ptr < end && charset(code, pattern + 2, s[ptr]!)) ptr++;
      break;
    case OP_ANY:
      while (ptr < end && !isLinebreak(s[ptr]!)) ptr++;
      break;
    case OP_ANY_ALL:
      ptr = end;
      break;
    case OP_LITERAL:
      while (ptr < end && s[ptr] === chr) ptr++;
      break;
    case OP_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(s[ptr]!) === chr) ptr++;
      break;
    case OP_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(s[ptr]!) === chr) ptr++;
      break;
    case OP_LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, s[ptr]!)) ptr++;
      break;
    case OP_NOT_LITERAL:
      while (ptr < end && s[ptr] !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(s[ptr]!) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(s[ptr]!) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, s[ptr]!)) ptr++;
      break;
    default: {
      const start = st.ptr;
      while (st.ptr < end) {
        if (!sreMatch(st, code, pattern, false)) break;
      }
      return st.ptr - start;
    }
  }
  return ptr - st.ptr;
}

/** One SRE(match) context. CPython: SRE(match_context) */
interface Ctx {
  count: number;
  chr: number;
  rep: Repeat | null;
  lastmark: number;
  lastindex: number;
  pattern: number;
  ptr: number;
  toplevel: boolean;
  jump: number;
}

// What a context resumes with when the nested match it started returns. CPython: JUMP_*
const JUMP_NONE = 0;
const JUMP_MAX_UNTIL_1 = 1;
const JUMP_MAX_UNTIL_2 = 2;
const JUMP_MAX_UNTIL_3 = 3;
const JUMP_MIN_UNTIL_1 = 4;
const JUMP_MIN_UNTIL_2 = 5;
const JUMP_MIN_UNTIL_3 = 6;
const JUMP_REPEAT = 7;
const JUMP_REPEAT_ONE_1 = 8;
const JUMP_REPEAT_ONE_2 = 9;
const JUMP_MIN_REPEAT_ONE = 10;
const JUMP_BRANCH = 11;
const JUMP_ASSERT = 12;
const JUMP_ASSERT_NOT = 13;
const JUMP_POSS_REPEAT_1 = 14;
const JUMP_POSS_REPEAT_2 = 15;
const JUMP_ATOMIC_GROUP = 16;

// The engine's steps: entering a context, running opcodes, returning, and the loops that
// call nested matches.
const ENTER = 0;
const DISPATCH = 1;
const EXIT = 2;
const BRANCH_LOOP = 3;
const REPEAT_ONE_1_LOOP = 4;
const REPEAT_ONE_2_LOOP = 5;
const MIN_REPEAT_ONE_LOOP = 6;
const POSS_REPEAT_1_LOOP = 7;
const POSS_REPEAT_2_LOOP = 8;
const MAX_UNTIL_MORE = 9;
const MAX_UNTIL_TAIL = 10;
const POSS_REPEAT_TAIL = 11;

/** An error of the engine (a malformed code); raised as RuntimeError by the caller. CPython: SRE_ERROR_STATE, SRE_ERROR_ILLEGAL */
export class SreInternalError extends Error {}

function newCtx(toplevel: boolean, jump: number): Ctx {
  return { count: 0, chr: 0, rep: null, lastmark: -1, lastindex: -1, pattern: 0, ptr: 0, toplevel, jump };
}

// CPython: MARK_PUSH, MARK_POP, MARK_POP_KEEP, MARK_POP_DISCARD
function markPush(st: SreState, lastmark: number): void {
  for (let i = 0; i <= lastmark; i++) st.data.push(st.mark[i] ?? -1);
}
function markPop(st: SreState, lastmark: number, discard: boolean): void {
  if (lastmark < 0) return;
  const base = st.data.length - (lastmark + 1);
  for (let i = 0; i <= lastmark; i++) st.mark[i] = st.data[base + i]!;
  if (discard) st.data.length = base;
}
function markDiscard(st: SreState, lastmark: number): void {
  if (lastmark >= 0) st.data.length -= lastmark + 1;
}

/** Whether the group reference's span is set; its [start, end) or null. */
function groupSpan(st: SreState, group: number): [number, number] | null {
  const g = group * 2;
  if (g >= st.lastmark) return null;
  const p = st.mark[g] ?? -1;
  const e = st.mark[g + 1] ?? -1;
  if (p < 0 || e < 0 || e < p) return null;
  return [p, e];
}

/** Matches the code from `pattern0` at st.ptr; on success st.ptr is the match's end. CPython: SRE(match) */
export function sreMatch(st: SreState, code: Code, pattern0: number, toplevel: boolean): boolean {
  const s = st.str;
  const end = st.end;
  const stack: Ctx[] = [];
  let ctx = newCtx(toplevel, JUMP_NONE);
  let pattern = pattern0;
  let ptr = 0;
  let ret = false;
  let act = ENTER;
  const call = (jump: number, next: number, top: boolean): void => {
    ctx.pattern = pattern;
    ctx.ptr = ptr;
    stack.push(ctx);
    ctx = newCtx(top, jump);
    pattern = next;
    act = ENTER;
  };
  const lastmarkSave = (): void => {
    ctx.lastmark = st.lastmark;
    ctx.lastindex = st.lastindex;
  };
  const lastmarkRestore = (): void => {
    st.lastmark = ctx.lastmark;
    st.lastindex = ctx.lastindex;
  };
  const fail = (): void => {
    ret = false;
    act = EXIT;
  };
  const succeed = (): void => {
    ret = true;
    act = EXIT;
  };
  for (;;) {
    switch (act) {
      case ENTER:
        ptr = st.ptr;
        if (code[pattern] === OP_INFO) {
          const min = code[pattern + 3]!;
          if (min !== 0 && end - ptr < min) {
            fail();
            break;
          }
          pattern += code[pattern + 1]! + 1;
        }
        act = DISPATCH;
        break;
      case DISPATCH:
        act = -1;
        while (act === -1) {
          const op = code[pattern++]!;
          switch (op) {
            case OP_MARK: {
              const i = code[pattern]!;
              if (i & 1) st.lastindex = (i >> 1) + 1;
              if (i > st.lastmark) {
                for (let j = st.lastmark + 1; j < i; j++) st.mark[j] = -1;
                st.lastmark = i;
              }
              st.mark[i] = ptr;
              pattern++;
              break;
            }
            case OP_LITERAL:
              if (ptr >= end || s[ptr] !== code[pattern]) fail();
              else { pattern++; ptr++; }
              break;
            case OP_NOT_LITERAL:
              if (ptr >= end || s[ptr] === code[pattern]) fail();
              else { pattern++; ptr++; }
              break;
            case OP_SUCCESS:
              if (ctx.toplevel && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start))) fail();
              else {
                st.ptr = ptr;
                succeed();
              }
              break;
            case OP_AT:
              if (!at(st, ptr, code[pattern]!)) fail();
              else pattern++;
              break;
            case OP_CATEGORY:
              if (ptr >= end || !category(code[pattern]!, s[ptr]!)) fail();
              else { pattern++; ptr++; }
              break;
            case OP_ANY:
              if (ptr >= end || isLinebreak(s[ptr]!)) fail();
              else ptr++;
              break;
            case OP_ANY_ALL:
              if (ptr >= end) fail();
              else ptr++;
              break;
            case OP_IN:
              if (ptr >= end || !charset(code, pattern + 1, s[ptr]!)) fail();
              else { pattern += code[pattern]!; ptr++; }
              break;
            case OP_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(s[ptr]!) !== code[pattern]) fail();
              else { pattern++; ptr++; }
              break;
            case OP_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(s[ptr]!) !== code[pattern]) fail();
              else { pattern++; ptr++; }
              break;
            case OP_LITERAL_LOC_IGNORE:
              if (ptr >= end || !charLocIgnore(code[pattern]!, s[ptr]!)) fail();
              else { pattern++; ptr++; }
              break;
            case OP_NOT_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(s[ptr]!) === code[pattern]) fail();
              else { pattern++; ptr++; }
              break;
            case OP_NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(s[ptr]!) === code[pattern]) fail();
              else { pattern++; ptr++; }
              break;
            case OP_NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || charLocIgnore(code[pattern]!, s[ptr]!)) fail();
              else { pattern++; ptr++; }
              break;
            case OP_IN_IGNORE:
              if (ptr >= end || !charset(code, pattern + 1, lowerAscii(s[ptr]!))) fail();
              else { pattern += code[pattern]!; ptr++; }
              break;
            case OP_IN_UNI_IGNORE:
              if (ptr >= end || !charset(code, pattern + 1, lowerUnicode(s[ptr]!))) fail();
              else { pattern += code[pattern]!; ptr++; }
              break;
            case OP_IN_LOC_IGNORE:
              if (ptr >= end || !charsetLocIgnore(code, pattern + 1, s[ptr]!)) fail();
              else { pattern += code[pattern]!; ptr++; }
              break;
            case OP_JUMP:
            case OP_INFO:
              pattern += code[pattern]!;
              break;
            case OP_BRANCH:
              lastmarkSave();
              if (st.repeat) markPush(st, ctx.lastmark);
              act = BRANCH_LOOP;
              break;
            case OP_REPEAT_ONE: {
              // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pattern + 1]!;
              if (min > end - ptr) {
                fail();
                break;
              }
              st.ptr = ptr;
              ctx.count = count(st, code, pattern + 3, code[pattern + 2]!);
              ptr += ctx.count;
              if (ctx.count < min) {
                fail();
                break;
              }
              const tail = pattern + code[pattern]!;
              if (code[tail] === OP_SUCCESS && ptr === st.end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
                st.ptr = ptr;
                succeed();
                break;
              }
              lastmarkSave();
              if (st.repeat) markPush(st, ctx.lastmark);
              if (code[tail] === OP_LITERAL) {
                ctx.chr = code[tail + 1]!;
                act = REPEAT_ONE_1_LOOP;
              } else act = REPEAT_ONE_2_LOOP;
              break;
            }
            case OP_MIN_REPEAT_ONE: {
              const min = code[pattern + 1]!;
              if (min > end - ptr) {
                fail();
                break;
              }
              st.ptr = ptr;
              if (min === 0) ctx.count = 0;
              else {
                const n = count(st, code, pattern + 3, min);
                if (n < min) {
                  fail();
                  break;
                }
                ctx.count = n;
                ptr += n;
              }
              if (code[pattern + code[pattern]!] === OP_SUCCESS &&
                !(ctx.toplevel && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start)))) {
                st.ptr = ptr;
                succeed();
                break;
              }
              lastmarkSave();
              if (st.repeat) markPush(st, ctx.lastmark);
              act = MIN_REPEAT_ONE_LOOP;
              break;
            }
            case OP_POSSESSIVE_REPEAT_ONE: {
              const min = code[pattern + 1]!;
              if (ptr + min > end) {
                fail();
                break;
              }
              st.ptr = ptr;
              ctx.count = count(st, code, pattern + 3, code[pattern + 2]!);
              ptr += ctx.count;
              if (ctx.count < min) {
                fail();
                break;
              }
              pattern += code[pattern]!;
              if (code[pattern] === OP_SUCCESS && ptr === st.end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
                st.ptr = ptr;
                succeed();
              }
              break;
            }
            case OP_REPEAT: {
              // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
              const rep: Repeat = { count: -1, pattern, lastPtr: -1, prev: st.repeat };
              ctx.rep = rep;
              st.repeat = rep;
              st.ptr = ptr;
              call(JUMP_REPEAT, pattern + code[pattern]!, ctx.toplevel);
              break;
            }
            case OP_MAX_UNTIL: {
              const rep = st.repeat;
              if (rep === null) throw new SreInternalError();
              ctx.rep = rep;
              st.ptr = ptr;
              ctx.count = rep.count + 1;
              if (ctx.count < code[rep.pattern + 1]!) {
                rep.count = ctx.count;
                call(JUMP_MAX_UNTIL_1, rep.pattern + 3, ctx.toplevel);
              } else act = MAX_UNTIL_MORE;
              break;
            }
            case OP_MIN_UNTIL: {
              const rep = st.repeat;
              if (rep === null) throw new SreInternalError();
              ctx.rep = rep;
              st.ptr = ptr;
              ctx.count = rep.count + 1;
              if (ctx.count < code[rep.pattern + 1]!) {
                rep.count = ctx.count;
                call(JUMP_MIN_UNTIL_1, rep.pattern + 3, ctx.toplevel);
                break;
              }
              st.repeat = rep.prev;
              lastmarkSave();
              if (st.repeat) markPush(st, ctx.lastmark);
              call(JUMP_MIN_UNTIL_2, pattern, ctx.toplevel);
              break;
            }
            case OP_POSSESSIVE_REPEAT:
              st.ptr = ptr;
              ctx.count = 0;
              act = POSS_REPEAT_1_LOOP;
              break;
            case OP_ATOMIC_GROUP:
              st.ptr = ptr;
              call(JUMP_ATOMIC_GROUP, pattern + 1, false);
              break;
            case OP_GROUPREF:
            case OP_GROUPREF_IGNORE:
            case OP_GROUPREF_UNI_IGNORE:
            case OP_GROUPREF_LOC_IGNORE: {
              const span = groupSpan(st, code[pattern]!);
              if (span === null) {
                fail();
                break;
              }
              const fold = op === OP_GROUPREF ? null : op === OP_GROUPREF_IGNORE ? lowerAscii : op === OP_GROUPREF_UNI_IGNORE ? lowerUnicode : lowerLocale;
              let [p, e] = span;
              let ok = true;
              for (; p < e; p++, ptr++) {
                if (ptr >= end || (fold === null ? s[ptr] !== s[p] : fold(s[ptr]!) !== fold(s[p]!))) {
                  ok = false;
                  break;
                }
              }
              if (!ok) fail();
              else pattern++;
              break;
            }
            case OP_GROUPREF_EXISTS:
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
              if (groupSpan(st, code[pattern]!) === null) pattern += code[pattern + 1]!;
              else pattern += 2;
              break;
            case OP_ASSERT: {
              // <ASSERT> <skip> <back> <pattern>
              const back = code[pattern + 1]!;
              if (ptr < back) {
                fail();
                break;
              }
              st.ptr = ptr - back;
              call(JUMP_ASSERT, pattern + 2, false);
              break;
            }
            case OP_ASSERT_NOT: {
              const back = code[pattern + 1]!;
              if (ptr >= back) {
                st.ptr = ptr - back;
                lastmarkSave();
                if (st.repeat) markPush(st, ctx.lastmark);
                call(JUMP_ASSERT_NOT, pattern + 2, false);
              } else pattern += code[pattern]!;
              break;
            }
            case OP_FAILURE:
              fail();
              break;
            default:
              throw new SreInternalError();
          }
        }
        break;
      case BRANCH_LOOP: {
        // <BRANCH> <0=skip> code <JUMP> ... <NULL>
        let called = false;
        for (; code[pattern] !== 0; pattern += code[pattern]!) {
          const first = code[pattern + 1];
          if (first === OP_LITERAL && (ptr >= end || s[ptr] !== code[pattern + 2])) continue;
          if (first === OP_IN && (ptr >= end || !charset(code, pattern + 3, s[ptr]!))) continue;
          st.ptr = ptr;
          call(JUMP_BRANCH, pattern + 1, ctx.toplevel);
          called = true;
          break;
        }
        if (!called) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          fail();
        }
        break;
      }
      case REPEAT_ONE_1_LOOP: {
        const min = code[pattern + 1]!;
        while (ctx.count >= min && (ptr >= end || s[ptr] !== ctx.chr)) {
          ptr--;
          ctx.count--;
        }
        if (ctx.count < min) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          fail();
          break;
        }
        st.ptr = ptr;
        call(JUMP_REPEAT_ONE_1, pattern + code[pattern]!, ctx.toplevel);
        break;
      }
      case REPEAT_ONE_2_LOOP:
        if (ctx.count >= code[pattern + 1]!) {
          st.ptr = ptr;
          call(JUMP_REPEAT_ONE_2, pattern + code[pattern]!, ctx.toplevel);
        } else {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          fail();
        }
        break;
      case MIN_REPEAT_ONE_LOOP: {
        const max = code[pattern + 2]!;
        if (max === MAXREPEAT || ctx.count <= max) {
          st.ptr = ptr;
          call(JUMP_MIN_REPEAT_ONE, pattern + code[pattern]!, ctx.toplevel);
        } else {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          fail();
        }
        break;
      }
      case POSS_REPEAT_1_LOOP:
        if (ctx.count < code[pattern + 1]!) call(JUMP_POSS_REPEAT_1, pattern + 3, false);
        else {
          // No position matches -1, so the loop below is entered.
          ptr = -1;
          act = POSS_REPEAT_2_LOOP;
        }
        break;
      case POSS_REPEAT_2_LOOP: {
        const max = code[pattern + 2]!;
        if ((ctx.count < max || max === MAXREPEAT) && st.ptr !== ptr) {
          lastmarkSave();
          markPush(st, ctx.lastmark);
          ptr = st.ptr;
          call(JUMP_POSS_REPEAT_2, pattern + 3, false);
        } else act = POSS_REPEAT_TAIL;
        break;
      }
      case POSS_REPEAT_TAIL:
        pattern += code[pattern]! + 1;
        ptr = st.ptr;
        act = DISPATCH;
        break;
      case MAX_UNTIL_MORE: {
        const rep = ctx.rep!;
        const max = code[rep.pattern + 2]!;
        if ((ctx.count < max || max === MAXREPEAT) && st.ptr !== rep.lastPtr) {
          rep.count = ctx.count;
          lastmarkSave();
          markPush(st, ctx.lastmark);
          st.data.push(rep.lastPtr);
          rep.lastPtr = st.ptr;
          call(JUMP_MAX_UNTIL_2, rep.pattern + 3, ctx.toplevel);
        } else act = MAX_UNTIL_TAIL;
        break;
      }
      case MAX_UNTIL_TAIL:
        st.repeat = ctx.rep!.prev;
        call(JUMP_MAX_UNTIL_3, pattern, ctx.toplevel);
        break;
      case EXIT: {
        const jump = ctx.jump;
        if (stack.length === 0) return ret;
        ctx = stack.pop()!;
        pattern = ctx.pattern;
        ptr = ctx.ptr;
        resume(jump);
        break;
      }
    }
  }

  // The code after a DO_JUMP label: what the context does with the nested match's result.
  function resume(jump: number): void {
    switch (jump) {
      case JUMP_BRANCH:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          succeed();
        } else {
          if (st.repeat) markPop(st, ctx.lastmark, false);
          lastmarkRestore();
          pattern += code[pattern]!;
          act = BRANCH_LOOP;
        }
        return;
      case JUMP_REPEAT_ONE_1:
      case JUMP_REPEAT_ONE_2:
      case JUMP_MIN_REPEAT_ONE:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          succeed();
          return;
        }
        if (st.repeat) markPop(st, ctx.lastmark, false);
        lastmarkRestore();
        if (jump !== JUMP_MIN_REPEAT_ONE) {
          ptr--;
          ctx.count--;
          act = jump === JUMP_REPEAT_ONE_1 ? REPEAT_ONE_1_LOOP : REPEAT_ONE_2_LOOP;
          return;
        }
        st.ptr = ptr;
        if (count(st, code, pattern + 3, 1) === 0) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          fail();
          return;
        }
        ptr++;
        ctx.count++;
        act = MIN_REPEAT_ONE_LOOP;
        return;
      case JUMP_REPEAT:
        st.repeat = ctx.rep!.prev;
        act = EXIT;
        return;
      case JUMP_MAX_UNTIL_1:
      case JUMP_MIN_UNTIL_1:
        if (ret) {
          succeed();
          return;
        }
        ctx.rep!.count = ctx.count - 1;
        st.ptr = ptr;
        fail();
        return;
      case JUMP_MAX_UNTIL_2: {
        const rep = ctx.rep!;
        rep.lastPtr = st.data.pop()!;
        if (ret) {
          markDiscard(st, ctx.lastmark);
          succeed();
          return;
        }
        markPop(st, ctx.lastmark, true);
        lastmarkRestore();
        rep.count = ctx.count - 1;
        st.ptr = ptr;
        act = MAX_UNTIL_TAIL;
        return;
      }
      case JUMP_MAX_UNTIL_3:
        st.repeat = ctx.rep;
        if (ret) succeed();
        else {
          st.ptr = ptr;
          fail();
        }
        return;
      case JUMP_MIN_UNTIL_2: {
        const rep = ctx.rep!;
        const repeatOfTail = st.repeat;
        st.repeat = rep;
        if (ret) {
          if (repeatOfTail) markDiscard(st, ctx.lastmark);
          succeed();
          return;
        }
        if (repeatOfTail) markPop(st, ctx.lastmark, true);
        lastmarkRestore();
        st.ptr = ptr;
        const max = code[rep.pattern + 2]!;
        if ((ctx.count >= max && max !== MAXREPEAT) || st.ptr === rep.lastPtr) {
          fail();
          return;
        }
        rep.count = ctx.count;
        st.data.push(rep.lastPtr);
        rep.lastPtr = st.ptr;
        call(JUMP_MIN_UNTIL_3, rep.pattern + 3, ctx.toplevel);
        return;
      }
      case JUMP_MIN_UNTIL_3: {
        const rep = ctx.rep!;
        rep.lastPtr = st.data.pop()!;
        if (ret) {
          succeed();
          return;
        }
        rep.count = ctx.count - 1;
        st.ptr = ptr;
        fail();
        return;
      }
      case JUMP_POSS_REPEAT_1:
        if (ret) {
          ctx.count++;
          act = POSS_REPEAT_1_LOOP;
        } else {
          st.ptr = ptr;
          fail();
        }
        return;
      case JUMP_POSS_REPEAT_2:
        if (ret) {
          markDiscard(st, ctx.lastmark);
          ctx.count++;
          act = POSS_REPEAT_2_LOOP;
        } else {
          markPop(st, ctx.lastmark, true);
          lastmarkRestore();
          st.ptr = ptr;
          act = POSS_REPEAT_TAIL;
        }
        return;
      case JUMP_ATOMIC_GROUP:
        if (!ret) {
          st.ptr = ptr;
          fail();
          return;
        }
        pattern += code[pattern]!;
        ptr = st.ptr;
        act = DISPATCH;
        return;
      case JUMP_ASSERT:
        if (!ret) {
          fail();
          return;
        }
        pattern += code[pattern]!;
        act = DISPATCH;
        return;
      case JUMP_ASSERT_NOT:
        if (ret) {
          if (st.repeat) markDiscard(st, ctx.lastmark);
          fail();
          return;
        }
        if (st.repeat) markPop(st, ctx.lastmark, true);
        lastmarkRestore();
        pattern += code[pattern]!;
        act = DISPATCH;
        return;
    }
  }
}

/** Searches from st.start for a match; st.start and st.ptr are then its span. CPython: SRE(search) */
export function sreSearch(st: SreState, code: Code): boolean {
  const s = st.str;
  let ptr = st.start;
  let end = st.end;
  let pattern = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = -1;
  let overlap = -1;
  let charsetAt = -1;
  let flags = 0;
  if (ptr > end) return false;
  if (code[0] === OP_INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2]!;
    const min = code[3]!;
    if (min !== 0 && end - ptr < min) return false;
    if (min > 1) {
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      prefixLen = code[5]!;
      prefixSkip = code[6]!;
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & INFO_CHARSET) charsetAt = 5;
    pattern = 1 + code[1]!;
  }
  const resetCapture = () => {
    st.lastmark = st.lastindex = -1;
  };
  if (prefixLen === 1) {
    const c = code[prefix]!;
    end = st.end;
    st.mustAdvance = false;
    while (ptr < end) {
      while (s[ptr] !== c) {
        if (++ptr >= end) return false;
      }
      st.start = ptr;
      st.ptr = ptr + prefixSkip;
      if (flags & INFO_LITERAL) return true;
      if (sreMatch(st, code, pattern + 2 * prefixSkip, false)) return true;
      ++ptr;
      resetCapture();
    }
    return false;
  }
  if (prefixLen > 1) {
    end = st.end;
    if (prefixLen > end - ptr) return false;
    while (ptr < end) {
      const c = code[prefix]!;
      while (s[ptr++] !== c) {
        if (ptr >= end) return false;
      }
      if (ptr >= end) return false;
      let i = 1;
      st.mustAdvance = false;
      do {
        if (s[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return false;
            continue;
          }
          st.start = ptr - (prefixLen - 1);
          st.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & INFO_LITERAL) return true;
          if (sreMatch(st, code, pattern + 2 * prefixSkip, false)) return true;
          if (++ptr >= end) return false;
          resetCapture();
        }
        i = code[overlap + i]!;
      } while (i !== 0);
    }
    return false;
  }
  if (charsetAt >= 0) {
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      while (ptr < end && !charset(code, charsetAt, s[ptr]!)) ptr++;
      if (ptr >= end) return false;
      st.start = ptr;
      st.ptr = ptr;
      if (sreMatch(st, code, pattern, false)) return true;
      ptr++;
      resetCapture();
    }
  }
  st.start = st.ptr = ptr;
  let status = sreMatch(st, code, pattern, true);
  st.mustAdvance = false;
  if (!status && code[pattern] === OP_AT && (code[pattern + 1] === AT_BEGINNING || code[pattern + 1] === AT_BEGINNING_STRING)) {
    st.start = st.ptr = end;
    return false;
  }
  while (!status && ptr < end) {
    ptr++;
    resetCapture();
    st.start = st.ptr = ptr;
    status = sreMatch(st, code, pattern, false);
  }
  return status;
}

