// Reading a code object's location and exception tables, as the eval loop and tracebacks do.
// CPython 3.12: Objects/codeobject.c (advance_with_locations, get_line_delta, co_positions,
// PyCode_Addr2Line, PyCode_Addr2Location; the format is Objects/locations.md) and
// Python/ceval.c get_exception_handler (format: Objects/exception_handling_notes.txt).
// Offsets here are in code units (2-byte instructions), as CPython's instr index.

const INFO_NONE = 15;
const INFO_LONG = 14;
const INFO_NO_COLUMNS = 13;
const INFO_ONE_LINE0 = 10;
const INFO_ONE_LINE2 = 12;

/** Per code unit: line, end line, column, end column (UTF-8 byte columns); -1 for None. */
export interface Positions {
  line: Int32Array;
  endLine: Int32Array;
  col: Int32Array;
  endCol: Int32Array;
}

function readVarint(t: Uint8Array, i: { p: number }): number {
  let b = t[i.p++]!;
  let val = b & 63;
  let shift = 0;
  while (b & 64) {
    b = t[i.p++]!;
    shift += 6;
    val |= (b & 63) << shift;
  }
  return val;
}

function readSignedVarint(t: Uint8Array, i: { p: number }): number {
  const v = readVarint(t, i);
  return v & 1 ? -(v >>> 1) : v >>> 1;
}

/** Decodes co_linetable for `ncodeunits` code units (CPython: co_positions()). */
export function decodePositions(linetable: Uint8Array, firstlineno: number, ncodeunits: number): Positions {
  const pos: Positions = {
    line: new Int32Array(ncodeunits).fill(-1),
    endLine: new Int32Array(ncodeunits).fill(-1),
    col: new Int32Array(ncodeunits).fill(-1),
    endCol: new Int32Array(ncodeunits).fill(-1),
  };
  let computedLine = firstlineno;
  let unit = 0;
  const it = { p: 0 };
  while (it.p < linetable.length && unit < ncodeunits) {
    const first = linetable[it.p++]!;
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let line = -1;
    let endLine = -1;
    let col = -1;
    let endCol = -1;
    if (code === INFO_NONE) {
      // No location; the line counter does not move.
    } else if (code === INFO_LONG) {
      computedLine += readSignedVarint(linetable, it);
      line = computedLine;
      endLine = line + readVarint(linetable, it);
      col = readVarint(linetable, it) - 1;
      endCol = readVarint(linetable, it) - 1;
    } else if (code === INFO_NO_COLUMNS) {
      computedLine += readSignedVarint(linetable, it);
      line = endLine = computedLine;
    } else if (code >= INFO_ONE_LINE0 && code <= INFO_ONE_LINE2) {
      computedLine += code - INFO_ONE_LINE0;
      line = endLine = computedLine;
      col = linetable[it.p++]!;
      endCol = linetable[it.p++]!;
    } else {
      // Short form: same line, column in 8-byte steps from the code plus 3 bits.
      const second = linetable[it.p++]!;
      line = endLine = computedLine;
      col = (code << 3) | (second >> 4);
      endCol = col + (second & 15);
    }
    for (let k = 0; k < length && unit < ncodeunits; k++, unit++) {
      pos.line[unit] = line;
      pos.endLine[unit] = endLine;
      pos.col[unit] = col;
      pos.endCol[unit] = endCol;
    }
  }
  return pos;
}

/** One entry of co_exceptiontable: code units [start, end) are handled at `target`. */
export interface ExceptionHandlerEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** Parses co_exceptiontable (entries are sorted by start and do not overlap). */
export function parseExceptionTable(table: Uint8Array): ExceptionHandlerEntry[] {
  const out: ExceptionHandlerEntry[] = [];
  const it = { p: 0 };
  while (it.p < table.length) {
    const start = readBigEndianVarint(table, it);
    const length = readBigEndianVarint(table, it);
    const target = readBigEndianVarint(table, it);
    const dl = readBigEndianVarint(table, it);
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

// The exception table's varints put the most significant 6-bit chunk first (dis._parse_varint);
// bit 7 marks the first byte of an entry.
function readBigEndianVarint(t: Uint8Array, i: { p: number }): number {
  let b = t[i.p++]!;
  let val = b & 63;
  while (b & 64) {
    b = t[i.p++]!;
    val = val * 64 + (b & 63);
  }
  return val;
}

// CPython: get_exception_handler — the handler covering code unit `index`, or null.
export function findExceptionHandler(entries: readonly ExceptionHandlerEntry[], index: number): ExceptionHandlerEntry | null {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid]!;
    if (index < e.start) hi = mid - 1;
    else if (index >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}
