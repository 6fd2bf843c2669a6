# Big ints from strings, bytes and arithmetic, and the strs made from them.
import sys

for digits in [1, 9, 10, 18, 19, 20, 50, 100, 300]:
    n = int('9' * digits)
    print(digits, sys.getsizeof(n), sys.getsizeof(-n), sys.getsizeof(str(n)), sys.getsizeof(hex(n)), sys.getsizeof(n.to_bytes((n.bit_length() + 7) // 8, 'big')))
print(sys.getsizeof(int('ff' * 20, 16)), sys.getsizeof(int('1' * 100, 2)), sys.getsizeof(int('z' * 10, 36)))
print(sys.getsizeof(int.from_bytes(bytes(range(40)), 'little')), sys.getsizeof(int.from_bytes(b'\xff' * 8, 'big', signed=True)))
f = 1
for i in range(1, 30):
    f *= i
print('factorial', sys.getsizeof(f), f.bit_length())
print(sys.getsizeof(2**64 - 1), sys.getsizeof(-2**63), sys.getsizeof(2**63), sys.getsizeof(int(2.0**100)))
print(sys.getsizeof((2**100).bit_length()), sys.getsizeof(abs(-2**200)), sys.getsizeof(-(-2**200)), sys.getsizeof(+(2**200)))
