// The Mersenne Twister MT19937 as CPython seeds and draws from it. CPython:
// Modules/_randommodule.c (genrand_uint32, init_genrand, init_by_array, random_random_impl).

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export interface MTState {
  mt: Uint32Array;
  index: number;
}

export const MT_N = N;

export function newState(): MTState {
  return { mt: new Uint32Array(N), index: N + 1 };
}

// CPython: init_genrand
function initGenrand(st: MTState, s: number): void {
  const mt = st.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  st.index = N;
}

/** Seeds from 32-bit words. CPython: init_by_array */
export function initByArray(st: MTState, key: Uint32Array): void {
  initGenrand(st, 19650218);
  const mt = st.mt;
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

/** The next 32-bit output. CPython: genrand_uint32 */
export function genrandUint32(st: MTState): number {
  const mt = st.mt;
  if (st.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    st.index = 0;
  }
  let y = mt[st.index++]!;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A double in [0, 1) with 53 random bits. CPython: random_random_impl */
export function genrandDouble(st: MTState): number {
  const a = genrandUint32(st) >>> 5;
  const b = genrandUint32(st) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** k random bits (k > 0), as CPython assembles them: 32-bit words from the least significant. */
export function genrandBits(st: MTState, k: number): bigint | number {
  if (k <= 32) return genrandUint32(st) >>> (32 - k);
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let r = genrandUint32(st);
    if (left < 32) r >>>= 32 - left;
    result |= BigInt(r) << shift;
    shift += 32n;
  }
  return result;
}
