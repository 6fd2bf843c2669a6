// list.sort: CPython 3.12's timsort with powersort's merge policy (Objects/listobject.c,
// Objects/listsort.txt), so that the same comparisons run in the same order (observable through
// __lt__ and through which pair raises). Runs are index ranges of one keys array and, with a key
// function, a parallel values array; the merge temp space is mirrored for its allocations.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_XDECREF, type PyObject } from './object.ts';
import { PyObject_RichCompareBool, Py_LT } from './objectops.ts';
import { PyObject_CallOneArg } from './call.ts';

const MIN_GALLOP = 7;
/** CPython's MERGESTATE_TEMP_SIZE: temp slots inside the MergeState itself (no allocation). */
const MERGESTATE_TEMP_SIZE = 256;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  readonly keys: PyObject[];
  readonly values: PyObject[] | null;
  tk: PyObject[] = [];
  tv: PyObject[] = [];
  /** Capacity of the temp space, and its heap block (0 while it is the inline temparray). */
  alloced: number;
  heap = 0;
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  readonly listlen: number;

  constructor(readonly interp: Interpreter, keys: PyObject[], values: PyObject[] | null) {
    this.keys = keys;
    this.values = values;
    this.listlen = keys.length;
    // CPython: merge_init — with a key function the inline space is shared by keys and values.
    if (values !== null) this.alloced = Math.min((keys.length + 1) >> 1, MERGESTATE_TEMP_SIZE / 2);
    else this.alloced = MERGESTATE_TEMP_SIZE;
  }

  lt(a: PyObject, b: PyObject): boolean {
    return PyObject_RichCompareBool(this.interp, a, b, Py_LT);
  }

  // CPython: merge_getmem
  getmem(need: number): void {
    if (need <= this.alloced) return;
    this.freemem();
    this.heap = this.interp.obmalloc.malloc((this.values !== null ? 2 : 1) * need * 8);
    this.alloced = need;
  }

  // CPython: merge_freemem
  freemem(): void {
    if (this.heap !== 0) this.interp.obmalloc.free(this.heap);
    this.heap = 0;
  }

  /** Copies n items of the main arrays from `from` into the temp arrays at 0. */
  toTemp(from: number, n: number): void {
    const k = this.keys;
    const v = this.values;
    this.tk.length = 0;
    this.tv.length = 0;
    for (let i = 0; i < n; i++) {
      this.tk.push(k[from + i]!);
      if (v !== null) this.tv.push(v[from + i]!);
    }
  }

  /** main[dest + i] = main[src + i] for i < n, overlapping either way (memmove). */
  move(dest: number, src: number, n: number): void {
    const k = this.keys;
    const v = this.values;
    if (dest < src) {
      for (let i = 0; i < n; i++) {
        k[dest + i] = k[src + i]!;
        if (v !== null) v[dest + i] = v[src + i]!;
      }
    } else {
      for (let i = n; --i >= 0;) {
        k[dest + i] = k[src + i]!;
        if (v !== null) v[dest + i] = v[src + i]!;
      }
    }
  }

  /** main[dest + i] = temp[src + i] for i < n. */
  fromTemp(dest: number, src: number, n: number): void {
    const k = this.keys;
    const v = this.values;
    for (let i = 0; i < n; i++) {
      k[dest + i] = this.tk[src + i]!;
      if (v !== null) v[dest + i] = this.tv[src + i]!;
    }
  }

  // CPython: reverse_sortslice
  reverse(lo: number, n: number): void {
    reverseRange(this.keys, lo, lo + n);
    if (this.values !== null) reverseRange(this.values, lo, lo + n);
  }
}

function reverseRange(a: PyObject[], lo: number, hi: number): void {
  for (--hi; lo < hi; lo++, hi--) {
    const t = a[lo]!;
    a[lo] = a[hi]!;
    a[hi] = t;
  }
}

// CPython: binarysort — [lo, start) is sorted; inserts [start, hi) one by one.
function binarysort(ms: MergeState, lo: number, hi: number, start: number): void {
  const keys = ms.keys;
  const values = ms.values;
  if (lo === start) ++start;
  for (; start < hi; ++start) {
    let l = lo;
    let r = start;
    const pivot = keys[r]!;
    do {
      const p = l + ((r - l) >> 1);
      if (ms.lt(pivot, keys[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) keys[p] = keys[p - 1]!;
    keys[l] = pivot;
    if (values !== null) {
      const pv = values[start]!;
      for (let p = start; p > l; --p) values[p] = values[p - 1]!;
      values[l] = pv;
    }
  }
}

// CPython: count_run (3.12) — the length of the run at lo, and whether it is strictly descending.
function countRun(ms: MergeState, lo: number, hi: number): [number, boolean] {
  const keys = ms.keys;
  ++lo;
  if (lo === hi) return [1, false];
  let n = 2;
  if (ms.lt(keys[lo]!, keys[lo - 1]!)) {
    for (lo = lo + 1; lo < hi; ++lo, ++n) if (!ms.lt(keys[lo]!, keys[lo - 1]!)) break;
    return [n, true];
  }
  for (lo = lo + 1; lo < hi; ++lo, ++n) if (ms.lt(keys[lo]!, keys[lo - 1]!)) break;
  return [n, false];
}

// CPython: gallop_left — k such that a[k-1] < key <= a[k], over a[base .. base+n).
function gallopLeft(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const at = base + hint;
  if (ms.lt(a[at]!, key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ms.lt(a[at + ofs]!, key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ms.lt(a[at - ofs]!, key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ms.lt(a[base + m]!, key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// CPython: gallop_right — k such that a[k-1] <= key < a[k], over a[base .. base+n).
function gallopRight(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  const at = base + hint;
  if (ms.lt(key, a[at]!)) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ms.lt(key, a[at - ofs]!)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ms.lt(key, a[at + ofs]!)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ms.lt(key, a[base + m]!)) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// CPython: merge_lo — na <= nb; run a is copied to the temp space and merged from the left.
function mergeLo(ms: MergeState, pa0: number, na: number, pb: number, nb: number): void {
  ms.getmem(na);
  ms.toTemp(pa0, na);
  const keys = ms.keys;
  const tk = ms.tk;
  let dest = pa0;
  let pa = 0;
  const copyB = () => {
    keys[dest] = keys[pb]!;
    if (ms.values !== null) ms.values[dest] = ms.values[pb]!;
    dest++;
    pb++;
  };
  const copyA = () => {
    ms.fromTemp(dest, pa, 1);
    dest++;
    pa++;
  };
  try {
    copyB();
    --nb;
    if (nb === 0) return;
    if (na === 1) {
      ms.move(dest, pb, nb);
      ms.fromTemp(dest + nb, pa, 1);
      na = 0;
      return;
    }
    let minGallop = ms.minGallop;
    outer: for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (ms.lt(keys[pb]!, tk[pa]!)) {
          copyB();
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) break outer;
          if (bcount >= minGallop) break;
        } else {
          copyA();
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) break outer;
          if (acount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, keys[pb]!, tk, pa, na, 0);
        acount = k;
        if (k) {
          ms.fromTemp(dest, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) break outer;
          if (na === 0) break outer;
        }
        copyB();
        --nb;
        if (nb === 0) break outer;
        k = gallopLeft(ms, tk[pa]!, keys, pb, nb, 0);
        bcount = k;
        if (k) {
          ms.move(dest, pb, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb === 0) break outer;
        }
        copyA();
        --na;
        if (na === 1) break outer;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
    if (na === 1 && nb > 0) {
      // CopyB: the last item of a belongs at the end.
      ms.move(dest, pb, nb);
      ms.fromTemp(dest + nb, pa, 1);
      na = 0;
    }
  } finally {
    // Succeed and Fail: what is left of a goes back, so no item is lost.
    if (na) ms.fromTemp(dest, pa, na);
  }
}

// CPython: merge_hi — na > nb; run b is copied to the temp space and merged from the right.
function mergeHi(ms: MergeState, basea: number, na: number, pb0: number, nb: number): void {
  ms.getmem(nb);
  ms.toTemp(pb0, nb);
  const keys = ms.keys;
  const tk = ms.tk;
  let dest = pb0 + nb - 1;
  let pb = nb - 1;
  let pa = basea + na - 1;
  const copyA = () => {
    keys[dest] = keys[pa]!;
    if (ms.values !== null) ms.values[dest] = ms.values[pa]!;
    dest--;
    pa--;
  };
  const copyB = () => {
    ms.fromTemp(dest, pb, 1);
    dest--;
    pb--;
  };
  const finishA = () => {
    // CopyA: the first item of b belongs at the front.
    ms.move(dest + 1 - na, pa + 1 - na, na);
    dest -= na;
    pa -= na;
    ms.fromTemp(dest, pb, 1);
    nb = 0;
  };
  try {
    copyA();
    --na;
    if (na === 0) return;
    if (nb === 1) {
      finishA();
      return;
    }
    let minGallop = ms.minGallop;
    outer: for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (ms.lt(tk[pb]!, keys[pa]!)) {
          copyA();
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) break outer;
          if (acount >= minGallop) break;
        } else {
          copyB();
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) break outer;
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, tk[pb]!, keys, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          ms.move(dest + 1, pa + 1, k);
          na -= k;
          if (na === 0) break outer;
        }
        copyB();
        --nb;
        if (nb === 1) break outer;
        k = gallopLeft(ms, keys[pa]!, tk, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          ms.fromTemp(dest + 1, pb + 1, k);
          nb -= k;
          if (nb === 1) break outer;
          if (nb === 0) break outer;
        }
        copyA();
        --na;
        if (na === 0) break outer;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
    if (nb === 1 && na > 0) finishA();
  } finally {
    if (nb) ms.fromTemp(dest - (nb - 1), 0, nb);
  }
}

// CPython: merge_at — merges pending runs i and i + 1.
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let ssa = p[i]!.base;
  let na = p[i]!.len;
  const ssb = p[i + 1]!.base;
  let nb = p[i + 1]!.len;
  p[i]!.len = na + nb;
  if (i === p.length - 3) p[i + 1] = p[i + 2]!;
  p.length--;
  const keys = ms.keys;
  const k = gallopRight(ms, keys[ssb]!, keys, ssa, na, 0);
  ssa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(ms, keys[ssa + na - 1]!, keys, ssb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, ssa, na, ssb, nb);
  else mergeHi(ms, ssa, na, ssb, nb);
}

// CPython: powerloop
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

// CPython: found_new_run
function foundNewRun(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (p.length === 0) return;
  const s1 = p[p.length - 1]!.base;
  const n1 = p[p.length - 1]!.len;
  const power = powerloop(s1, n1, n2, ms.listlen);
  while (p.length > 1 && p[p.length - 2]!.power > power) mergeAt(ms, p.length - 2);
  p[p.length - 1]!.power = power;
}

// CPython: merge_force_collapse
function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) --n;
    mergeAt(ms, n);
  }
}

// CPython: merge_compute_minrun
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sorts keys (and values alongside) in place. */
function timsort(ms: MergeState): void {
  let nremaining = ms.keys.length;
  if (nremaining < 2) return;
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let [n, descending] = countRun(ms, lo, lo + nremaining);
    if (descending) ms.reverse(lo, n);
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarysort(ms, lo, lo + force, lo + n);
      n = force;
    }
    foundNewRun(ms, n);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    nremaining -= n;
  } while (nremaining);
  mergeForceCollapse(ms);
}

/**
 * list.sort(key=, reverse=): the list is empty while it sorts (so that comparisons and the key
 * function cannot move its memory); any change to it then is "list modified during sort".
 * CPython: list_sort_impl
 */
export function list_sort_impl(interp: Interpreter, self: PyObject, keyfunc: PyObject | null, reverse: boolean): void {
  const savedItems = self.body as PyObject[];
  const savedAddr = self.extra;
  const savedAllocated = self.ival;
  const n = savedItems.length;
  self.body = [];
  self.extra = 0;
  self.ival = -1;
  let error: unknown = null;
  try {
    let keys: PyObject[] | null = null;
    let keysHeap = 0;
    if (keyfunc !== null) {
      if (n >= MERGESTATE_TEMP_SIZE / 2) keysHeap = interp.obmalloc.malloc(8 * n);
      keys = [];
      try {
        for (let i = 0; i < n; i++) keys.push(PyObject_CallOneArg(interp, keyfunc, savedItems[i]!));
      } catch (e) {
        for (let i = keys.length; --i >= 0;) Py_DECREF(keys[i]!);
        if (keysHeap !== 0) interp.obmalloc.free(keysHeap);
        throw e;
      }
    }
    const ms = keys === null ? new MergeState(interp, savedItems, null) : new MergeState(interp, keys, savedItems);
    try {
      if (n > 1 && reverse) ms.reverse(0, n);
      timsort(ms);
    } catch (e) {
      error = e;
    }
    if (keys !== null) {
      for (let i = 0; i < n; i++) Py_DECREF(keys[i]!);
      if (keysHeap !== 0) interp.obmalloc.free(keysHeap);
    }
    if (self.ival !== -1 && error === null) {
      try {
        PyErr_SetString(interp, 'ValueError', 'list modified during sort');
      } catch (e) {
        error = e;
      }
    }
    if (reverse && n > 1) reverseRange(savedItems, 0, n);
    ms.freemem();
  } catch (e) {
    error = e;
  }
  // CPython's keyfunc_fail label: put the saved items back, release what was added meanwhile.
  const finalItems = self.body as PyObject[];
  const finalAddr = self.extra as number;
  self.body = savedItems;
  self.extra = savedAddr;
  self.ival = savedAllocated;
  if (finalAddr !== 0) {
    for (let i = finalItems.length; --i >= 0;) Py_XDECREF(finalItems[i]!);
    interp.obmalloc.free(finalAddr);
  }
  if (error !== null) throw error;
}
