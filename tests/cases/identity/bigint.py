# Ints outside the small-int cache: literals in one code object are one constant; computed values are new.
a = 1000
b = 1000
print(a is b, a is 1000, 999 + 1 is 1000, 10 ** 3 is 1000)
c = 999
print(c + 1 is a, c + 1 == a, (c + 1) is (c + 1))
big = 12345678901234567890
print(big is 12345678901234567890, big + 0 is big, big * 1 is big, big - 0 is big)
print(int(str(big)) is big, int(str(big)) == big)
def f():
    return 1000
def g():
    return 1000
print(f() is g(), f() is a, f() is f())
e = -1000
print(e is -1000, -a is e, -a == e)
print(2 ** 100 is 2 ** 100, 2 ** 200 is 2 ** 200)
n = 2
print(n ** 100 is n ** 100, n ** 100 == 2 ** 100)
x = 1 << 70
print(x is 1 << 70, (1 << 70) is (1 << 70))
print(int('1000') is 1000, int(1000.0) is 1000, abs(-1000) is 1000)
L = [257, 257, 1000]
print(L[0] is L[1], L[0] is 257, L[2] is a)
t = (257, 1000)
print(t[0] is L[0], t[1] is a)
print(max(1000, 5) is a, min(a, 2000) is a)
