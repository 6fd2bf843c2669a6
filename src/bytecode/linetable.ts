// co_linetable: source positions of each code unit, in CPython 3.12's compact format, and the
// readers behind code.co_lines() and code.co_positions().
//
// The table is a sequence of entries, each covering 1..8 code units. An entry starts with a
// byte 1CCCCLLL: C is the entry kind, L the number of code units minus one. Then:
//   kinds 0..9   short form: one byte (column & 7) << 4 | (end_col - col); column group = kind
//   10..12       one-line form: line delta (kind - 10), then column and end column bytes
//   13           no columns: a signed varint line delta
//   14           long form: signed varint line delta, varint end-line delta, varint col+1,
//                varint end_col+1
//   15           no location
// Varints are 6 bits per byte, least significant first, 0x40 marking "more". A signed varint
// stores (|v| << 1) | sign. Line deltas are relative to the previous entry's line (the first
// to co_firstlineno).
// CPython: Objects/locations.md, Python/assemble.c write_location_info_entry,
// Objects/codeobject.c PyCode_Addr2Location / lineiter

export const enum LocKind {
  SHORT0 = 0,
  ONE_LINE0 = 10,
  ONE_LINE1 = 11,
  ONE_LINE2 = 12,
  NO_COLUMNS = 13,
  LONG = 14,
  NONE = 15,
}

/** A source span; lineno -1 is "no location", columns -1 "unknown". */
export interface Location {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

export function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;
}

/** Builds a line table; feed it (location, code units) runs in code order. */
// CPython: Python/assemble.c assemble_location_info and helpers
export class LineTableWriter {
  private readonly out: number[] = [];
  private lineno: number;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  /** A run of `isize` code units at `loc` (split into entries of at most 8 units). */
  emit(loc: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }

  private start(kind: number, length: number): void {
    this.out.push(0x80 | (kind << 3) | (length - 1));
  }

  private varint(v: number): void {
    while (v >= 64) {
      this.out.push(0x40 | (v & 63));
      v >>>= 6;
    }
    this.out.push(v);
  }

  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }

  private entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.start(LocKind.NONE, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col_offset;
    const endColumn = loc.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.start(LocKind.NO_COLUMNS, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.start(LocKind.SHORT0 + (column >> 3), isize);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.start(LocKind.ONE_LINE0 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.start(LocKind.LONG, isize);
    this.svarint(lineDelta);
    this.varint(loc.end_lineno - loc.lineno);
    this.varint(loc.col_offset + 1);
    this.varint(loc.end_col_offset + 1);
    this.lineno = loc.lineno;
  }
}

/** One decoded entry: code units [start, end) (in code units, not bytes) and its position. */
export interface LineTableEntry {
  start: number;
  end: number;
  /** null where the entry has no location */
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

/** Decodes a line table into its entries. CPython: Objects/codeobject.c advance / lineiter */
export function decodeLineTable(table: Uint8Array, firstlineno: number): LineTableEntry[] {
  const entries: LineTableEntry[] = [];
  let p = 0;
  let line = firstlineno;
  let addr = 0;
  const varint = (): number => {
    let b = table[p++]!;
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[p++]!;
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (p < table.length) {
    const first = table[p++]!;
    const kind = (first >> 3) & 15;
    const length = (first & 7) + 1;
    const e: LineTableEntry = { start: addr, end: addr + length, lineno: null, end_lineno: null, col_offset: null, end_col_offset: null };
    switch (kind) {
      case LocKind.NONE:
        break;
      case LocKind.LONG: {
        line += svarint();
        e.lineno = line;
        e.end_lineno = line + varint();
        const col = varint();
        const endCol = varint();
        e.col_offset = col === 0 ? null : col - 1;
        e.end_col_offset = endCol === 0 ? null : endCol - 1;
        break;
      }
      case LocKind.NO_COLUMNS:
        line += svarint();
        e.lineno = line;
        e.end_lineno = line;
        break;
      case LocKind.ONE_LINE0:
      case LocKind.ONE_LINE1:
      case LocKind.ONE_LINE2:
        line += kind - LocKind.ONE_LINE0;
        e.lineno = line;
        e.end_lineno = line;
        e.col_offset = table[p++]!;
        e.end_col_offset = table[p++]!;
        break;
      default: {
        const second = table[p++]!;
        e.lineno = line;
        e.end_lineno = line;
        e.col_offset = (kind << 3) | (second >> 4);
        e.end_col_offset = e.col_offset + (second & 15);
        break;
      }
    }
    entries.push(e);
    addr += length;
  }
  return entries;
}

/** code.co_lines(): (start byte, end byte, line) ranges, adjacent equal lines merged. */
// CPython: Objects/codeobject.c lineiter_next (it merges runs with the same line)
export function coLines(table: Uint8Array, firstlineno: number): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  for (const e of decodeLineTable(table, firstlineno)) {
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === e.lineno && last[1] === e.start * 2) last[1] = e.end * 2;
    else out.push([e.start * 2, e.end * 2, e.lineno]);
  }
  return out;
}

/** code.co_positions(): one (lineno, end_lineno, col, end_col) per code unit. */
export function coPositions(table: Uint8Array, firstlineno: number): [number | null, number | null, number | null, number | null][] {
  const out: [number | null, number | null, number | null, number | null][] = [];
  for (const e of decodeLineTable(table, firstlineno)) {
    for (let i = e.start; i < e.end; i++) out.push([e.lineno, e.end_lineno, e.col_offset, e.end_col_offset]);
  }
  return out;
}
