// Structural pattern matching (PEP 634). Every pattern routine consumes the subject on top of
// the stack and jumps to a fail_pop label on failure; captured values stay on the stack (under
// `on_top` working items) until the whole pattern has matched, then are stored.
// CPython: Python/compile.c compiler_pattern_* and pattern_helper_*
import * as A from '../ast/nodes.gen.ts';
import { ConstTuple, constantKey, reprCodeConstant, type CodeConstant } from '../bytecode/constants.ts';
import { PyComplex } from '../ast/constant.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Op } from '../bytecode/opcodes.ts';
import { reprStr } from '../ast/repr.ts';
import { addCompare, addopBinary, constValue, jumpIf, visitExpr } from './codegen_expr.ts';
import { visitStmts } from './codegen_stmt.ts';
import { type Compiler, LOC } from './compiler.ts';
import type { Label } from './instr_sequence.ts';

interface PatternContext {
  /** names captured so far, in capture order */
  stores: string[];
  /** if false, an irrefutable pattern is an error here */
  allowIrrefutable: boolean;
  /** fail_pop[i] pops i items then fails */
  failPop: Label[];
  /** working items on top of the stack (captures go under them) */
  onTop: number;
}

function isWildcard(p: A.pattern): boolean {
  return p._k === A.K.MatchAs && p.name === null && p.pattern === null;
}

function isWildcardStar(p: A.pattern): boolean {
  return p._k === A.K.MatchStar && p.name === null;
}

// CPython: ensure_fail_pop
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

// CPython: jump_to_fail_pop
function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(loc, op, pc.failPop[pops]!);
}

// CPython: emit_and_reset_fail_pop
function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]!);
    c.addop(loc, Op.POP_TOP);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

function duplicateStoreError(c: Compiler, loc: Location, n: string) {
  return c.error(loc, `multiple assignments to name ${reprStr(n)} in pattern`);
}

/** 3.10's ROT_N as SWAPs. CPython: pattern_helper_rotate */
function rotate(c: Compiler, loc: Location, count: number): void {
  while (1 < count) c.addopI(loc, Op.SWAP, count--);
}

// CPython: pattern_helper_store_name
function storeName(c: Compiler, loc: Location, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(loc, Op.POP_TOP);
    return;
  }
  c.checkForbiddenName(loc, n, A.ExprContext.Store);
  if (pc.stores.includes(n)) throw duplicateStoreError(c, loc, n);
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

// CPython: pattern_unpack_helper
function patternUnpackHelper(c: Compiler, loc: Location, elts: readonly A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt._k === A.K.MatchStar && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw c.error(loc, 'too many expressions in star-unpacking sequence pattern');
      c.addopI(loc, Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._k === A.K.MatchStar) {
      throw c.error(loc, 'multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(loc, Op.UNPACK_SEQUENCE, n);
}

// CPython: pattern_helper_sequence_unpack
function sequenceUnpack(c: Compiler, loc: Location, patterns: readonly A.pattern[], pc: PatternContext): void {
  patternUnpackHelper(c, loc, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** Sequence patterns with a starred wildcard index the subject instead of unpacking it. CPython: pattern_helper_sequence_subscr */
function sequenceSubscr(c: Compiler, loc: Location, patterns: readonly A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i]!;
    if (isWildcard(p) || i === star) continue;
    c.addopI(loc, Op.COPY, 1);
    if (i < star) {
      c.loadConst(loc, BigInt(i));
    } else {
      // the subject may not support negative indexes
      c.addop(loc, Op.GET_LEN);
      c.loadConst(loc, BigInt(size - i));
      addopBinary(c, loc, A.Operator.Sub, false);
    }
    c.addop(loc, Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(loc, Op.POP_TOP);
}

/** A pattern inside another one: irrefutable is fine there. CPython: compiler_pattern_subpattern */
function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

// CPython: compiler_pattern_as
function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) throw c.error(LOC(p), `name capture ${reprStr(p.name)} makes remaining patterns unreachable`);
      throw c.error(LOC(p), 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, LOC(p), p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(LOC(p), Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, LOC(p), p.name, pc);
}

// CPython: validate_kwd_attrs
function validateKwdAttrs(c: Compiler, attrs: readonly string[], patterns: readonly A.pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i]!;
    c.checkForbiddenName(LOC(patterns[i]!), attr, A.ExprContext.Store);
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) throw c.error(LOC(patterns[j]!), `attribute name repeated in class pattern: ${attr}`);
    }
  }
}

// CPython: compiler_pattern_class
function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const { patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns } = p;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) throw c.error(LOC(p), `kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  if (nattrs) validateKwdAttrs(c, kwdAttrs, kwdPatterns);
  visitExpr(c, p.cls);
  c.loadConst(LOC(p), new ConstTuple(kwdAttrs));
  c.addopI(LOC(p), Op.MATCH_CLASS, nargs);
  c.addopI(LOC(p), Op.COPY, 1);
  c.loadConst(LOC(p), null);
  c.addopI(LOC(p), Op.IS_OP, 1);
  // TOS is the tuple of (nargs + nattrs) attributes, or None
  pc.onTop++;
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(LOC(p), Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.addop(LOC(p), Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

// CPython: compiler_pattern_mapping
function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) throw c.error(LOC(p), `keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(LOC(p), Op.MATCH_MAPPING);
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    pc.onTop--;
    c.addop(LOC(p), Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(LOC(p), Op.GET_LEN);
    c.loadConst(LOC(p), BigInt(size));
    addCompare(c, LOC(p), A.Cmpop.GtE);
    jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key._k === A.K.Constant) {
      const k = setKey(constValue(key));
      if (seen.has(k)) throw c.error(LOC(p), `mapping pattern checks duplicate key (${reprCodeConstant(constValue(key), () => '<code>')})`);
      seen.add(k);
    } else if (key._k !== A.K.Attribute) {
      throw c.error(LOC(p), 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI(LOC(p), Op.BUILD_TUPLE, size);
  c.addop(LOC(p), Op.MATCH_KEYS);
  // the tuple of keys and the tuple of values are now on top of the subject
  pc.onTop += 2;
  c.addopI(LOC(p), Op.COPY, 1);
  c.loadConst(LOC(p), null);
  c.addopI(LOC(p), Op.IS_OP, 1);
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(LOC(p), Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[key] for each key
    c.addopI(LOC(p), Op.BUILD_MAP, 0);
    c.addopI(LOC(p), Op.SWAP, 3);
    c.addopI(LOC(p), Op.DICT_UPDATE, 2);
    c.addopI(LOC(p), Op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addopI(LOC(p), Op.COPY, 1 + size--);
      c.addopI(LOC(p), Op.SWAP, 2);
      c.addop(LOC(p), Op.DELETE_SUBSCR);
    }
    storeName(c, LOC(p), starTarget, pc);
  } else {
    c.addop(LOC(p), Op.POP_TOP);
    c.addop(LOC(p), Op.POP_TOP);
  }
}

/** Python set membership for mapping keys: equal numbers (1, 1.0, True, 1+0j) are the same key. */
function setKey(v: CodeConstant): string {
  if (v instanceof PyComplex && v.imag === 0) v = v.real;
  if (typeof v === 'boolean') return constantKey(v ? 1n : 0n);
  if (typeof v === 'number' && Number.isInteger(v)) return constantKey(BigInt(v));
  return constantKey(v);
}

// CPython: compiler_pattern_or
function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores, failPop: pc.failPop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    pc.stores = [];
    // An irrefutable alternative must be the last one, if allowed at all.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(LOC(alt), Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error(LOC(p), 'alternative patterns bind different names');
    } else if (nstores) {
      // Reorder the captures on the stack to the first alternative's order.
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error(LOC(p), 'alternative patterns bind different names');
        if (icontrol !== istores) {
          const rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, LOC(alt), icontrol + 1);
        }
      }
    }
    c.addopJ(LOC(alt), Op.JUMP, end);
    emitAndResetFailPop(c, LOC(alt), pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.addop(LOC(p), Op.POP_TOP);
  jumpToFailPop(c, LOC(p), pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  // Move the new captures under whatever is on the stack above their final place.
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, LOC(p), nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) throw duplicateStoreError(c, LOC(p), name);
    pc.stores.push(name);
  }
  c.addop(LOC(p), Op.POP_TOP);
}

// CPython: compiler_pattern_sequence
function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i]!;
    if (sub._k === A.K.MatchStar) {
      if (star >= 0) throw c.error(LOC(p), 'multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  pc.onTop++;
  c.addop(LOC(p), Op.MATCH_SEQUENCE);
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(LOC(p), Op.GET_LEN);
    c.loadConst(LOC(p), BigInt(size));
    addCompare(c, LOC(p), A.Cmpop.Eq);
    jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(LOC(p), Op.GET_LEN);
    c.loadConst(LOC(p), BigInt(size - 1));
    addCompare(c, LOC(p), A.Cmpop.GtE);
    jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(LOC(p), Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, LOC(p), patterns, star, pc);
  else sequenceUnpack(c, LOC(p), patterns, pc);
}

// CPython: compiler_pattern_value
function patternValue(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._k !== A.K.Constant && value._k !== A.K.Attribute) throw c.error(LOC(p), 'patterns may only match literals and attribute lookups');
  visitExpr(c, value);
  addCompare(c, LOC(p), A.Cmpop.Eq);
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
}

// CPython: compiler_pattern_singleton
function patternSingleton(c: Compiler, p: A.MatchSingleton, pc: PatternContext): void {
  c.loadConst(LOC(p), p.value as CodeConstant);
  addCompare(c, LOC(p), A.Cmpop.Is);
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
}

// CPython: compiler_pattern
function pattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  switch (p._k) {
    case A.K.MatchValue:
      return patternValue(c, p, pc);
    case A.K.MatchSingleton:
      return patternSingleton(c, p, pc);
    case A.K.MatchSequence:
      return patternSequence(c, p, pc);
    case A.K.MatchMapping:
      return patternMapping(c, p, pc);
    case A.K.MatchClass:
      return patternClass(c, p, pc);
    case A.K.MatchStar:
      return storeName(c, LOC(p), p.name, pc);
    case A.K.MatchAs:
      return patternAs(c, p, pc);
    case A.K.MatchOr:
      return patternOr(c, p, pc);
  }
}

// CPython: compiler_match_inner
export function visitMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && 1 < cases;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i]!;
    const ploc = LOC(m.pattern);
    // Copy the subject unless this is the last case.
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.addopI(ploc, Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(ploc, name, A.ExprContext.Store);
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.addop(ploc, Op.POP_TOP);
    visitStmts(c, m.body);
    c.addopJ(NO_LOCATION, Op.JUMP, end);
    // A failed pattern's cleanup belongs to the pattern's line, not the body's last line.
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    const m = last;
    const ploc = LOC(m.pattern);
    if (cases === 1) c.addop(ploc, Op.POP_TOP);
    else c.addop(ploc, Op.NOP);
    if (m.guard !== null) jumpIf(c, ploc, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useLabel(end);
}
