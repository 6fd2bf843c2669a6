# Sizes of ints produced by arithmetic: results are normalized, so leading zero digits
# never count (x - x is a 1-digit zero, big // big can be small).
import sys

a = 2**100
b = 2**100 - 1
print(sys.getsizeof(a - b), sys.getsizeof(a - a), sys.getsizeof(b - a))
print(sys.getsizeof(a + b), sys.getsizeof(a * b), sys.getsizeof(a * a * a))
print(sys.getsizeof(a // b), sys.getsizeof(a % b), sys.getsizeof(a // 3), sys.getsizeof(-a // 3))
print(sys.getsizeof(1 << 29), sys.getsizeof(1 << 30), sys.getsizeof(1 << 59), sys.getsizeof(1 << 60))
print(sys.getsizeof(a >> 70), sys.getsizeof(a >> 71), sys.getsizeof(a >> 100), sys.getsizeof(a >> 101))
print(sys.getsizeof(-a >> 101), sys.getsizeof(~a), sys.getsizeof(~0), sys.getsizeof(-a))
print(sys.getsizeof(a & b), sys.getsizeof(a | b), sys.getsizeof(a ^ b), sys.getsizeof(a & -a))
print(sys.getsizeof(abs(-a)), sys.getsizeof(pow(a, 3)), sys.getsizeof(pow(3, 100, 7)), sys.getsizeof(pow(2, 200, 2**150)))
x = 1
for i in range(12):
    x *= 1000
    print(i, sys.getsizeof(x), sys.getsizeof(x + x), sys.getsizeof(x - x + 1))
print(sys.getsizeof(divmod(a, 7)[0]), sys.getsizeof(divmod(a, 7)[1]))
print(sys.getsizeof(round(a, -20)), sys.getsizeof(int(a / 3)), sys.getsizeof(a.bit_length()))
print(sys.getsizeof(sum(range(100000))), sys.getsizeof(len('abc')), sys.getsizeof(hash('x') & 0))
