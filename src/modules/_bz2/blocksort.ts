// The Burrows-Wheeler sort of a block: libbzip2's fallback sort (bucket refinement by doubling,
// after Manber and Myers). The order of the rotations is unique except between equal rotations
// (periodic blocks), where libbzip2 always ends up in this sort, whose order is reproduced
// exactly. libbzip2: blocksort.c (fallbackSort, fallbackQSort3, fallbackSimpleSort).

/** Insertion sort (with a first pass of stride 4) of a small range. libbzip2: fallbackSimpleSort */
function simpleSort(fmap: Int32Array, eclass: Int32Array, lo: number, hi: number): void {
  if (lo === hi) return;
  if (hi - lo > 3) {
    for (let i = hi - 4; i >= lo; i--) {
      const tmp = fmap[i]!;
      const ec = eclass[tmp]!;
      let j = i + 4;
      for (; j <= hi && ec > eclass[fmap[j]!]!; j += 4) fmap[j - 4] = fmap[j]!;
      fmap[j - 4] = tmp;
    }
  }
  for (let i = hi - 1; i >= lo; i--) {
    const tmp = fmap[i]!;
    const ec = eclass[tmp]!;
    let j = i + 1;
    for (; j <= hi && ec > eclass[fmap[j]!]!; j++) fmap[j - 1] = fmap[j]!;
    fmap[j - 1] = tmp;
  }
}

function swapRuns(fmap: Int32Array, p1: number, p2: number, n: number): void {
  for (; n > 0; n--, p1++, p2++) {
    const t = fmap[p1]!;
    fmap[p1] = fmap[p2]!;
    fmap[p2] = t;
  }
}

/** Three-way quicksort of fmap[loSt..hiSt] by eclass, with libbzip2's pseudo-random pivots. libbzip2: fallbackQSort3 */
function qsort3(fmap: Int32Array, eclass: Int32Array, loSt: number, hiSt: number): void {
  let r = 0;
  const stack: number[] = [loSt, hiSt];
  while (stack.length > 0) {
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (hi - lo < 10) {
      simpleSort(fmap, eclass, lo, hi);
      continue;
    }
    r = (r * 7621 + 1) % 32768;
    const r3 = r % 3;
    const med = eclass[fmap[r3 === 0 ? lo : r3 === 1 ? (lo + hi) >> 1 : hi]!]!;
    let unLo = lo;
    let ltLo = lo;
    let unHi = hi;
    let gtHi = hi;
    for (;;) {
      while (unLo <= unHi) {
        const n = eclass[fmap[unLo]!]! - med;
        if (n === 0) {
          const t = fmap[unLo]!; fmap[unLo] = fmap[ltLo]!; fmap[ltLo] = t;
          ltLo++; unLo++;
          continue;
        }
        if (n > 0) break;
        unLo++;
      }
      while (unLo <= unHi) {
        const n = eclass[fmap[unHi]!]! - med;
        if (n === 0) {
          const t = fmap[unHi]!; fmap[unHi] = fmap[gtHi]!; fmap[gtHi] = t;
          gtHi--; unHi--;
          continue;
        }
        if (n < 0) break;
        unHi--;
      }
      if (unLo > unHi) break;
      const t = fmap[unLo]!; fmap[unLo] = fmap[unHi]!; fmap[unHi] = t;
      unLo++; unHi--;
    }
    if (gtHi < ltLo) continue;
    let n = Math.min(ltLo - lo, unLo - ltLo);
    swapRuns(fmap, lo, unLo - n, n);
    let m = Math.min(hi - gtHi, gtHi - unHi);
    swapRuns(fmap, unLo, hi - m + 1, m);
    n = lo + unLo - ltLo - 1;
    m = hi - (gtHi - unHi) + 1;
    if (n - lo > hi - m) stack.push(lo, n, m, hi);
    else stack.push(m, hi, lo, n);
  }
}

/** The rotations of block[0..nblock-1] in sorted order (their start positions). libbzip2: fallbackSort */
export function blockSort(block: Uint8Array, nblock: number): Int32Array {
  const fmap = new Int32Array(nblock);
  const eclass = new Int32Array(nblock);
  const bhtab = new Int32Array(3 + (nblock >> 5));
  const set = (z: number): void => { bhtab[z >> 5]! |= 1 << (z & 31); };
  const isSet = (z: number): boolean => (bhtab[z >> 5]! & (1 << (z & 31))) !== 0;
  const ftab = new Int32Array(257);
  for (let i = 0; i < nblock; i++) ftab[block[i]!]!++;
  for (let i = 1; i < 257; i++) ftab[i]! += ftab[i - 1]!;
  for (let i = 0; i < nblock; i++) {
    const k = --ftab[block[i]!]!;
    fmap[k] = i;
  }
  for (let i = 0; i < 256; i++) set(ftab[i]!);
  // Sentinel bits for detecting the block's end.
  for (let i = 0; i < 32; i++) {
    set(nblock + 2 * i);
    bhtab[(nblock + 2 * i + 1) >> 5]! &= ~(1 << ((nblock + 2 * i + 1) & 31));
  }
  for (let H = 1; ; H *= 2) {
    let j = 0;
    for (let i = 0; i < nblock; i++) {
      if (isSet(i)) j = i;
      let k = fmap[i]! - H;
      if (k < 0) k += nblock;
      eclass[k] = j;
    }
    let nNotDone = 0;
    let r = -1;
    for (;;) {
      // The next bucket of more than one rotation: [l, r].
      let k = r + 1;
      while (isSet(k) && (k & 31) !== 0) k++;
      if (isSet(k)) {
        while (bhtab[k >> 5] === -1) k += 32;
        while (isSet(k)) k++;
      }
      const l = k - 1;
      if (l >= nblock) break;
      while (!isSet(k) && (k & 31) !== 0) k++;
      if (!isSet(k)) {
        while (bhtab[k >> 5] === 0) k += 32;
        while (!isSet(k)) k++;
      }
      r = k - 1;
      if (r >= nblock) break;
      if (r > l) {
        nNotDone += r - l + 1;
        qsort3(fmap, eclass, l, r);
        let cc = -1;
        for (let i = l; i <= r; i++) {
          const cc1 = eclass[fmap[i]!]!;
          if (cc !== cc1) {
            set(i);
            cc = cc1;
          }
        }
      }
    }
    if (H * 2 > nblock || nNotDone === 0) break;
  }
  return fmap;
}
