// co_exceptiontable: for each range of code units that a handler covers, the handler's offset,
// the stack depth to unwind to and whether to push lasti. Each entry is four varints (start,
// length, target, depth << 1 | lasti), all in code units; these varints are big-endian, 6 bits
// a byte, 0x40 meaning "more", and the first byte of an entry carries 0x80.
// CPython: Objects/exception_handling_notes.txt, Python/assemble.c assemble_exception_table

export interface ExceptionTableEntry {
  /** byte offsets, as dis reports them */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export class ExceptionTableWriter {
  private readonly out: number[] = [];

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  // CPython: assemble_emit_exception_table_item
  private item(value: number, msb: number): void {
    if (value >= 1 << 24) {
      this.out.push((value >> 24) | 0x40 | msb);
      msb = 0;
    }
    if (value >= 1 << 18) {
      this.out.push(((value >> 18) & 0x3f) | 0x40 | msb);
      msb = 0;
    }
    if (value >= 1 << 12) {
      this.out.push(((value >> 12) & 0x3f) | 0x40 | msb);
      msb = 0;
    }
    if (value >= 1 << 6) {
      this.out.push(((value >> 6) & 0x3f) | 0x40 | msb);
      msb = 0;
    }
    this.out.push((value & 0x3f) | msb);
  }

  /**
   * Code units [start, end) are covered by the handler at `target`, entered with `startDepth`
   * values on the stack (the handler's own pushes included, as the compiler counts them).
   */
  // CPython: assemble_emit_exception_table_entry
  entry(start: number, end: number, target: number, startDepth: number, preserveLasti: boolean): void {
    let depth = startDepth - 1;
    if (preserveLasti) depth -= 1;
    this.item(start, 0x80);
    this.item(end - start, 0);
    this.item(target, 0);
    this.item((depth << 1) | (preserveLasti ? 1 : 0), 0);
  }
}

/** Decodes an exception table the way dis._parse_exception_table does. */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let p = 0;
  const varint = (): number => {
    let b = table[p++]!;
    let val = b & 63;
    while (b & 64) {
      val *= 64;
      b = table[p++]!;
      val += b & 63;
    }
    return val;
  };
  while (p < table.length) {
    const start = varint() * 2;
    const length = varint() * 2;
    const target = varint() * 2;
    const dl = varint();
    entries.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return entries;
}
