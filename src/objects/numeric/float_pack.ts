// IEEE 754 half and single precision packing, with CPython's rounding and overflow rules.
// CPython: Objects/floatobject.c (PyFloat_Pack2, PyFloat_Unpack2, PyFloat_Pack4)

/** The 16 bits of `x` as a half float, or null when it is too large. CPython: PyFloat_Pack2 */
export function packHalf(x: number): number | null {
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (x === Infinity || x === -Infinity) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (x !== x) {
    // A quiet NaN (the sign of a NaN is not kept by JS numbers).
    e = 0x1f;
    bits = 512;
  } else {
    if (x < 0) {
      sign = 1;
      x = -x;
    }
    // x = f * 2**e with 1 <= f < 2 (frexp, then one step).
    e = Math.floor(Math.log2(x));
    let f = x / 2 ** e;
    if (f >= 2) {
      f /= 2;
      e++;
    } else if (f < 1) {
      f *= 2;
      e--;
    }
    if (e >= 16) return null;
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * 2 ** (14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    // Round half to even.
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) return null;
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

/** A half float's value. CPython: PyFloat_Unpack2 */
export function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 31) return f === 0 ? sign * Infinity : NaN;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}
