print(1.0 in range(3), 2.5 in range(3), 'a' in range(3), True in range(1, 3), 0 in range(0))
print(True in (1,), 1.0 in (1, 2))
d = {1: 'one'}
print(d[True], d[1], True in d)
print((1, 2)[-2], 'abc'[-3], range(0, 100, 7)[-1], range(5, -5, -3)[2])
print(range(10**20, 10**20 + 5)[4])
print(10**19 in range(0, 10**20, 10**18), 10**19 + 1 in range(0, 10**20, 10**18))
s = 'abc'
print(s[0] is s[-3], s[1] in s)
a, = (5,)
print(a)
(p, q), r = ((1, 2), 3)
print(p, q, r)
t = 1, 2, 3
print(t is t, t[1:2] if False else t[2])
x = y = 9
print(x is y)
