// str.isprintable() for one code point, from Python 3.12's Unicode 15.0.0 data (not the host's:
// Node's own Unicode tables are newer, so \p{...} regexes would disagree on recent additions).
import { NON_PRINTABLE_DELTAS } from './printable.gen.ts';
import { expandDeltas } from './ranges.ts';

// Sorted non-printable ranges as [begin, end) pairs (~1.4k numbers).
const RANGES: Int32Array = expandDeltas(NON_PRINTABLE_DELTAS);

// CPython: Py_UNICODE_ISPRINTABLE (_PyUnicode_IsPrintable)
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  // Binary search for the last range that begins at or before cp.
  let lo = 0;
  let hi = (RANGES.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (RANGES[mid * 2]! <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi < 0 || cp >= RANGES[hi * 2 + 1]!;
}
