// glibc libm functions the numeric layer needs bit for bit, beyond pow (float_pow.ts).
//
// hypot: CPython's abs(complex) calls libm's hypot; glibc 2.35+ computes it with Borges'
// correction (sysdeps/ieee754/dbl-64/e_hypot.c). The x86_64 build has no FMA variant of it, so
// plain double arithmetic in the same order reproduces it exactly; V8's Math.hypot does not.

const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -459;
const EPS = 2 ** -54;

/** sqrt(ax^2 + ay^2) corrected; ax >= ay >= 0, squares neither overflow nor underflow. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** glibc hypot(x, y); an infinite result from finite inputs is glibc's ERANGE overflow. */
// glibc: sysdeps/ieee754/dbl-64/e_hypot.c __hypot (non-FMA kernel)
export function glibcHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    ax = kernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
