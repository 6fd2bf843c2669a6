// The code generator's output: a flat list of (pseudo-)instructions with jump labels.
// CPython: Python/compile.c instr_sequence_* (_PyCompile_InstructionSequence)
import { type Location } from '../bytecode/linetable.ts';

export type Label = number;
export const NO_LABEL: Label = -1;

/** Where an instruction's exception goes, filled in when the CFG is flattened for assembly. */
export interface ExceptHandlerInfo {
  h_offset: number;
  h_startdepth: number;
  h_preserve_lasti: boolean;
}

export interface Instruction {
  opcode: number;
  oparg: number;
  loc: Location;
  except: ExceptHandlerInfo | null;
}

export class InstrSequence {
  readonly instrs: Instruction[] = [];
  /** label id -> index of the instruction it marks (-1: not placed). */
  readonly labelmap: number[] = [];
  private nextFreeLabel = 0;

  // CPython: instr_sequence_new_label
  newLabel(): Label {
    return ++this.nextFreeLabel;
  }

  /** The label marks the next instruction added. CPython: instr_sequence_use_label */
  useLabel(lbl: Label): void {
    while (this.labelmap.length <= lbl) this.labelmap.push(-1);
    this.labelmap[lbl] = this.instrs.length;
  }

  // CPython: instr_sequence_addop
  addop(opcode: number, oparg: number, loc: Location): void {
    this.instrs.push({ opcode, oparg, loc, except: null });
  }

  /** Inserts before position pos, moving the labels that pointed there or later. */
  // CPython: instr_sequence_insert_instruction
  insertInstruction(pos: number, opcode: number, oparg: number, loc: Location): void {
    this.instrs.splice(pos, 0, { opcode, oparg, loc, except: null });
    for (let lbl = 0; lbl < this.labelmap.length; lbl++) {
      if (this.labelmap[lbl]! >= pos) this.labelmap[lbl]!++;
    }
  }
}
