// libbzip2's main block sort: a radix sort on two bytes, then three-way string quicksort and
// shell sort of the small buckets, with orders copied from finished buckets and cached in the
// quadrant array. Rotations that compare equal keep the order this leaves them in, so it is
// reproduced exactly; it gives up (budget exhausted) on very repetitive blocks, which then go to
// the fallback sort. libbzip2: blocksort.c (mainSort, mainQSort3, mainSimpleSort, mainGtU).

/** Bytes past the block's end that hold a copy of its start. libbzip2: BZ_N_OVERSHOOT */
export const N_OVERSHOOT = 34;
const N_RADIX = 2;
const QSORT_SMALL_THRESH = 20;
const QSORT_DEPTH_THRESH = 14;
const SETMASK = 1 << 21;
const CLEARMASK = ~SETMASK;
const INCS = [1, 4, 13, 40, 121, 364, 1093, 3280, 9841, 29524, 88573, 265720, 797161, 2391484];

class MainSorter {
  readonly ptr: Int32Array;
  readonly quadrant: Uint16Array;
  budget: number;

  constructor(readonly block: Uint8Array, readonly nblock: number) {
    this.ptr = new Int32Array(nblock);
    this.quadrant = new Uint16Array(nblock + N_OVERSHOOT);
    // libbzip2's default work factor of 30: (30 - 1) / 3 units a byte.
    this.budget = nblock * 9;
  }

  /** Whether the rotation at i1 sorts after the one at i2. libbzip2: mainGtU */
  gtU(i1: number, i2: number): boolean {
    const { block, quadrant, nblock } = this;
    for (let n = 0; n < 12; n++, i1++, i2++) {
      const c1 = block[i1]!;
      const c2 = block[i2]!;
      if (c1 !== c2) return c1 > c2;
    }
    for (let k = nblock + 8; k >= 0; k -= 8) {
      for (let n = 0; n < 8; n++, i1++, i2++) {
        const c1 = block[i1]!;
        const c2 = block[i2]!;
        if (c1 !== c2) return c1 > c2;
        const s1 = quadrant[i1]!;
        const s2 = quadrant[i2]!;
        if (s1 !== s2) return s1 > s2;
      }
      if (i1 >= nblock) i1 -= nblock;
      if (i2 >= nblock) i2 -= nblock;
      this.budget--;
    }
    return false;
  }

  // libbzip2: mainSimpleSort
  simpleSort(lo: number, hi: number, d: number): void {
    const ptr = this.ptr;
    const bigN = hi - lo + 1;
    if (bigN < 2) return;
    let hp = 0;
    while (INCS[hp]! < bigN) hp++;
    for (hp--; hp >= 0; hp--) {
      const h = INCS[hp]!;
      for (let i = lo + h, n = 0; i <= hi; i++) {
        const v = ptr[i]!;
        let j = i;
        while (this.gtU(ptr[j - h]! + d, v + d)) {
          ptr[j] = ptr[j - h]!;
          j -= h;
          if (j <= lo + h - 1) break;
        }
        ptr[j] = v;
        // libbzip2 looks at the budget after every third insertion.
        if (++n % 3 === 0 && this.budget < 0) return;
      }
    }
  }

  // libbzip2: mainQSort3
  qsort3(loSt: number, hiSt: number, dSt: number): void {
    const { ptr, block } = this;
    const stack: number[] = [loSt, hiSt, dSt];
    const swap = (a: number, b: number): void => {
      const t = ptr[a]!;
      ptr[a] = ptr[b]!;
      ptr[b] = t;
    };
    while (stack.length > 0) {
      const d = stack.pop()!;
      const hi = stack.pop()!;
      const lo = stack.pop()!;
      if (hi - lo < QSORT_SMALL_THRESH || d > QSORT_DEPTH_THRESH) {
        this.simpleSort(lo, hi, d);
        if (this.budget < 0) return;
        continue;
      }
      const med = med3(block[ptr[lo]! + d]!, block[ptr[hi]! + d]!, block[ptr[(lo + hi) >> 1]! + d]!);
      let unLo = lo;
      let ltLo = lo;
      let unHi = hi;
      let gtHi = hi;
      for (;;) {
        while (unLo <= unHi) {
          const n = block[ptr[unLo]! + d]! - med;
          if (n === 0) {
            swap(unLo++, ltLo++);
            continue;
          }
          if (n > 0) break;
          unLo++;
        }
        while (unLo <= unHi) {
          const n = block[ptr[unHi]! + d]! - med;
          if (n === 0) {
            swap(unHi--, gtHi--);
            continue;
          }
          if (n < 0) break;
          unHi--;
        }
        if (unLo > unHi) break;
        swap(unLo++, unHi--);
      }
      if (gtHi < ltLo) {
        stack.push(lo, hi, d + 1);
        continue;
      }
      let n = Math.min(ltLo - lo, unLo - ltLo);
      for (let a = lo, b = unLo - n; n > 0; n--) swap(a++, b++);
      let m = Math.min(hi - gtHi, gtHi - unHi);
      for (let a = unLo, b = hi - m + 1; m > 0; m--) swap(a++, b++);
      n = lo + unLo - ltLo - 1;
      m = hi - (gtHi - unHi) + 1;
      const next = [[lo, n, d], [m, hi, d], [n + 1, m - 1, d + 1]];
      const size = (x: number[]): number => x[1]! - x[0]!;
      // The largest part goes first on the stack, so the smallest is sorted first.
      if (size(next[0]!) < size(next[1]!)) [next[0], next[1]] = [next[1]!, next[0]!];
      if (size(next[1]!) < size(next[2]!)) [next[1], next[2]] = [next[2]!, next[1]!];
      if (size(next[0]!) < size(next[1]!)) [next[0], next[1]] = [next[1]!, next[0]!];
      for (const x of next) stack.push(...x);
    }
  }

  /** Sorts; false if the budget ran out. libbzip2: mainSort */
  sort(): boolean {
    const { block, nblock, ptr, quadrant } = this;
    const ftab = new Int32Array(65537);
    let j = block[0]! << 8;
    for (let i = nblock - 1; i >= 0; i--) {
      j = (j >> 8) | (block[i]! << 8);
      ftab[j]!++;
    }
    for (let i = 0; i < N_OVERSHOOT; i++) block[nblock + i] = block[i]!;
    for (let i = 1; i <= 65536; i++) ftab[i]! += ftab[i - 1]!;
    let s = block[0]! << 8;
    for (let i = nblock - 1; i >= 0; i--) {
      s = (s >> 8) | (block[i]! << 8);
      ptr[--ftab[s]!] = i;
    }
    const bigFreq = (b: number): number => ftab[(b + 1) << 8]! - ftab[b << 8]!;
    // The big buckets from the smallest to the largest, shell-sorted as libbzip2 orders them.
    const runningOrder = Array.from({ length: 256 }, (_, i) => i);
    let h = 1;
    do h = 3 * h + 1; while (h <= 256);
    do {
      h = Math.trunc(h / 3);
      for (let i = h; i <= 255; i++) {
        const vv = runningOrder[i]!;
        let k = i;
        while (bigFreq(runningOrder[k - h]!) > bigFreq(vv)) {
          runningOrder[k] = runningOrder[k - h]!;
          k -= h;
          if (k <= h - 1) break;
        }
        runningOrder[k] = vv;
      }
    } while (h !== 1);
    const bigDone = new Uint8Array(256);
    const copyStart = new Int32Array(256);
    const copyEnd = new Int32Array(256);
    for (let i = 0; i <= 255; i++) {
      const ss = runningOrder[i]!;
      // Step 1: sort the small buckets [ss, k] no earlier step has sorted.
      for (let k = 0; k <= 255; k++) {
        if (k === ss) continue;
        const sb = (ss << 8) + k;
        if ((ftab[sb]! & SETMASK) === 0) {
          const lo = ftab[sb]! & CLEARMASK;
          const hi = (ftab[sb + 1]! & CLEARMASK) - 1;
          if (hi > lo) {
            this.qsort3(lo, hi, N_RADIX);
            if (this.budget < 0) return false;
          }
        }
        ftab[sb]! |= SETMASK;
      }
      // Step 2: from the sorted big bucket, the order of the small buckets [t, ss] for every t.
      for (let k = 0; k <= 255; k++) {
        copyStart[k] = ftab[(k << 8) + ss]! & CLEARMASK;
        copyEnd[k] = (ftab[(k << 8) + ss + 1]! & CLEARMASK) - 1;
      }
      for (let k = ftab[ss << 8]! & CLEARMASK; k < copyStart[ss]!; k++) {
        let p = ptr[k]! - 1;
        if (p < 0) p += nblock;
        const c1 = block[p]!;
        if (!bigDone[c1]) ptr[copyStart[c1]!++] = p;
      }
      for (let k = (ftab[(ss + 1) << 8]! & CLEARMASK) - 1; k > copyEnd[ss]!; k--) {
        let p = ptr[k]! - 1;
        if (p < 0) p += nblock;
        const c1 = block[p]!;
        if (!bigDone[c1]) ptr[copyEnd[c1]!--] = p;
      }
      for (let k = 0; k <= 255; k++) ftab[(k << 8) + ss]! |= SETMASK;
      // Step 3: the bucket is done; its order goes into the quadrant values.
      bigDone[ss] = 1;
      if (i < 255) {
        const bbStart = ftab[ss << 8]! & CLEARMASK;
        const bbSize = (ftab[(ss + 1) << 8]! & CLEARMASK) - bbStart;
        let shifts = 0;
        while (bbSize >> shifts > 65534) shifts++;
        for (let k = bbSize - 1; k >= 0; k--) {
          const a2update = ptr[bbStart + k]!;
          const qVal = k >> shifts;
          quadrant[a2update] = qVal;
          if (a2update < N_OVERSHOOT) quadrant[a2update + nblock] = qVal;
        }
      }
    }
    return true;
  }
}

function med3(a: number, b: number, c: number): number {
  if (a > b) [a, b] = [b, a];
  if (b > c) {
    b = c;
    if (a > b) b = a;
  }
  return b;
}

/**
 * The rotations in sorted order by libbzip2's main sort, or null when it gives up. `block` must
 * have room for N_OVERSHOOT bytes past the block's end.
 */
export function mainSort(block: Uint8Array, nblock: number): Int32Array | null {
  const m = new MainSorter(block, nblock);
  return m.sort() ? m.ptr : null;
}
