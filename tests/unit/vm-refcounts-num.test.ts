// Leak checks of the numeric methods and builtins (int, float, divmod, pow, round, math): after a
// program ran and its module was released, the blocks held by live objects are back to their count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/runtime/interpreter.ts';
import { liveBlocks, run } from '../lib/leakcheck.ts';


const NUMS = `
big = 2**100 + 7
total = 0
for i in range(30):
    a = big + i
    q, r = divmod(a, 7)
    fq, fr = divmod(a * 1.5, 3.25)
    total += q % 5 + r + int(fq) % 3 + pow(a, 3, 1000) + pow(3, -1, 7) + round(a, -5) % 11 + round(fq) % 3 + int(round(fr, 2))
    total += a.bit_length() + a.bit_count() + len(a.to_bytes(20, 'little')) + int.from_bytes(a.to_bytes(13), signed=True) % 9
    n, d = (a / 3).as_integer_ratio()
    total += (n % 7) + (d % 7) + a.numerator % 2 + a.denominator + a.real % 3 + len((i + 0.5).hex()) + int(float.fromhex('0x1.8p3'))
    total += a.__trunc__() % 2 + (i + 0.25).__floor__() + (i + 0.25).__ceil__() + a.as_integer_ratio()[1] + (a.__round__(None) % 2)
    try:
        pow(2, -1, 4)
    except ValueError:
        total += 1
    try:
        divmod(a, 0)
    except ZeroDivisionError:
        total += 1
    try:
        round(object())
    except TypeError:
        total += 1
print(total)
`;

function checkNoLeak(src: string): void {
  const interp = new Interpreter();
  const first = run(interp, src);
  assert.equal(first.err, '');
  assert.equal(first.status, 0);
  const baseline = liveBlocks(interp);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(run(interp, src), first);
    assert.equal(liveBlocks(interp), baseline);
  }
}

test('int and float methods, divmod, pow and round release what they use', () => {
  checkNoLeak(NUMS);
});

const MATH = `
import math
total = 0.0
for i in range(1, 30):
    x = i + 0.5
    total += math.sqrt(x) + math.log(x) + math.log(10**400 + i) + math.log(x, 3) + math.exp(-x) + math.sin(x) + math.fsum([x, 1e100, -1e100])
    total += math.floor(x) + math.ceil(x) + math.trunc(-x) + math.gcd(i, 12, 18) + math.lcm(i, 4) + math.factorial(i % 10) + math.comb(i, 3) + math.perm(i, 2)
    total += math.prod([i, 2, 3]) + math.sumprod([i, 2], [3, 4]) + math.dist((i, 0), [0, 4]) + math.hypot(i, 3, 4) + math.frexp(x)[1] + sum(math.modf(x))
    total += math.isqrt(i * 1000) + math.gamma(x % 5 + 1) + math.lgamma(x) + math.pow(x, 2) + math.ldexp(x, 3) + math.isclose(x, x) + math.ulp(x)
    for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.fsum([math.inf, -math.inf])):
        try:
            bad()
        except (ValueError, OverflowError):
            total += 1
print(round(total, 6))
`;

test('the math module releases what it uses', () => {
  checkNoLeak(MATH);
});
