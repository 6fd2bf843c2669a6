// Unicode property tables are stored as [gap, length] delta pairs; this expands them once into
// sorted [begin, end) bounds for binary search.
export function expandDeltas(deltas: readonly number[]): Int32Array {
  const out = new Int32Array(deltas.length);
  let at = 0;
  for (let i = 0; i < deltas.length; i += 2) {
    const begin = at + deltas[i]!;
    at = begin + deltas[i + 1]!;
    out[i] = begin;
    out[i + 1] = at;
  }
  return out;
}
