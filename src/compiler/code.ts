// The compiler's output: a code object as plain data, with the fields Python code can see on a
// CPython 3.12 code object. The VM executes it; the runtime turns it into a `code` object.
// CPython: Include/cpython/code.h (PyCodeObject), Objects/codeobject.c
import type { CodeConstant, CodeObjectLike } from '../bytecode/constants.ts';

// co_flags bits. CPython: Include/cpython/code.h
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

// co_localspluskinds bits. CPython: Include/internal/pycore_code.h
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_firstlineno: number;
  co_name: string;
  co_qualname: string;
  co_filename: string;
  /**
   * Code units (opcode, oparg byte pairs) with every inline CACHE entry zero. Equal co_code,
   * co_linetable, co_exceptiontable, co_consts, co_names and co_localsplusnames values of the
   * code objects of one compilation are the same instance, as they are one object in CPython:
   * treat every field as immutable (copy before quickening).
   */
  co_code: Uint8Array;
  co_consts: readonly CodeConstant[];
  co_names: readonly string[];
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

export class CodeDescriptor implements CodeObjectLike, CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_firstlineno: number;
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_code: Uint8Array;
  co_consts: readonly CodeConstant[];
  co_names: readonly string[];
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;

  constructor(f: CodeFields) {
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_firstlineno = f.co_firstlineno;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_filename = f.co_filename;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
  }

  private namesOfKind(kind: number): string[] {
    return this.co_localsplusnames.filter((_, i) => (this.co_localspluskinds[i]! & kind) !== 0);
  }

  /** Locals (arguments first), including hidden comprehension locals. */
  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }

  /** Names of cells the code creates (an argument that is also a cell is listed here too). */
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }

  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }

  get co_nlocals(): number {
    return this.co_varnames.length;
  }

  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  get co_ncellvars(): number {
    return this.co_cellvars.length;
  }

  get co_nfreevars(): number {
    return this.co_freevars.length;
  }
}

const parserConstants = new WeakMap<CodeDescriptor, ReadonlyMap<string, number>>();

/** Remembers the parser arena's references to the constants of a module code (src/compiler/parser_consts.ts). */
export function setParserConstants(code: CodeDescriptor, refs: ReadonlyMap<string, number>): void {
  parserConstants.set(code, refs);
}

/** The parser arena's references to the constants of a module code compiled with them, by constant key (null for others). */
export function parserConstantsOf(code: CodeDescriptor): ReadonlyMap<string, number> | null {
  return parserConstants.get(code) ?? null;
}
