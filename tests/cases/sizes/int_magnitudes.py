# sys.getsizeof of ints of every magnitude: zero, small, around each 30-bit digit boundary,
# negatives, huge values and bools (64-bit CPython 3.12: 24 + 4 bytes per digit, 0 has one digit).
import sys

for v in [0, 1, -1, 5, 255, 256, 257, -5, -6, 1000, 2**29, 2**30 - 1, 2**30, 2**30 + 1,
          -(2**30), -(2**30) + 1, 2**60 - 1, 2**60, 2**90 - 1, 2**90, 2**120, -(2**120)]:
    print(v, sys.getsizeof(v), v.__sizeof__())
for k in range(0, 200, 7):
    print(k, sys.getsizeof(2**k), sys.getsizeof(-(2**k)), sys.getsizeof(2**k - 1))
print(sys.getsizeof(10**100), sys.getsizeof(10**1000), sys.getsizeof(-(10**1000)))
print(sys.getsizeof(True), sys.getsizeof(False), True.__sizeof__(), False.__sizeof__())
print(sys.getsizeof(int('0')), sys.getsizeof(int('-0')), sys.getsizeof(int('1' * 50)))
print(sys.getsizeof(int.from_bytes(b'\x00' * 20, 'big')), sys.getsizeof(int.from_bytes(b'\xff' * 20, 'big')))
print(sys.getsizeof(int(1e20)), sys.getsizeof(int(-1e20)), sys.getsizeof(int(0.5)))
print(int.__sizeof__(7), int.__sizeof__(2**100), object.__sizeof__(2**100))
