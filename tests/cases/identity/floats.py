# Floats: equal literals in one code object are one constant, computed floats are new objects.
a = 1.5
b = 1.5
print(a is b, a is 1.5, 0.5 + 1.0 is 1.5, 3.0 / 2 is 1.5)
x = 0.5
print(x + 1.0 is a, x + 1.0 == a, x * 1 is x, x + 0.0 is x, float(x) is x, +x is x, -(-x) is x)
print(float('1.5') is 1.5, float('1.5') is float('1.5'), float(a) is a)
print(0.0 is -0.0, 0.0 is 0.0, -0.0 is -0.0)
def f():
    return 1.5
def g():
    return 2.5
print(f() is a, f() is f(), g() is 2.5)
n = float('nan')
print(n is n, n == n, [n] == [n], n in [n])
inf = float('inf')
print(inf is float('inf'), inf is inf)
i = 3
print(float(i) is 3.0, i / 1 is 3.0, i * 1.0 is i * 1.0)
print(id(x * 2) == id(x * 3), id(x + 0.5) == id(x + 1))
print(round(2.5, 1) is 2.5, abs(-1.5) is 1.5, abs(a) is a, min(a, 9.0) is a, max(a, -1.0) is a)
print(a.real is a, a.conjugate() is a, (1.5).__float__() is 1.5)
t = (1.5, 1.5, 2.5)
print(t[0] is t[1], t[0] is a, t[2] is g())
c = 1j
print(c.imag is 1.0, c.real is 0.0)
