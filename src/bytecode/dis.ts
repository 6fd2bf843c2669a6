// A disassembler whose text is what CPython 3.12.1's dis.dis(code) prints with default options
// (no caches shown, not adaptive), recursing into nested code objects.
// CPython: Lib/dis.py (_disassemble_recursive, _disassemble_bytes, _get_instructions_bytes)
import { type CodeObjectLike, isCodeConstant, reprCodeConstant } from './constants.ts';
import { parseExceptionTable, type ExceptionTableEntry } from './exctable.ts';
import { coLines } from './linetable.ts';
import {
  CMP_OP,
  EXTENDED_ARG,
  INTRINSIC_1_DESCS,
  INTRINSIC_2_DESCS,
  NB_OPS,
  Op,
  cacheEntries,
  hasArg,
  hasCompare,
  hasConst,
  hasFree,
  hasJabs,
  hasJrel,
  hasLocal,
  hasName,
  opname,
} from './opcodes.ts';

export interface DisOptions {
  /** repr() of a code object; the default gives each code object a made-up address. */
  codeRepr?: (co: CodeObjectLike) => string;
}

/** One decoded instruction, as dis.Instruction (without positions). */
export interface DisInstruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  offset: number;
  starts_line: number | null;
  is_jump_target: boolean;
}

const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

function defaultCodeRepr(): (co: CodeObjectLike) => string {
  const addresses = new Map<CodeObjectLike, number>();
  return (co) => {
    let addr = addresses.get(co);
    if (addr === undefined) {
      addr = 0x7f0000000000 + addresses.size * 0x100;
      addresses.set(co, addr);
    }
    return `<code object ${co.co_name} at 0x${addr.toString(16)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
  };
}

/** dis.dis(code) as text (every line ends with a newline). */
export function dis(co: CodeObjectLike, opts: DisOptions = {}): string {
  const codeRepr = opts.codeRepr ?? defaultCodeRepr();
  const out: string[] = [];
  disassembleRecursive(co, codeRepr, out);
  return out.join('');
}

function disassembleRecursive(co: CodeObjectLike, codeRepr: (co: CodeObjectLike) => string, out: string[]): void {
  disassemble(co, codeRepr, out);
  for (const x of co.co_consts) {
    if (isCodeConstant(x)) {
      out.push('\n');
      out.push(`Disassembly of ${codeRepr(x)}:\n`);
      disassembleRecursive(x, codeRepr, out);
    }
  }
}

// CPython: dis._unpack_opargs
function* unpackOpargs(code: Uint8Array): Generator<[number, number, number | null]> {
  let extendedArg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i]!;
    caches = cacheEntries(op);
    if (hasArg(op)) {
      const arg = code[i + 1]! | extendedArg;
      extendedArg = op === EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= 2 ** 31) extendedArg -= 2 ** 32;
      yield [i, op, arg];
    } else {
      extendedArg = 0;
      yield [i, op, null];
    }
  }
}

function isBackwardJump(op: number): boolean {
  return opname(op).includes('JUMP_BACKWARD');
}

function jumpTarget(offset: number, op: number, arg: number): number | null {
  if (hasJrel(op)) return offset + 2 + (isBackwardJump(op) ? -arg : arg) * 2 + 2 * cacheEntries(op);
  if (hasJabs(op)) return arg * 2;
  return null;
}

/** The instructions of a code object, with dis's argrepr. */
export function getInstructions(co: CodeObjectLike, codeRepr: (co: CodeObjectLike) => string = defaultCodeRepr()): DisInstruction[] {
  const code = co.co_code;
  const linestarts = findLinestarts(co);
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpackOpargs(code)) {
    if (arg === null) continue;
    const t = jumpTarget(offset, op, arg);
    if (t !== null) labels.add(t);
  }
  for (const e of parseExceptionTable(co.co_exceptiontable)) labels.add(e.target);
  const result: DisInstruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(code)) {
    let argrepr = '';
    if (arg !== null) {
      if (hasConst(op)) argrepr = reprCodeConstant(co.co_consts[arg]!, codeRepr);
      else if (hasName(op)) {
        if (op === Op.LOAD_GLOBAL) argrepr = ((arg & 1) !== 0 ? 'NULL + ' : '') + co.co_names[arg >> 1];
        else if (op === Op.LOAD_ATTR) argrepr = ((arg & 1) !== 0 ? 'NULL|self + ' : '') + co.co_names[arg >> 1];
        else if (op === Op.LOAD_SUPER_ATTR) argrepr = ((arg & 1) !== 0 ? 'NULL|self + ' : '') + co.co_names[arg >> 2];
        else argrepr = co.co_names[arg]!;
      } else if (hasJrel(op) || hasJabs(op)) argrepr = 'to ' + jumpTarget(offset, op, arg);
      else if (hasLocal(op) || hasFree(op)) argrepr = co.co_localsplusnames[arg]!;
      else if (hasCompare(op)) argrepr = CMP_OP[arg >> 4]!;
      else if (op === Op.FORMAT_VALUE) {
        argrepr = FORMAT_VALUE_CONVERTERS[arg & 3]!;
        if (arg & 4) argrepr += (argrepr ? ', ' : '') + 'with format';
      } else if (op === Op.MAKE_FUNCTION) argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      else if (op === Op.BINARY_OP) argrepr = NB_OPS[arg]![1];
      else if (op === Op.CALL_INTRINSIC_1) argrepr = INTRINSIC_1_DESCS[arg]!;
      else if (op === Op.CALL_INTRINSIC_2) argrepr = INTRINSIC_2_DESCS[arg]!;
    }
    result.push({ opname: opname(op), opcode: op, arg, argrepr, offset, starts_line: linestarts.get(offset) ?? null, is_jump_target: labels.has(offset) });
  }
  return result;
}

/** dis.findlinestarts: offset -> line where a new line starts. */
export function findLinestarts(co: CodeObjectLike): Map<number, number> {
  const starts = new Map<number, number>();
  let lastline: number | null = null;
  for (const [start, , line] of coLines(co.co_linetable, co.co_firstlineno)) {
    if (line !== null && line !== lastline) {
      lastline = line;
      starts.set(start, line);
    }
  }
  return starts;
}

// CPython: dis.disassemble / _disassemble_bytes
function disassemble(co: CodeObjectLike, codeRepr: (co: CodeObjectLike) => string, out: string[]): void {
  const linestarts = findLinestarts(co);
  const showLineno = linestarts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    const maxlineno = Math.max(...linestarts.values());
    linenoWidth = maxlineno >= 1000 ? String(maxlineno).length : 3;
  }
  const maxoffset = co.co_code.length - 2;
  const offsetWidth = maxoffset >= 10000 ? String(maxoffset).length : 4;
  for (const instr of getInstructions(co, codeRepr)) {
    if (showLineno && instr.starts_line !== null && instr.offset > 0) out.push('\n');
    out.push(formatInstruction(instr, linenoWidth, offsetWidth) + '\n');
  }
  const entries = parseExceptionTable(co.co_exceptiontable);
  if (entries.length > 0) {
    out.push('ExceptionTable:\n');
    for (const e of entries) out.push(formatEntry(e));
  }
}

function formatEntry(e: ExceptionTableEntry): string {
  return `  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}\n`;
}

// CPython: dis.Instruction._disassemble
function formatInstruction(instr: DisInstruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) fields.push(instr.starts_line !== null ? String(instr.starts_line).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push('   ');
  fields.push(instr.is_jump_target ? '>>' : '  ');
  fields.push(String(instr.offset).padStart(offsetWidth));
  fields.push(instr.opname.padEnd(20));
  if (instr.arg !== null) {
    fields.push(String(instr.arg).padStart(5));
    if (instr.argrepr) fields.push('(' + instr.argrepr + ')');
  }
  return fields.join(' ').trimEnd();
}
