// The opcode table (CPython 3.12.1's, generated into opcodes.gen.ts) and the opcode classes the
// compiler and the disassembler ask about.
// CPython: Lib/opcode.py, Include/internal/pycore_opcode_utils.h, Include/opcode.h
import {
  CACHE_ENTRIES,
  HAS_ARG,
  HAS_COMPARE,
  HAS_CONST,
  HAS_EXC,
  HAS_FREE,
  HAS_JABS,
  HAS_JREL,
  HAS_LOCAL,
  HAS_NAME,
  MAX_PSEUDO_OPCODE,
  MIN_PSEUDO_OPCODE,
  Op,
  OP_FLAGS,
  OPNAME,
} from './opcodes.gen.ts';

export * from './opcodes.gen.ts';

/** The largest opcode number a code object can hold (255 is reserved). */
export const MAX_REAL_OPCODE = 254;

/** Operand of COMPARE_OP is (index into CMP_OP) << 4; the low bits are for the specializer. */
export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/** BINARY_OP operands (opcode._nb_ops order). */
export const enum NB {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE_ADD = 13,
  INPLACE_AND = 14,
  INPLACE_FLOOR_DIVIDE = 15,
  INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  INPLACE_MULTIPLY = 18,
  INPLACE_REMAINDER = 19,
  INPLACE_OR = 20,
  INPLACE_POWER = 21,
  INPLACE_RSHIFT = 22,
  INPLACE_SUBTRACT = 23,
  INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

/** CALL_INTRINSIC_1 operands. CPython: Include/internal/pycore_intrinsics.h */
export const enum Intrinsic1 {
  PRINT = 1,
  IMPORT_STAR = 2,
  STOPITERATION_ERROR = 3,
  ASYNC_GEN_WRAP = 4,
  UNARY_POSITIVE = 5,
  LIST_TO_TUPLE = 6,
  TYPEVAR = 7,
  PARAMSPEC = 8,
  TYPEVARTUPLE = 9,
  SUBSCRIPT_GENERIC = 10,
  TYPEALIAS = 11,
}

/** CALL_INTRINSIC_2 operands. */
export const enum Intrinsic2 {
  PREP_RERAISE_STAR = 1,
  TYPEVAR_WITH_BOUND = 2,
  TYPEVAR_WITH_CONSTRAINTS = 3,
  SET_FUNCTION_TYPE_PARAMS = 4,
}

/** MAKE_FUNCTION oparg bits. */
export const enum MakeFn {
  DEFAULTS = 0x01,
  KWDEFAULTS = 0x02,
  ANNOTATIONS = 0x04,
  CLOSURE = 0x08,
}

/** FORMAT_VALUE oparg. CPython: Include/ceval.h FVC_* / FVS_* */
export const enum FV {
  MASK = 0x3,
  NONE = 0x0,
  STR = 0x1,
  REPR = 0x2,
  ASCII = 0x3,
  HAVE_SPEC = 0x4,
}

/** RESUME oparg: where the frame was entered. */
export const enum ResumeKind {
  AT_FUNC_START = 0,
  AFTER_YIELD = 1,
  AFTER_YIELD_FROM = 2,
  AFTER_AWAIT = 3,
}

export function opname(op: number): string {
  return OPNAME[op] ?? `<${op}>`;
}

export function isPseudo(op: number): boolean {
  return op >= MIN_PSEUDO_OPCODE && op <= MAX_PSEUDO_OPCODE;
}

function flags(op: number): number {
  return OP_FLAGS[op] ?? 0;
}

export const hasArg = (op: number): boolean => (flags(op) & HAS_ARG) !== 0;
export const hasConst = (op: number): boolean => (flags(op) & HAS_CONST) !== 0;
export const hasName = (op: number): boolean => (flags(op) & HAS_NAME) !== 0;
export const hasJrel = (op: number): boolean => (flags(op) & HAS_JREL) !== 0;
export const hasJabs = (op: number): boolean => (flags(op) & HAS_JABS) !== 0;
export const hasLocal = (op: number): boolean => (flags(op) & HAS_LOCAL) !== 0;
export const hasCompare = (op: number): boolean => (flags(op) & HAS_COMPARE) !== 0;
export const hasFree = (op: number): boolean => (flags(op) & HAS_FREE) !== 0;
export const hasExc = (op: number): boolean => (flags(op) & HAS_EXC) !== 0;

/** Inline CACHE code units after a real opcode (pseudo-opcodes have none). */
export function cacheEntries(op: number): number {
  return op < 256 ? CACHE_ENTRIES[op]! : 0;
}

export function isWithinOpcodeRange(op: number): boolean {
  return (op >= 0 && op <= MAX_REAL_OPCODE) || isPseudo(op);
}

// CPython's _PyOpcode_Jump table: hasjrel + hasjabs, pseudo jumps included.
export function isJump(op: number): boolean {
  return (flags(op) & (HAS_JREL | HAS_JABS)) !== 0;
}

export function isBlockPush(op: number): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_CLEANUP;
}

export function hasTarget(op: number): boolean {
  return isJump(op) || isBlockPush(op);
}

export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RETURN_CONST || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** Opcodes that must end their basic block. */
export function isTerminator(op: number): boolean {
  return isJump(op) || isScopeExit(op);
}

/** Opcodes only the assembler emits (codegen uses JUMP / JUMP_NO_INTERRUPT). */
export function isAssemblerOpcode(op: number): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function isBackwardsJump(op: number): boolean {
  return op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function isUnconditionalJump(op: number): boolean {
  return op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

/** Code units an instruction takes: EXTENDED_ARG prefixes, itself, its caches. */
// CPython: _PyCompile_InstrSize
export function instrSize(op: number, oparg: number): number {
  const extended = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extended + 1 + cacheEntries(op);
}
