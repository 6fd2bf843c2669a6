# Small ints produced by conversions, builtins and iteration are the cached objects.
print(int('256') is 256, int('257') is 257, int('-5') is -5, int('-6') is -6, int('0') is 0)
print(int('ff', 16) is 255, int(b'42') is 42, int('  7  ') is 7, int('1_0') is 10)
print(len('abc') is 3, len([0] * 256) is 256, len([0] * 257) is 257, len([0] * 257) == 257)
print(sum([100, 100, 56]) is 256, sum([100, 100, 57]) is 257, sum(range(10)) is 45)
print([i for i in range(250, 260) if i is 256 or i is 257], [i for i in range(-7, -3) if i is -5 or i is -6])
r = range(0, 1000, 100)
print([v is 200 for v in r][:4])
print(list(range(255, 258))[1] is 256, list(range(255, 258))[2] is 257)
print(ord('a') is 97, ord('\xff') is 255, ord('\u0100') is 256, ord('\u0101') is 257)
print(hash(7) is 7, hash(300) is 300, hash(-1) is -2)
print('abcabc'.count('a') is 2, 'abc'.find('c') is 2, 'abc'.index('b') is 1, [1, 2, 3].index(3) is 2)
print(int.from_bytes(b'\x01\x00', 'big') is 256, int.from_bytes(b'\x01\x01', 'big') is 257)
print((5).bit_length() is 3, (255).bit_count() is 8)
import math
print(math.floor(2.5) is 2, math.ceil(2.5) is 3, math.trunc(9.9) is 9, math.gcd(12, 18) is 6, math.isqrt(65536) is 256)
for i, c in enumerate('xyz'):
    print(i is [0, 1, 2][i], end=' ')
print()
d = {'a': 1}
print(d.get('a') is 1, d.__len__() is 1, [3, 1, 2].pop() is 2)
print(int(True) is 1, int(False) is 0, True is 1, bool(1) is True)
print(int('257') is int('257'), int('256') is int('256'))
