t = (1, 2, 'x', (3, 4))
print(t[0], t[-1], t[3][1], len(t))
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = (t[3][0], t[3][1], 5)
print(x, y, z)
p, q = 'hé'
print(p, q)
r1, r2, r3 = range(3)
print(r1, r2, r3)
d = {'a': 1, 'b': 2, 3: 'three'}
print(d['a'], d[3], 'a' in d, 'z' in d, 'z' not in d)
d['c'] = 10
del d['a']
print(d, len(d))
print(2 in t, 9 in t, 'x' in t, 'ell' in 'hello', 'z' not in 'hello')
print(5 in range(0, 10, 5), 6 in range(10, 0, -2), 3 in range(0, 10, 2), True in range(2))
k0 = 1180591620717411303424
print(~5, ~-1, ~0, ~k0)
print('hello'[1], 'hello'[-1], range(10, 20)[3], range(10, 20)[-1])
print(None is None, 1 is not None, t is t)
def f():
    v = 1
    del v
    return 'ok'
print(f())
g = 1
del g
n = {'x': 1, 'y': 2, 'z': 3, 'w': 4, 'u': 5, 'v': 6, 'q': 7}
print(n)
print(1 < 2 < 3, 3 > 2 > 5)
print(t[1:] if False else 'nos')
k = 0
for i in range(5):
    k = k + i if i in (1, 3) else k
print(k)
