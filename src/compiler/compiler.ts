// The code generator's state: one compiler per compilation, one unit per code object being
// built (module, class body, function, lambda, comprehension, type-parameter scope), and the
// helpers every part of the code generator shares (emitting instructions, name resolution,
// frame blocks, scopes, errors and warnings).
// CPython: Python/compile.c (3.12.1): struct compiler, struct compiler_unit and their helpers
import type * as A from '../ast/nodes.gen.ts';
import { type CodeConstant } from '../bytecode/constants.ts';
import { NO_LOCATION, type Location } from '../bytecode/linetable.ts';
import { Op, hasArg, isAssemblerOpcode, isBlockPush, isJump } from '../bytecode/opcodes.ts';
import {
  BlockType,
  CELL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_MASK,
  SCOPE_OFFSET,
  getScope,
  isFunctionLike,
  lookup,
  mangle,
  type FutureFeatures,
  type SymTable,
  type SymtableEntry,
} from '../symtable/symtable.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { makeCodeObject, type CodeUnitMetadata } from './assemble.ts';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, type CodeDescriptor } from './code.ts';
import { ConstCache, ConstTable, NameTable } from './consts.ts';
import { convertPseudoOps, instrSequenceToCfg, resolveJumps, stackdepth, type BasicBlock, type CfgInstr } from './flowgraph.ts';
import { optimizeCodeUnit } from './flowgraph_opt.ts';
import { InstrSequence, type Instruction, type Label, NO_LABEL } from './instr_sequence.ts';

export const enum ScopeType {
  MODULE,
  CLASS,
  FUNCTION,
  ASYNC_FUNCTION,
  LAMBDA,
  COMPREHENSION,
  TYPEPARAMS,
}

export const enum FBlockType {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

/** A loop, try, with or handler the code being generated is inside of. */
export interface FBlockInfo {
  type: FBlockType;
  block: Label;
  /** optional exit or cleanup label */
  exit: Label;
  /** FINALLY_TRY: the finally body; WITH/ASYNC_WITH: the statement; HANDLER_CLEANUP: the bound name */
  datum: A.stmt[] | A.stmt | string | null;
}

/** CPython: CO_MAXBLOCKS */
export const CO_MAXBLOCKS = 20;

/** A soft limit on stack use: bigger displays and calls are built incrementally. */
export const STACK_USE_GUIDELINE = 30;

// Flags compile() accepts. CPython: Include/cpython/compile.h
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_TYPE_COMMENTS = 0x1000;
/** The CO_FUTURE_* bits code objects inherit from the compile flags. */
export const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

export function LOC(n: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }): Location {
  return { lineno: n.lineno, end_lineno: n.end_lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset };
}

export function location(lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Location {
  return { lineno, end_lineno, col_offset, end_col_offset };
}

export class CompilerUnit {
  readonly seq = new InstrSequence();
  readonly fblocks: FBlockInfo[] = [];
  inInlinedComp = 0;
  private_: string | null = null;
  readonly consts = new ConstTable();
  readonly md: CodeUnitMetadata;

  constructor(
    public ste: SymtableEntry,
    readonly scopeType: ScopeType,
    name: string,
    firstlineno: number,
  ) {
    const cellvars = new NameTable(sortedNames(ste, (scope, flags) => scope === CELL || (flags & DEF_COMP_CELL) !== 0), 0);
    if (ste.ste_needs_class_closure) cellvars.add('__class__');
    if (ste.ste_needs_classdict) cellvars.add('__classdict__');
    const freevars = new NameTable(sortedNames(ste, (scope, flags) => scope === FREE || (flags & DEF_FREE_CLASS) !== 0), cellvars.size);
    this.md = {
      u_name: name,
      u_qualname: null,
      u_names: new NameTable(),
      u_varnames: new NameTable(ste.ste_varnames),
      u_cellvars: cellvars,
      u_freevars: freevars,
      u_fasthidden: new Map(),
      u_argcount: 0,
      u_posonlyargcount: 0,
      u_kwonlyargcount: 0,
      u_firstlineno: firstlineno,
    };
  }
}

/** The block's names whose scope/flags match, sorted (code point order, as PyList_Sort). CPython: dictbytype */
function sortedNames(ste: SymtableEntry, pred: (scope: number, flags: number) => boolean): string[] {
  const out: string[] = [];
  for (const [name, flags] of ste.ste_symbols) {
    if (pred((flags >> SCOPE_OFFSET) & SCOPE_MASK, flags)) out.push(name);
  }
  return out.sort(compareCodePoints);
}

/** Python's str ordering (by code point; JS's default sort compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export interface CompilerOptions {
  /** Optimization level (-O count): 1 drops asserts, 2 docstrings too. */
  optimize: number;
  /** PyCF_* and CO_FUTURE_* flags, merged with the module's future features. */
  flags: number;
  /** Receives each SyntaxWarning; returning 'error' turns it into a SyntaxError (warnings filter "error"). */
  onWarning?: (msg: string, lineno: number) => 'error' | void;
}

export class Compiler {
  readonly constCache = new ConstCache();
  readonly stack: CompilerUnit[] = [];
  u!: CompilerUnit;
  interactive = false;
  nestlevel = 0;
  readonly flags: number;

  constructor(
    readonly filename: string,
    readonly st: SymTable,
    readonly future: FutureFeatures,
    readonly opts: CompilerOptions,
  ) {
    this.flags = future.ff_features | opts.flags;
  }

  get optimize(): number {
    return this.opts.optimize;
  }

  /** CPython: IS_TOP_LEVEL_AWAIT */
  isTopLevelAwait(): boolean {
    return (this.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.ste_type === BlockType.ModuleBlock;
  }

  // ---- errors and warnings ----

  /** A SyntaxError at loc (columns are 1-based byte offsets, as CPython's compiler reports them). CPython: compiler_error */
  error(loc: Location, msg: string): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, null, loc.end_lineno, loc.end_col_offset + 1);
  }

  /** CPython: compiler_warn */
  warn(loc: Location, msg: string): void {
    if (this.opts.onWarning?.(msg, loc.lineno) === 'error') throw this.error(loc, msg);
  }

  // ---- emitting ----

  get seq(): InstrSequence {
    return this.u.seq;
  }

  newLabel(): Label {
    return this.u.seq.newLabel();
  }

  useLabel(lbl: Label): void {
    this.u.seq.useLabel(lbl);
  }

  /** CPython: ADDOP / codegen_addop_noarg */
  addop(loc: Location, op: number): void {
    if (hasArg(op) || isAssemblerOpcode(op)) throw new Error(`compiler: ${op} needs an argument`);
    this.u.seq.addop(op, 0, loc);
  }

  /** CPython: ADDOP_I */
  addopI(loc: Location, op: number, oparg: number): void {
    this.u.seq.addop(op, oparg, loc);
  }

  /** CPython: ADDOP_JUMP */
  addopJ(loc: Location, op: number, target: Label): void {
    if (target === NO_LABEL || !(isJump(op) || isBlockPush(op))) throw new Error('compiler: bad jump');
    this.u.seq.addop(op, target, loc);
  }

  addConst(o: CodeConstant): number {
    return this.u.consts.add(this.constCache, o);
  }

  /** CPython: ADDOP_LOAD_CONST */
  loadConst(loc: Location, o: CodeConstant): void {
    this.addopI(loc, Op.LOAD_CONST, this.addConst(o));
  }

  /** An opcode whose argument indexes one of the unit's name tables. CPython: ADDOP_N / compiler_addop_o */
  addopO(loc: Location, op: number, table: NameTable, name: string): void {
    this.addopI(loc, op, table.add(name));
  }

  /** An opcode taking a (mangled) name from co_names. CPython: ADDOP_NAME / compiler_addop_name */
  addopName(loc: Location, op: number, table: NameTable, name: string): void {
    let arg = table.add(mangle(this.u.private_, name));
    if (op === Op.LOAD_ATTR) arg <<= 1;
    if (op === Op.LOAD_METHOD) {
      op = Op.LOAD_ATTR;
      arg = (arg << 1) | 1;
    }
    if (op === Op.LOAD_SUPER_ATTR) arg = (arg << 2) | 2;
    if (op === Op.LOAD_SUPER_METHOD) {
      op = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 3;
    }
    if (op === Op.LOAD_ZERO_SUPER_ATTR) {
      op = Op.LOAD_SUPER_ATTR;
      arg <<= 2;
    }
    if (op === Op.LOAD_ZERO_SUPER_METHOD) {
      op = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 1;
    }
    this.addopI(loc, op, arg);
  }

  // ---- scopes ----

  /** CPython: compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = lookup(this.st, key);
    const u = new CompilerUnit(ste, scopeType, name, lineno);
    if (this.u !== undefined) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === ScopeType.MODULE) {
      this.addopI(location(0, lineno, 0, 0), Op.RESUME, 0);
    } else {
      this.setQualname();
      this.addopI(location(lineno, lineno, 0, 0), Op.RESUME, 0);
    }
  }

  /** CPython: compiler_exit_scope */
  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent !== undefined) this.u = parent;
  }

  // CPython: compiler_set_qualname
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    // The enclosing units, outermost (the module) first.
    const stackSize = this.stack.length;
    if (stackSize > 1) {
      let parent = this.stack[stackSize - 1]!;
      if (parent.scopeType === ScopeType.TYPEPARAMS) {
        // The qualname skips the type-parameter scope; directly in the module, it is the name.
        if (stackSize === 2) {
          u.md.u_qualname = u.md.u_name;
          return;
        }
        parent = this.stack[stackSize - 2]!;
      }
      let forceGlobal = false;
      if (u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION || u.scopeType === ScopeType.CLASS) {
        const scope = getScope(parent.ste, mangle(parent.private_, u.md.u_name));
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.FUNCTION || parent.scopeType === ScopeType.ASYNC_FUNCTION || parent.scopeType === ScopeType.LAMBDA) {
          base = parent.md.u_qualname + '.<locals>';
        } else {
          base = parent.md.u_qualname;
        }
      }
    }
    u.md.u_qualname = base !== null ? `${base}.${u.md.u_name}` : u.md.u_name;
  }

  // ---- names ----

  /** CPython: get_ref_type */
  getRefType(name: string): number {
    if (this.u.scopeType === ScopeType.CLASS && (name === '__class__' || name === '__classdict__')) return CELL;
    const scope = getScope(this.u.ste, name);
    if (scope === 0) throw new Error(`SystemError: _PyST_GetScope(name=${name}) failed: unknown scope in unit ${this.u.md.u_name}`);
    return scope;
  }

  /** Rejects assignment to and deletion of __debug__. CPython: forbidden_name */
  checkForbiddenName(loc: Location, name: string, ctx: A.ExprContext): void {
    if (name === '__debug__') {
      if (ctx === 2 /* Store */) throw this.error(loc, 'cannot assign to __debug__');
      if (ctx === 3 /* Del */) throw this.error(loc, 'cannot delete __debug__');
    }
  }

  /** Load, store or delete a variable with the instruction its scope calls for. CPython: compiler_nameop */
  nameop(loc: Location, name: string, ctx: A.ExprContext): void {
    this.checkForbiddenName(loc, name, ctx);
    const u = this.u;
    const mangled = mangle(u.private_, name);
    let dict = u.md.u_names;
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    const scope = getScope(u.ste, mangled);
    switch (scope) {
      case FREE:
        dict = u.md.u_freevars;
        optype = 'deref';
        break;
      case CELL:
        dict = u.md.u_cellvars;
        optype = 'deref';
        break;
      case LOCAL:
        if (isFunctionLike(u.ste) || u.md.u_fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunctionLike(u.ste)) optype = 'global';
        break;
      case GLOBAL_EXPLICIT:
        optype = 'global';
        break;
    }
    let op = 0;
    switch (optype) {
      case 'deref':
        if (ctx === 1) {
          if (u.ste.ste_type === BlockType.ClassBlock && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(loc, Op.LOAD_LOCALS);
          } else if (u.ste.ste_can_see_class_scope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addopO(loc, Op.LOAD_DEREF, u.md.u_freevars, '__classdict__');
          } else {
            op = Op.LOAD_DEREF;
          }
        } else op = ctx === 2 ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 1 ? Op.LOAD_FAST : ctx === 2 ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopO(loc, op, u.md.u_varnames, mangled);
        return;
      case 'global':
        if (ctx === 1) {
          if (u.ste.ste_can_see_class_scope && scope === GLOBAL_IMPLICIT) {
            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
            this.addopO(loc, Op.LOAD_DEREF, u.md.u_freevars, '__classdict__');
          } else op = Op.LOAD_GLOBAL;
        } else op = ctx === 2 ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case 'name':
        if (ctx === 1) op = u.ste.ste_type === BlockType.ClassBlock && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        else op = ctx === 2 ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = dict.add(mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(loc, op, arg);
  }

  // ---- frame blocks ----

  /** CPython: compiler_push_fblock */
  pushFBlock(loc: Location, type: FBlockType, block: Label, exit: Label, datum: FBlockInfo['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.error(loc, 'too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  /** CPython: compiler_pop_fblock */
  popFBlock(type: FBlockType, block: Label): void {
    const f = this.u.fblocks.pop();
    if (f === undefined || f.type !== type || f.block !== block) throw new Error('compiler: frame block mismatch');
  }

  // ---- assembling a unit ----

  /** CPython: compute_code_flags */
  computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (isFunctionLike(ste)) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.ste_nested) flags |= CO_NESTED;
      if (ste.ste_generator && !ste.ste_coroutine) flags |= CO_GENERATOR;
      if (!ste.ste_generator && ste.ste_coroutine) flags |= CO_COROUTINE;
      if (ste.ste_generator && ste.ste_coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.ste_varargs) flags |= CO_VARARGS;
      if (ste.ste_varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.flags & PyCF_MASK;
    if (this.isTopLevelAwait() && ste.ste_coroutine && !ste.ste_generator) flags |= CO_COROUTINE;
    return flags;
  }

  /** Ends the unit's code (return None unless told not to) and assembles it. CPython: optimize_and_assemble */
  optimizeAndAssemble(addNone: boolean): CodeDescriptor {
    const codeFlags = this.computeCodeFlags();
    if (addNone) this.loadConst(NO_LOCATION, null);
    this.addop(NO_LOCATION, Op.RETURN_VALUE);
    return optimizeAndAssembleCodeUnit(this.u, this.constCache, codeFlags, this.filename);
  }

  /** Pushes a function made from a code object (with its closure cells). CPython: compiler_make_closure */
  makeClosure(loc: Location, co: CodeDescriptor, flags: number): void {
    if (co.co_nfreevars) {
      const first = co.co_nlocalsplus - co.co_nfreevars;
      for (let i = first; i < co.co_nlocalsplus; i++) {
        const name = co.co_localsplusnames[i]!;
        const reftype = this.getRefType(name);
        const table = reftype === CELL ? this.u.md.u_cellvars : this.u.md.u_freevars;
        const arg = table.get(name);
        if (arg === undefined) throw new Error(`SystemError: compiler_lookup_arg(name=${name}) with reftype=${reftype} failed in ${this.u.md.u_name}`);
        this.addopI(loc, Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addopI(loc, Op.BUILD_TUPLE, co.co_nfreevars);
    }
    this.loadConst(loc, co);
    this.addopI(loc, Op.MAKE_FUNCTION, flags);
  }
}

// CPython: build_cellfixedoffsets
function buildCellFixedOffsets(md: CodeUnitMetadata): number[] {
  const nlocals = md.u_varnames.size;
  const noffsets = md.u_cellvars.size + md.u_freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of md.u_cellvars.entries()) {
    const varindex = md.u_varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

// CPython: insert_prefix_instructions
function insertPrefixInstructions(md: CodeUnitMetadata, entry: BasicBlock, fixed: number[], nfreevars: number, codeFlags: number): void {
  const instr = (opcode: number, oparg: number, loc: Location): CfgInstr => ({ opcode, oparg, loc, target: null, except: null });
  if (codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    entry.instrs.splice(0, 0, instr(Op.RETURN_GENERATOR, 0, location(md.u_firstlineno, md.u_firstlineno, -1, -1)), instr(Op.POP_TOP, 0, NO_LOCATION));
  }
  const ncellvars = md.u_cellvars.size;
  if (ncellvars) {
    // MAKE_CELL in the order of the cells' final slots (argument cells come first).
    const nvars = ncellvars + md.u_varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    let ncellsused = 0;
    for (let i = 0; ncellsused < ncellvars; i++) {
      const oldindex = sorted[i]! - 1;
      if (oldindex === -1) continue;
      entry.instrs.splice(ncellsused, 0, instr(Op.MAKE_CELL, oldindex, NO_LOCATION));
      ncellsused++;
    }
  }
  if (nfreevars) entry.instrs.splice(0, 0, instr(Op.COPY_FREE_VARS, nfreevars, NO_LOCATION));
}

/** Cell and free variable opargs become their final slots; returns how many cells were arguments. */
// CPython: fix_cell_offsets
function fixCellOffsets(md: CodeUnitMetadata, entry: BasicBlock, fixedmap: number[]): number {
  const nlocals = md.u_varnames.size;
  const noffsets = md.u_cellvars.size + md.u_freevars.size;
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i]! -= numdropped;
    else numdropped++;
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const inst of b.instrs) {
      switch (inst.opcode) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          inst.oparg = fixedmap[inst.oparg]!;
      }
    }
  }
  return numdropped;
}

// CPython: prepare_localsplus
function prepareLocalsplus(md: CodeUnitMetadata, entry: BasicBlock, codeFlags: number): number {
  const nlocalsplus = md.u_varnames.size + md.u_cellvars.size + md.u_freevars.size;
  const fixed = buildCellFixedOffsets(md);
  insertPrefixInstructions(md, entry, fixed, md.u_freevars.size, codeFlags);
  return nlocalsplus - fixCellOffsets(md, entry, fixed);
}

// CPython: cfg_to_instr_sequence (with the handler info the assembler needs)
function cfgToInstructions(entry: BasicBlock): Instruction[] {
  const out: Instruction[] = [];
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      const h = instr.except;
      out.push({
        opcode: instr.opcode,
        oparg: instr.oparg,
        loc: instr.loc,
        except: h !== null ? { h_offset: h.offset, h_startdepth: h.startdepth, h_preserve_lasti: h.preserveLasti } : null,
      });
    }
  }
  return out;
}

// CPython: optimize_and_assemble_code_unit
function optimizeAndAssembleCodeUnit(u: CompilerUnit, cache: ConstCache, codeFlags: number, filename: string): CodeDescriptor {
  const consts = [...u.consts.values];
  const g = instrSequenceToCfg(u.seq);
  const nparams = u.ste.ste_varnames.length;
  const nlocals = u.md.u_varnames.size;
  optimizeCodeUnit(g, consts, cache, nlocals, nparams, u.md.u_firstlineno);
  const nlocalsplus = prepareLocalsplus(u.md, g.entryblock, codeFlags);
  const maxdepth = stackdepth(g.entryblock, codeFlags);
  convertPseudoOps(g.entryblock);
  resolveJumps(g);
  const instrs = cfgToInstructions(g.entryblock);
  return makeCodeObject(cache, u.md, consts, maxdepth, instrs, nlocalsplus, codeFlags, filename);
}
