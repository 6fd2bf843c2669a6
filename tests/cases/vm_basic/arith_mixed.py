# int and float operators at run time (operands are names, so nothing is folded)
a = 7
b = -3
c = 2.5
d = 0.1
big = 2
big = big ** 100
print(a // b, a % b, a / b, a ** 2, a ** -2, b ** 3, a << 3, a >> 1, a & b, a | b, a ^ b)
print(big // a, big % a, big / a, big >> 90, big << 3, big & 0xFFFF, big | 1, big ^ big, -big // 7)
print(a + c, a - c, a * c, a / c, a // c, a % c, c ** a, a ** c, c / a, b % c, b // c)
print(d + d + d, d * 3, 1 - d, -c, c - -c, 10 ** -5 * a, 3 ** (a / 21))
x = 1.0
x += a
x *= c
x /= 4
x //= 0.5
x %= 7
x **= 2
print(x)
n = 10
n **= 20
n //= 3
n %= 1000000007
n <<= 2
n >>= 1
n &= 0xFFFFFF
n |= 1
n ^= 255
print(n)
print(big / 3.0, 1e308 * a, -1e308 * a, big ** 0.5, 0.0 * -1)
print(a / (c - c))
