// The assembler: final instruction list -> code units, line table, exception table, and the
// code object's name tables.
// CPython: Python/assemble.c
import type { CodeConstant } from '../bytecode/constants.ts';
import { ExceptionTableWriter } from '../bytecode/exctable.ts';
import { LineTableWriter, NO_LOCATION, sameLocation, type Location } from '../bytecode/linetable.ts';
import { CACHE_ENTRIES, EXTENDED_ARG, instrSize, isPseudo } from '../bytecode/opcodes.ts';
import { CodeDescriptor, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL } from './code.ts';
import type { ConstCache, NameTable } from './consts.ts';
import type { Instruction } from './instr_sequence.ts';

/** What the code generator knows about a code unit. CPython: _PyCompile_CodeUnitMetadata */
export interface CodeUnitMetadata {
  u_name: string;
  u_qualname: string | null;
  u_names: NameTable;
  u_varnames: NameTable;
  u_cellvars: NameTable;
  u_freevars: NameTable;
  /** Names made fast locals by an inlined comprehension (true while inside it). */
  u_fasthidden: Map<string, boolean>;
  u_argcount: number;
  u_posonlyargcount: number;
  u_kwonlyargcount: number;
  u_firstlineno: number;
}

// CPython: write_instr
function writeInstr(out: number[], instr: Instruction, ilen: number): void {
  const { opcode, oparg } = instr;
  if (isPseudo(opcode)) throw new Error(`compiler: pseudo-instruction ${opcode} reached the assembler`);
  const caches = CACHE_ENTRIES[opcode]!;
  const prefixes = ilen - caches - 1;
  for (let shift = prefixes * 8; shift > 0; shift -= 8) out.push(EXTENDED_ARG, (oparg >>> shift) & 0xff);
  out.push(opcode, oparg & 0xff);
  for (let i = 0; i < caches; i++) out.push(0, 0);
}

// CPython: assemble_location_info
function assembleLocationInfo(instrs: readonly Instruction[], firstlineno: number): Uint8Array {
  const w = new LineTableWriter(firstlineno);
  let loc: Location = NO_LOCATION;
  let size = 0;
  for (const instr of instrs) {
    if (!sameLocation(loc, instr.loc)) {
      w.emit(loc, size);
      loc = instr.loc;
      size = 0;
    }
    size += instrSize(instr.opcode, instr.oparg);
  }
  w.emit(loc, size);
  return w.bytes();
}

// CPython: assemble_exception_table
function assembleExceptionTable(instrs: readonly Instruction[]): Uint8Array {
  const w = new ExceptionTableWriter();
  let ioffset = 0;
  let handlerOffset = -1;
  let handlerDepth = -1;
  let handlerLasti = false;
  let start = -1;
  for (const instr of instrs) {
    const h = instr.except;
    const off = h === null ? -1 : h.h_offset;
    if (off !== handlerOffset) {
      if (handlerOffset >= 0) w.entry(start, ioffset, handlerOffset, handlerDepth, handlerLasti);
      start = ioffset;
      handlerOffset = off;
      handlerDepth = h === null ? -1 : h.h_startdepth;
      handlerLasti = h === null ? false : h.h_preserve_lasti;
    }
    ioffset += instrSize(instr.opcode, instr.oparg);
  }
  if (handlerOffset >= 0) w.entry(start, ioffset, handlerOffset, handlerDepth, handlerLasti);
  return w.bytes();
}

// CPython: compute_localsplus_info
function computeLocalsplusInfo(umd: CodeUnitMetadata, nlocalsplus: number): [string[], Uint8Array] {
  const names = new Array<string>(nlocalsplus).fill('');
  const kinds = new Uint8Array(nlocalsplus);
  for (const [k, offset] of umd.u_varnames.entries()) {
    let kind = CO_FAST_LOCAL;
    if (umd.u_fasthidden.has(k)) kind |= CO_FAST_HIDDEN;
    if (umd.u_cellvars.has(k)) kind |= CO_FAST_CELL;
    names[offset] = k;
    kinds[offset] = kind;
  }
  const nlocals = umd.u_varnames.size;
  let numdropped = 0;
  for (const [k, v] of umd.u_cellvars.entries()) {
    if (umd.u_varnames.has(k)) {
      numdropped++;
      continue;
    }
    names[v + nlocals - numdropped] = k;
    kinds[v + nlocals - numdropped] = CO_FAST_CELL;
  }
  for (const [k, v] of umd.u_freevars.entries()) {
    names[v + nlocals - numdropped] = k;
    kinds[v + nlocals - numdropped] = CO_FAST_FREE;
  }
  return [names, kinds];
}

/** Builds the code object from the final instruction list. CPython: _PyAssemble_MakeCodeObject */
export function makeCodeObject(
  cache: ConstCache,
  umd: CodeUnitMetadata,
  consts: CodeConstant[],
  maxdepth: number,
  instrs: readonly Instruction[],
  nlocalsplus: number,
  codeFlags: number,
  filename: string,
): CodeDescriptor {
  const code: number[] = [];
  for (const instr of instrs) writeInstr(code, instr, instrSize(instr.opcode, instr.oparg));
  // CPython merges these through the constant cache in this order.
  const exceptiontable = cache.shareBytes(assembleExceptionTable(instrs));
  const linetable = cache.shareBytes(assembleLocationInfo(instrs, umd.u_firstlineno));
  const bytecode = cache.shareBytes(Uint8Array.from(code));
  const names = cache.shareNames(umd.u_names.keys());
  const sharedConsts = cache.shareConsts([...consts]);
  const [localsplusnames, localspluskinds] = computeLocalsplusInfo(umd, nlocalsplus);
  return new CodeDescriptor({
    co_argcount: umd.u_posonlyargcount + umd.u_argcount,
    co_posonlyargcount: umd.u_posonlyargcount,
    co_kwonlyargcount: umd.u_kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: codeFlags,
    co_firstlineno: umd.u_firstlineno,
    co_name: umd.u_name,
    co_qualname: umd.u_qualname ?? umd.u_name,
    co_filename: filename,
    co_code: bytecode,
    co_consts: sharedConsts,
    co_names: names,
    co_localsplusnames: cache.shareNames(localsplusnames),
    co_localspluskinds: localspluskinds,
    co_linetable: linetable,
    co_exceptiontable: exceptiontable,
  });
}
