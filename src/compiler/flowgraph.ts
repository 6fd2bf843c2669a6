// The control-flow graph: basic blocks built from the instruction sequence, exception-handler
// labelling, cold-block placement, line number propagation, stack depth and jump resolution.
// The optimization passes are in flowgraph_opt.ts.
// CPython: Python/flowgraph.c (3.12.1)
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import {
  Op,
  hasTarget,
  instrSize,
  isBackwardsJump,
  isBlockPush,
  isJump,
  isScopeExit,
  isTerminator,
  isUnconditionalJump,
} from '../bytecode/opcodes.ts';
import { stackEffect } from '../bytecode/stack_effect.ts';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from './code.ts';
import { type InstrSequence, type Label, NO_LABEL } from './instr_sequence.ts';

export interface CfgInstr {
  opcode: number;
  oparg: number;
  loc: Location;
  target: BasicBlock | null;
  except: BasicBlock | null;
}

export class BasicBlock {
  /** Every block ever made, newest first (b_list). */
  list: BasicBlock | null = null;
  label: Label = NO_LABEL;
  instrs: CfgInstr[] = [];
  /** The block that follows in code order (b_next). */
  next: BasicBlock | null = null;
  exceptstack: BasicBlock[] | null = null;
  predecessors = 0;
  startdepth = 0;
  offset = 0;
  visited = false;
  exceptHandler = false;
  preserveLasti = false;
  cold = false;
  warm = false;
  unsafeLocalsMask = 0n;

  last(): CfgInstr | null {
    return this.instrs.length > 0 ? this.instrs[this.instrs.length - 1]! : null;
  }

  // CPython: BB_NO_FALLTHROUGH / BB_HAS_FALLTHROUGH
  noFallthrough(): boolean {
    const last = this.last();
    return last !== null && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode));
  }

  hasFallthrough(): boolean {
    return !this.noFallthrough();
  }

  exitsScope(): boolean {
    const last = this.last();
    return last !== null && isScopeExit(last.opcode);
  }

  addop(opcode: number, oparg: number, loc: Location): void {
    this.instrs.push({ opcode, oparg, loc, target: null, except: null });
  }
}

export function copyInstr(i: CfgInstr): CfgInstr {
  return { opcode: i.opcode, oparg: i.oparg, loc: i.loc, target: i.target, except: i.except };
}

export function setOp0(i: CfgInstr, op: number): void {
  i.opcode = op;
  i.oparg = 0;
}

export function setOp1(i: CfgInstr, op: number, arg: number): void {
  i.opcode = op;
  i.oparg = arg;
}

export class CfgBuilder {
  entryblock: BasicBlock;
  blockList: BasicBlock | null = null;
  curblock: BasicBlock;
  currentLabel: Label = NO_LABEL;

  constructor() {
    const b = this.newBlock();
    this.entryblock = b;
    this.curblock = b;
  }

  // CPython: cfg_builder_new_block
  newBlock(): BasicBlock {
    const b = new BasicBlock();
    b.list = this.blockList;
    this.blockList = b;
    return b;
  }

  // CPython: cfg_builder_current_block_is_terminated
  private currentBlockIsTerminated(): boolean {
    const last = this.curblock.last();
    if (last !== null && isTerminator(last.opcode)) return true;
    if (this.currentLabel !== NO_LABEL) {
      if (last !== null || this.curblock.label !== NO_LABEL) return true;
      this.curblock.label = this.currentLabel;
      this.currentLabel = NO_LABEL;
    }
    return false;
  }

  // CPython: cfg_builder_maybe_start_new_block
  private maybeStartNewBlock(): void {
    if (this.currentBlockIsTerminated()) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = NO_LABEL;
      this.curblock.next = b;
      this.curblock = b;
    }
  }

  useLabel(lbl: Label): void {
    this.currentLabel = lbl;
    this.maybeStartNewBlock();
  }

  addop(opcode: number, oparg: number, loc: Location): void {
    this.maybeStartNewBlock();
    this.curblock.addop(opcode, oparg, loc);
  }

  *blocks(): Generator<BasicBlock> {
    for (let b: BasicBlock | null = this.entryblock; b !== null; b = b.next) yield b;
  }
}

/** Builds the CFG of an instruction sequence. CPython: compile.c instr_sequence_to_cfg */
export function instrSequenceToCfg(seq: InstrSequence): CfgBuilder {
  const g = new CfgBuilder();
  // Several labels can mark one instruction; the highest-numbered one is used for all.
  const offset2lbl = new Array<number>(seq.instrs.length).fill(-1);
  for (let lbl = 0; lbl < seq.labelmap.length; lbl++) {
    const offset = seq.labelmap[lbl]!;
    if (offset >= 0 && offset < seq.instrs.length) offset2lbl[offset] = lbl;
  }
  for (let i = 0; i < seq.instrs.length; i++) {
    const lbl = offset2lbl[i]!;
    if (lbl >= 0) g.useLabel(lbl);
    const instr = seq.instrs[i]!;
    let oparg = instr.oparg;
    if (hasTarget(instr.opcode)) oparg = offset2lbl[seq.labelmap[oparg]!]!;
    g.addop(instr.opcode, oparg, instr.loc);
  }
  return g;
}

export function getMaxLabel(entry: BasicBlock): number {
  let lbl = -1;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) if (b.label > lbl) lbl = b.label;
  return lbl;
}

// CPython: translate_jump_labels_to_targets
export function translateJumpLabelsToTargets(entry: BasicBlock): void {
  const label2block = new Map<number, BasicBlock>();
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) if (b.label >= 0) label2block.set(b.label, b);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (hasTarget(instr.opcode)) {
        const t = label2block.get(instr.oparg);
        if (t === undefined) throw new Error(`compiler: jump to unknown label ${instr.oparg}`);
        instr.target = t;
      }
    }
  }
}

// CPython: mark_except_handlers
export function markExceptHandlers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (isBlockPush(instr.opcode)) instr.target!.exceptHandler = true;
  }
}

export function resetVisited(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.visited = false;
}

/**
 * Which handler covers each instruction: walks the graph with a stack of active handlers
 * (SETUP_* pushes, POP_BLOCK pops). YIELD_VALUE's oparg becomes the handler depth.
 */
// CPython: label_exception_targets
export function labelExceptionTargets(entry: BasicBlock): void {
  resetVisited(entry);
  const todo: BasicBlock[] = [entry];
  entry.visited = true;
  entry.exceptstack = [];
  // The stack's element 0 is the "no handler" entry (handlers[0] == NULL in CPython).
  while (todo.length > 0) {
    const b = todo.pop()!;
    let exceptStack: (BasicBlock | null)[] | null = [null, ...b.exceptstack!];
    b.exceptstack = null;
    const top = (s: (BasicBlock | null)[]) => s[s.length - 1]!;
    let handler = top(exceptStack);
    for (let i = 0; i < b.instrs.length; i++) {
      const instr = b.instrs[i]!;
      if (isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptstack = exceptStack!.slice(1) as BasicBlock[];
          todo.push(target);
          target.visited = true;
        }
        if (instr.opcode === Op.SETUP_WITH || instr.opcode === Op.SETUP_CLEANUP) target.preserveLasti = true;
        exceptStack!.push(target);
        handler = target;
      } else if (instr.opcode === Op.POP_BLOCK) {
        exceptStack!.pop();
        handler = top(exceptStack!);
      } else if (isJump(instr.opcode)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          target.exceptstack = exceptStack!.slice(1) as BasicBlock[];
          if (!b.hasFallthrough()) exceptStack = null;
          todo.push(target);
          target.visited = true;
        }
      } else {
        if (instr.opcode === Op.YIELD_VALUE) instr.oparg = exceptStack!.length - 1;
        instr.except = handler;
      }
    }
    if (b.hasFallthrough() && !b.next!.visited) {
      b.next!.exceptstack = exceptStack!.slice(1) as BasicBlock[];
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

/** Removes NOPs that carry no line information of their own. CPython: remove_redundant_nops */
export function removeRedundantNops(bb: BasicBlock): number {
  const instrs = bb.instrs;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const lineno = instrs[src]!.loc.lineno;
    if (instrs[src]!.opcode === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const nextLineno = instrs[src + 1]!.loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1]!.loc = instrs[src]!.loc;
          continue;
        }
      } else {
        let next: BasicBlock | null = bb.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null) {
          let nextLoc = NO_LOCATION;
          for (const instr of next.instrs) {
            if (instr.opcode === Op.NOP && instr.loc.lineno === NO_LOCATION.lineno) continue;
            nextLoc = instr.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    if (dest !== src) instrs[dest] = instrs[src]!;
    dest++;
    prevLineno = lineno;
  }
  const removed = instrs.length - dest;
  instrs.length = dest;
  return removed;
}

// CPython: remove_redundant_jumps
export function removeRedundantJumps(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
    const last: CfgInstr = b.last()!;
    if (isUnconditionalJump(last.opcode)) {
      if (last.target === null) throw new Error('SystemError: jump with NULL target');
      if (last.target === b.next) setOp0(last, Op.NOP);
    }
  }
}

// CPython: mark_warm
function markWarm(entry: BasicBlock): void {
  resetVisited(entry);
  const stack: BasicBlock[] = [entry];
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next !== null && b.hasFallthrough() && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) && !instr.target!.visited) {
        stack.push(instr.target!);
        instr.target!.visited = true;
      }
    }
  }
}

// CPython: mark_cold
function markCold(entry: BasicBlock): void {
  markWarm(entry);
  resetVisited(entry);
  const stack: BasicBlock[] = [];
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next !== null && b.hasFallthrough() && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode)) {
        const target = instr.target!;
        if (!target.warm && !target.visited) {
          stack.push(target);
          target.visited = true;
        }
      }
    }
  }
}

/** Moves blocks only reached from exception handlers to the end of the code. */
// CPython: push_cold_blocks_to_end
export function pushColdBlocksToEnd(g: CfgBuilder): void {
  const entry = g.entryblock;
  if (entry.next === null) return;
  markCold(entry);
  let nextLbl = getMaxLabel(entry) + 1;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.cold && b.hasFallthrough() && b.next !== null && b.next.warm) {
      const explicitJump = g.newBlock();
      if (b.next.label === NO_LABEL) b.next.label = nextLbl++;
      explicitJump.addop(Op.JUMP, b.next.label, NO_LOCATION);
      explicitJump.cold = true;
      explicitJump.next = b.next;
      b.next = explicitJump;
      explicitJump.last()!.target = explicitJump.next;
    }
  }
  let coldBlocks: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b = entry;
  while (b.next !== null) {
    while (b.next !== null && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let bEnd = b.next;
    while (bEnd.next !== null && bEnd.next.cold) bEnd = bEnd.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = bEnd;
    b.next = bEnd.next;
    bEnd.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantJumps(g);
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  if (!b.exitsScope()) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

/**
 * Exit blocks without a line number that several jumps reach are copied, one per jump, so each
 * can take the line of its only predecessor (PEP 626: f_lineno is right after a return).
 */
// CPython: duplicate_exits_without_lineno
function duplicateExitsWithoutLineno(g: CfgBuilder): void {
  let nextLbl = getMaxLabel(g.entryblock) + 1;
  for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
    const last: CfgInstr = b.last()!;
    if (isJump(last.opcode)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const newTarget = g.newBlock();
        for (const instr of target.instrs) newTarget.instrs.push(copyInstr(instr));
        newTarget.instrs[0]!.loc = last.loc;
        last.target = newTarget;
        target.predecessors--;
        newTarget.predecessors = 1;
        newTarget.next = target.next;
        newTarget.label = nextLbl++;
        target.next = newTarget;
      }
    }
  }
  for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
    if (b.hasFallthrough() && b.next !== null && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) b.next.instrs[0]!.loc = b.last()!.loc;
    }
  }
}

// CPython: propagate_line_numbers
function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === null) continue;
    let prevLocation = NO_LOCATION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno < 0) instr.loc = prevLocation;
      else prevLocation = instr.loc;
    }
    if (b.hasFallthrough() && b.next!.predecessors === 1) {
      if (b.next!.instrs[0]!.loc.lineno < 0) b.next!.instrs[0]!.loc = prevLocation;
    }
    if (isJump(last.opcode)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0]!.loc.lineno < 0) target.instrs[0]!.loc = prevLocation;
    }
  }
}

// CPython: guarantee_lineno_for_exits
function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === null) continue;
    if (last.loc.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) {
        for (const instr of b.instrs) instr.loc = { ...instr.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** Every instruction gets a line, every exit the line of what leads to it. CPython: resolve_line_numbers */
export function resolveLineNumbers(g: CfgBuilder, firstlineno: number): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g.entryblock);
  guaranteeLinenoForExits(g.entryblock, firstlineno);
}

/** Maximum stack depth over all paths (cycles are assumed to have no net effect). */
// CPython: _PyCfg_Stackdepth
export function stackdepth(entry: BasicBlock, codeFlags: number): number {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.startdepth = -0x80000000;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) ? 1 : 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const effect = stackEffect(instr.opcode, instr.oparg, false);
      if (effect === null) throw new Error(`SystemError: compiler stack_effect(opcode=${instr.opcode}, arg=${instr.oparg}) failed`);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(instr.opcode)) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, true)!;
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.opcode) || isScopeExit(instr.opcode)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

/** SETUP_* and POP_BLOCK become NOPs (then dropped); STORE_FAST_MAYBE_NULL becomes STORE_FAST. */
// CPython: _PyCfg_ConvertPseudoOps
export function convertPseudoOps(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode) || instr.opcode === Op.POP_BLOCK) setOp0(instr, Op.NOP);
      else if (instr.opcode === Op.STORE_FAST_MAYBE_NULL) instr.opcode = Op.STORE_FAST;
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) removeRedundantNops(b);
}

// CPython: normalize_jumps_in_block
function normalizeJumpsInBlock(g: CfgBuilder, b: BasicBlock): void {
  const last = b.last();
  if (last === null || !isJump(last.opcode)) return;
  const isForward = !last.target!.visited;
  if (last.opcode === Op.JUMP) {
    last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    return;
  }
  if (last.opcode === Op.JUMP_NO_INTERRUPT) {
    last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
    return;
  }
  let reversed = 0;
  switch (last.opcode) {
    case Op.POP_JUMP_IF_NOT_NONE:
      reversed = Op.POP_JUMP_IF_NONE;
      break;
    case Op.POP_JUMP_IF_NONE:
      reversed = Op.POP_JUMP_IF_NOT_NONE;
      break;
    case Op.POP_JUMP_IF_FALSE:
      reversed = Op.POP_JUMP_IF_TRUE;
      break;
    case Op.POP_JUMP_IF_TRUE:
      reversed = Op.POP_JUMP_IF_FALSE;
      break;
  }
  if (isForward) return;
  // A backward conditional jump becomes a forward one over an unconditional backward jump.
  const target = last.target!;
  const backwardsJump = g.newBlock();
  backwardsJump.addop(Op.JUMP, target.label, last.loc);
  backwardsJump.instrs[0]!.target = target;
  last.opcode = reversed;
  last.target = b.next;
  backwardsJump.cold = b.cold;
  backwardsJump.next = b.next;
  b.next = backwardsJump;
}

/** Gives every jump its direction and its relative offset (with EXTENDED_ARG as needed). */
// CPython: _PyCfg_ResolveJumps (normalize_jumps, resolve_jump_offsets)
export function resolveJumps(g: CfgBuilder): void {
  resetVisited(g.entryblock);
  for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
    b.visited = true;
    normalizeJumpsInBlock(g, b);
  }
  let recompile: boolean;
  do {
    let totsize = 0;
    for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
      b.offset = totsize;
      for (const instr of b.instrs) totsize += instrSize(instr.opcode, instr.oparg);
    }
    recompile = false;
    for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
      let bsize = b.offset;
      for (const instr of b.instrs) {
        const isize = instrSize(instr.opcode, instr.oparg);
        bsize += isize;
        if (isJump(instr.opcode)) {
          const targetOffset = instr.target!.offset;
          if (targetOffset < bsize) {
            if (!isBackwardsJump(instr.opcode)) throw new Error('compiler: forward jump to an earlier offset');
            instr.oparg = bsize - targetOffset;
          } else {
            instr.oparg = targetOffset - bsize;
          }
          if (instrSize(instr.opcode, instr.oparg) !== isize) recompile = true;
        }
      }
    }
  } while (recompile);
}
