# Number operations that hand back their operand itself (exact int, float, complex, bool) and those that make a new object.
import math, operator, fractions
n = 10 ** 20
f = 2.5
c = 1 + 2j
b = True
tests = {
 'int_n': lambda: int(n) is n, 'n_real': lambda: n.real is n, 'n_imag': lambda: n.imag is 0, 'n_num': lambda: n.numerator is n, 'n_den': lambda: n.denominator is 1,
 'n_round0': lambda: round(n, 0) is n, 'n_round1': lambda: round(n, 1) is n, 'n_round_neg': lambda: round(n, -1) is n, 'n_conj': lambda: n.conjugate() is n,
 'n_index': lambda: operator.index(n) is n, 'n_trunc': lambda: math.trunc(n) is n, 'n_floor': lambda: math.floor(n) is n, 'n_ceil': lambda: math.ceil(n) is n,
 'n_pow1': lambda: n ** 1 is n, 'n_mul1': lambda: n * 1 is n, 'n_add0': lambda: n + 0 is n, 'n_sub0': lambda: n - 0 is n, 'n_floordiv1': lambda: n // 1 is n,
 'n_or0': lambda: n | 0 is n, 'n_and': lambda: n & n is n, 'n_lshift0': lambda: n << 0 is n, 'n_rshift0': lambda: n >> 0 is n, 'n_xor0': lambda: n ^ 0 is n,
 'n_max': lambda: max(n, 1) is n, 'n_abs': lambda: abs(n) is n, 'n_neg2': lambda: -(-n) is n, 'n_pos': lambda: +n is n, 'n_ratio': lambda: n.as_integer_ratio()[0] is n,
 'n_divmod': lambda: divmod(n, n + 1)[1] is n, 'n_mod': lambda: n % (n + 1) is n, 'n_pow_mod': lambda: pow(n, 1, n + 1) is n, 'n_int_str': lambda: int(str(n)) is n,
 'n_sum': lambda: sum([n]) is n, 'n_sum0': lambda: sum([0, n]) is n, 'n_sum_start': lambda: sum([], n) is n, 'n_gcd': lambda: math.gcd(n) is n, 'n_gcd0': lambda: math.gcd(n, 0) is n,
 'n_lcm': lambda: math.lcm(n) is n, 'n_isqrt': lambda: math.isqrt(n * n) == n, 'n_prod': lambda: math.prod([n]) is n, 'n_comb': lambda: math.comb(n, 1) is n,
 'n_fsum': lambda: math.fsum([f]) is f, 'f_float': lambda: float(f) is f, 'f_real': lambda: f.real is f, 'f_imag': lambda: f.imag is 0.0, 'f_conj': lambda: f.conjugate() is f,
 'f_round_none': lambda: round(f) is 2, 'f_round1': lambda: round(f, 1) is f, 'f_abs': lambda: abs(f) is f, 'f_fabs': lambda: math.fabs(f) is f, 'f_copysign': lambda: math.copysign(f, 1) is f,
 'f_max': lambda: max(f, 1.0) is f, 'f_min': lambda: min(f, 3) is f, 'f_pow1': lambda: f ** 1 is f, 'f_mul1': lambda: f * 1 is f, 'f_add0': lambda: f + 0 is f, 'f_sum': lambda: sum([f]) is f,
 'f_sum0': lambda: sum([0, f]) is f, 'f_fraction': lambda: float(fractions.Fraction(5, 2)) is f, 'f_hex': lambda: float.fromhex(f.hex()) is f, 'f_pos': lambda: operator.pos(f) is f,
 'c_complex': lambda: complex(c) is c, 'c_pos': lambda: +c is c, 'c_real': lambda: c.real is c.real, 'c_conj': lambda: c.conjugate() is c, 'c_mul1': lambda: c * 1 is c, 'c_pow1': lambda: c ** 1 is c,
 'b_int': lambda: int(b) is 1, 'b_real': lambda: b.real is 1, 'b_pos': lambda: +b is 1, 'b_index': lambda: operator.index(b) is 1, 'b_num': lambda: b.numerator is 1, 'b_and': lambda: b & b is b,
 'b_or': lambda: b | False is b, 'b_abs': lambda: abs(b) is 1, 'b_neg': lambda: -b is -1, 'b_inv': lambda: ~b is -2, 'b_round': lambda: round(b) is 1, 'b_trunc': lambda: math.trunc(b) is 1,
 'int_new': lambda: int.__new__(int, 5) is 5, 'int_bytes_small': lambda: int.from_bytes(b'\x05', 'big') is 5, 'int_float_small': lambda: int(5.9) is 5, 'int_bool': lambda: int(False) is 0,
 'frac_num': lambda: fractions.Fraction(n, 1).numerator is n, 'frac_int': lambda: int(fractions.Fraction(n)) is n,
}
for k, fn in tests.items():
    print(k, fn())
m = 10 ** 10
k = -10 ** 20
print(math.gcd(0, n) is n, math.gcd(n, n) is n, math.gcd(m, 0) is m, math.gcd(n) is n, math.gcd(k) == n, math.gcd(n, 0, 0) is n, math.gcd(0, n, 0) is n, math.gcd(n, n, n) is n)
print(math.lcm(n) is n, math.lcm(n, 1) is n, math.lcm(1, n) is n, math.lcm(n, n) is n, math.lcm(m) is m, math.gcd(1, n) is 1, math.gcd() is 0)
print(math.comb(n, 1) is n, math.perm(n, 1) is n, math.comb(n, n - 1) is n, math.comb(m, 1) is m, math.perm(n, 0) is 1, math.factorial(1) is 1)
print(round(n, 0) is n, round(n, 5) is n, round(n, -1) is n, round(m, 2) is m, n.__round__() is n)
for bad in (1.5, 'x'):
    try:
        math.gcd(n, bad)
    except TypeError as e:
        print(e)
    try:
        math.gcd(1, 2, bad)
    except TypeError as e:
        print(e)
