// CPython 3.12.1's optimizations on the control-flow graph, and the pass list a code unit goes
// through before assembly: dead and empty blocks, NOPs, jump threading, constant conditions,
// tuple folding, SWAP elimination, LOAD_FAST_CHECK for possibly unbound locals, unused constants.
// Transformations that shrink the code first leave NOPs, removed afterwards.
// CPython: Python/flowgraph.c (3.12.1)
import { constantIsTrue, ConstTuple, type CodeConstant } from '../bytecode/constants.ts';
import { NO_LOCATION } from '../bytecode/linetable.ts';
import { Op, hasConst, hasTarget, isBlockPush, isJump, isTerminator, isUnconditionalJump } from '../bytecode/opcodes.ts';
import type { ConstCache } from './consts.ts';
import {
  type BasicBlock,
  type CfgBuilder,
  type CfgInstr,
  copyInstr,
  getMaxLabel,
  labelExceptionTargets,
  markExceptHandlers,
  pushColdBlocksToEnd,
  removeRedundantJumps,
  removeRedundantNops,
  resetVisited,
  resolveLineNumbers,
  setOp0,
  setOp1,
  translateJumpLabelsToTargets,
} from './flowgraph.ts';
import { NO_LABEL } from './instr_sequence.ts';

const MAX_COPY_SIZE = 4;

// CPython: mark_reachable
function markReachable(entry: BasicBlock): void {
  resetVisited(entry);
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next !== null && b.hasFallthrough()) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) || isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

// CPython: eliminate_empty_basic_blocks
function eliminateEmptyBasicBlocks(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
    let next: BasicBlock | null = b.next;
    while (next !== null && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (g.entryblock.instrs.length === 0 && g.entryblock.next !== null) g.entryblock = g.entryblock.next;
  let nextLbl = getMaxLabel(g.entryblock) + 1;
  for (let b: BasicBlock | null = g.entryblock; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (hasTarget(instr.opcode)) {
        let target = instr.target!;
        while (target.instrs.length === 0) target = target.next!;
        if (instr.target !== target) {
          if (target.label === NO_LABEL) target.label = nextLbl++;
          instr.target = target;
          instr.oparg = target.label;
        }
      }
    }
  }
}

/** Drops LOAD_CONST/POP_TOP and COPY 1/POP_TOP pairs, to a fixed point. */
// CPython: remove_redundant_nops_and_pairs
function removeRedundantNopsAndPairs(entry: BasicBlock): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CfgInstr | null = null;
    let instr: CfgInstr | null = null;
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      removeRedundantNops(b);
      if (b.label !== NO_LABEL) instr = null;
      for (const cur of b.instrs) {
        prev = instr;
        instr = cur;
        const prevOpcode = prev !== null ? prev.opcode : 0;
        const prevOparg = prev !== null ? prev.oparg : 0;
        if (cur.opcode === Op.POP_TOP && (prevOpcode === Op.LOAD_CONST || (prevOpcode === Op.COPY && prevOparg === 1))) {
          setOp0(prev!, Op.NOP);
          setOp0(cur, Op.NOP);
          done = false;
        }
      }
      if ((instr !== null && isJump(instr.opcode)) || !b.hasFallthrough()) instr = null;
    }
  }
}

// CPython: inline_small_exit_blocks
function inlineSmallExitBlocks(bb: BasicBlock): void {
  const last = bb.last();
  if (last === null || !isUnconditionalJump(last.opcode)) return;
  const target = last.target!;
  if (target.exitsScope() && target.instrs.length <= MAX_COPY_SIZE) {
    setOp0(last, Op.NOP);
    for (const instr of target.instrs) bb.instrs.push(copyInstr(instr));
  }
}

// CPython: jump_thread
function jumpThread(inst: CfgInstr, target: CfgInstr, opcode: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

/** LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn). */
// CPython: fold_tuple_on_constants
function foldTupleOnConstants(cache: ConstCache, instrs: CfgInstr[], start: number, n: number, consts: CodeConstant[]): void {
  for (let i = 0; i < n; i++) if (!hasConst(instrs[start + i]!.opcode)) return;
  const items: CodeConstant[] = [];
  for (let i = 0; i < n; i++) {
    const inst = instrs[start + i]!;
    if (inst.opcode !== Op.LOAD_CONST) throw new Error('SystemError: Internal error: failed to get value of a constant');
    items.push(consts[inst.oparg]!);
  }
  const newconst = cache.mergeOne(new ConstTuple(items));
  let index = consts.indexOf(newconst);
  if (index < 0) {
    index = consts.length;
    consts.push(newconst);
  }
  for (let i = 0; i < n; i++) setOp0(instrs[start + i]!, Op.NOP);
  setOp1(instrs[start + n]!, Op.LOAD_CONST, index);
}

/** Replaces a run of SWAPs and NOPs by an equivalent shortest one. Returns the new index. */
// CPython: swaptimize
function swaptimize(block: BasicBlock, ix: number): number {
  const instrs = block.instrs;
  let depth = instrs[ix]!.oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const opcode = instrs[ix + len]!.opcode;
    if (opcode === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len]!.oparg);
      more = true;
    } else if (opcode !== Op.NOP) break;
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instrs[ix + i]!.opcode === Op.SWAP) {
      const oparg = instrs[ix + i]!.oparg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  // Undo the permutation cycle by cycle, writing the swaps from the end of the run backwards.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const inst = instrs[ix + current--]!;
        inst.opcode = Op.SWAP;
        inst.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp0(instrs[ix + current--]!, Op.NOP);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}

function storesTo(i: CfgInstr): number {
  return i.opcode === Op.STORE_FAST || i.opcode === Op.STORE_FAST_MAYBE_NULL ? i.oparg : -1;
}

// CPython: next_swappable_instruction
function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const instruction = block.instrs[i]!;
    if (lineno >= 0 && instruction.loc.lineno !== lineno) return -1;
    if (instruction.opcode === Op.NOP) continue;
    if (swappable(instruction.opcode)) return i;
    return -1;
  }
  return -1;
}

/** SWAP n followed by n swappable stores/pops: reorder the stores instead. */
// CPython: apply_static_swaps
function applyStaticSwaps(block: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = block.instrs[i]!;
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j]!.loc.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(block.instrs[j]!);
    const storeK = storesTo(block.instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const storeIdx = storesTo(block.instrs[idx]!);
        if (storeIdx >= 0 && (storeIdx === storeJ || storeIdx === storeK)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const temp = block.instrs[j]!;
    block.instrs[j] = block.instrs[k]!;
    block.instrs[k] = temp;
  }
}

// CPython: optimize_basic_block
function optimizeBasicBlock(cache: ConstCache, bb: BasicBlock, consts: CodeConstant[]): void {
  const nop: CfgInstr = { opcode: Op.NOP, oparg: 0, loc: NO_LOCATION, target: null, except: null };
  let target = nop;
  let opcode = 0;
  let oparg = 0;
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.opcode === Op.COPY && inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
      target = hasTarget(opcode) ? inst.target!.instrs[0]! : nop;
    }
    const nextop = i + 1 < instrs.length ? instrs[i + 1]!.opcode : 0;
    switch (opcode) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = constantIsTrue(consts[oparg]!);
            setOp0(inst, Op.NOP);
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) instrs[i + 1]!.opcode = Op.JUMP;
            else setOp0(instrs[i + 1]!, Op.NOP);
            break;
          }
          case Op.IS_OP: {
            const cnt = consts[oparg];
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.opcode : 0;
            if (cnt === null && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1]!.oparg & 0xff;
              setOp0(inst, Op.NOP);
              setOp0(instrs[i + 1]!, Op.NOP);
              instrs[i + 2]!.opcode = (nextarg ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0)) !== 0 ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            }
            break;
          }
          case Op.RETURN_VALUE:
            setOp0(inst, Op.NOP);
            setOp1(instrs[++i]!, Op.RETURN_CONST, oparg);
            break;
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1]!.oparg) {
          if (oparg === 1) {
            setOp0(inst, Op.NOP);
            setOp0(instrs[i + 1]!, Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(inst, Op.NOP);
            instrs[i + 1]!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(cache, instrs, i - oparg, oparg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        if (target.opcode === Op.JUMP && jumpThread(inst, target, opcode)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          setOp0(inst, Op.NOP);
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1]!.oparg & 1) === 0) {
          setOp0(inst, Op.NOP);
          instrs[i + 1]!.oparg |= 1;
        }
        break;
    }
  }
}

// CPython: check_cfg
function checkCfg(g: CfgBuilder): void {
  for (const b of g.blocks()) {
    for (let i = 0; i < b.instrs.length; i++) {
      if (isTerminator(b.instrs[i]!.opcode) && i !== b.instrs.length - 1) throw new Error('SystemError: malformed control flow graph.');
    }
  }
}

// CPython: optimize_cfg
function optimizeCfg(g: CfgBuilder, consts: CodeConstant[], cache: ConstCache): void {
  checkCfg(g);
  eliminateEmptyBasicBlocks(g);
  for (const b of g.blocks()) inlineSmallExitBlocks(b);
  for (const b of g.blocks()) optimizeBasicBlock(cache, b, consts);
  removeRedundantNopsAndPairs(g.entryblock);
  for (const b of g.blocks()) inlineSmallExitBlocks(b);
  markReachable(g.entryblock);
  for (const b of g.blocks()) if (b.predecessors === 0) b.instrs.length = 0;
  for (const b of g.blocks()) removeRedundantNops(b);
  eliminateEmptyBasicBlocks(g);
  removeRedundantJumps(g);
}

function maybePush(b: BasicBlock, unsafeMask: bigint, stack: BasicBlock[]): void {
  const both = b.unsafeLocalsMask | unsafeMask;
  if (b.unsafeLocalsMask !== both) {
    b.unsafeLocalsMask = both;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

// CPython: scan_block_for_locals
function scanBlockForLocals(b: BasicBlock, stack: BasicBlock[]): void {
  let unsafeMask = b.unsafeLocalsMask;
  for (const instr of b.instrs) {
    if (instr.except !== null) maybePush(instr.except, unsafeMask, stack);
    if (instr.oparg >= 64) continue;
    const bit = 1n << BigInt(instr.oparg);
    switch (instr.opcode) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        unsafeMask |= bit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        unsafeMask &= ~bit;
        break;
      case Op.LOAD_FAST:
        if (unsafeMask & bit) instr.opcode = Op.LOAD_FAST_CHECK;
        unsafeMask &= ~bit;
        break;
    }
  }
  if (b.next !== null && b.hasFallthrough()) maybePush(b.next, unsafeMask, stack);
  const last = b.last();
  if (last !== null && isJump(last.opcode)) maybePush(last.target!, unsafeMask, stack);
}

// CPython: fast_scan_many_locals
function fastScanManyLocals(entry: BasicBlock, nlocals: number): void {
  const states = new Array<number>(nlocals - 64).fill(0);
  let blocknum = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.oparg;
      if (arg < 64) continue;
      switch (instr.opcode) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.opcode = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

/** LOAD_FAST of a local that may be unbound at that point becomes LOAD_FAST_CHECK. */
// CPython: add_checks_for_loads_of_uninitialized_variables
function addChecksForLoadsOfUninitializedVariables(entry: BasicBlock, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals);
    nlocals = 64;
  }
  resetVisited(entry);
  const stack: BasicBlock[] = [];
  let startMask = 0n;
  for (let i = nparams; i < nlocals; i++) startMask |= 1n << BigInt(i);
  maybePush(entry, startMask, stack);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

/** Drops constants no instruction uses (the first, a possible docstring, always stays). */
// CPython: remove_unused_consts
function removeUnusedConsts(entry: BasicBlock, consts: CodeConstant[]): void {
  const nconsts = consts.length;
  if (nconsts === 0) return;
  const used = new Array<boolean>(nconsts).fill(false);
  used[0] = true;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (hasConst(instr.opcode)) used[instr.oparg] = true;
  }
  const reverse = new Array<number>(nconsts).fill(-1);
  const kept: CodeConstant[] = [];
  for (let i = 0; i < nconsts; i++) {
    if (used[i]) {
      reverse[i] = kept.length;
      kept.push(consts[i]!);
    }
  }
  if (kept.length === nconsts) return;
  consts.length = 0;
  consts.push(...kept);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (hasConst(instr.opcode)) instr.oparg = reverse[instr.oparg]!;
  }
}

/** The CFG passes CPython runs on a code unit before assembly. */
// CPython: _PyCfg_OptimizeCodeUnit
export function optimizeCodeUnit(g: CfgBuilder, consts: CodeConstant[], cache: ConstCache, nlocals: number, nparams: number, firstlineno: number): void {
  translateJumpLabelsToTargets(g.entryblock);
  markExceptHandlers(g.entryblock);
  labelExceptionTargets(g.entryblock);
  optimizeCfg(g, consts, cache);
  removeUnusedConsts(g.entryblock, consts);
  addChecksForLoadsOfUninitializedVariables(g.entryblock, nlocals, nparams);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g, firstlineno);
}
