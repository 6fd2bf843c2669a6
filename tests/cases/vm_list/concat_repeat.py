a = [1, 2]
print(a + [3], [] + [], a + a, a * 3, 3 * a, a * 0, a * -1, [] * 10, a * True)
b = a
b += [3, 4]
print(a, b is a)
b += 'xy'
print(a)
b += range(2)
print(a)
c = [0]
d = c
c *= 3
print(c, d is c)
c *= 0
print(c, d)
e = [1]
e *= -5
print(e)
f = [[]] * 2
f[0] += [1]
print(f)
t = (1, 2)
print(t + (3,), t * 2, 2 * t, t * 0, () * 5, t + (), () + t, 'ab' * 3, 3 * 'xy', 'a' * 0, 'q' * -1)
t += (2,)
t *= 2
print(t)
s = 'ab'
s += 'c'
s *= 2
print(s)
n = 3
n *= [1]
print(n)
x = (5,)
print(x * 1 is x, x + () is x, () + x is x)
