# Constant folding: folded expressions become constants of the code object, shared with equal literals.
a = (1, 2) + (3,)
b = (1, 2, 3)
print(a is b, a == b)
print(-1 is -1, 2 ** 10 is 1024, 2 ** 10 is 2 ** 10, 1024 is 2 ** 10)
x = 'ab' * 3
y = 'ababab'
print(x is y)
t = ((1, 2), (3, 4))
u = ((1, 2), (3, 4))
print(t is u, t[0] is (1, 2), t[1] is u[1])
print(2 ** 64 is 18446744073709551616, 2 ** 65 is 36893488147419103232)
print(1 << 127 is 170141183460469231731687303715884105728, (1 << 128) is 340282366920938463463374607431768211456)
print('a' * 4096 is 'a' * 4096, 'a' * 4097 is 'a' * 4097)
print(b'x' * 4096 is b'x' * 4096, b'x' * 4097 is b'x' * 4097)
print((1,) * 256 is (1,) * 256, (1,) * 257 is (1,) * 257)
print('ab' + 'cd' is 'abcd', 'ab cd' + ' ef' is 'ab cd ef', 'x' * 10000 + '' is 'x' * 10000)
print(1000 + 0 is 1000, 999 + 1 is 1000, 1000 - 1 is 999, 10 * 100 is 1000, 7 // 2 is 3, 7 % 4 is 3)
print(3.0 * 2 is 6.0, 1 / 4 is 0.25, -0.0 is -0.0, -(0.0) is -0.0, not True is False)
print(~5 is -6, -(5) is -5, +1000 is 1000, -(-1000) is 1000)
print((1, 2, 3)[0] is 1, (1000, 2000)[1] is 2000, 'abc'[1] is 'b')
print(('a' 'b') is 'ab', 'hello' ' world' is 'hello world')
c = 1_000_000
print(c is 10 ** 6, c is 1000 * 1000, 1e3 is 1000.0, 0x10 is 16)
def f():
    return (1, 2) + (3,), 'ab' * 3, 2 ** 10 + 1000
r = f()
print(r[0] is b, r[1] is x, r[2] is 2024)
print(frozenset({1, 2}) is frozenset({1, 2}))
print([1, 2, 3] is [1, 2, 3], (1, [2]) is (1, [2]))
