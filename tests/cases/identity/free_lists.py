# Free lists: floats, tuples (per length), lists and dicts reuse their own freed objects, LIFO.
n = 1000
f1 = n * 1.5; f2 = n * 2.5
i1, i2 = id(f1), id(f2)
del f1, f2
g1 = n * 3.5; g2 = n * 4.5
print(id(g1) == i1, id(g2) == i2, id(g1) == i2, id(g2) == i1)
t1 = (n, n); t3 = (n, n, n)
j1, j3 = id(t1), id(t3)
del t1, t3
u2 = (n, 1); u3 = (1, 2, n)
print(id(u2) == j1, id(u3) == j3)
del u2, u3
w3 = (n, n, 3); w2 = (n, 2)
print(id(w3) == j3, id(w2) == j1)
L1 = [n]; L2 = [n, n, n]
k1, k2 = id(L1), id(L2)
del L1
del L2
M1 = [1, 2, 3, 4, 5]; M2 = []
print(id(M1) == k2, id(M2) == k1)
d1 = {'x': n}
m1 = id(d1)
del d1
e1 = {1: 2, 3: 4}
print(id(e1) == m1)
del e1
print(id(dict()) == m1, id({}) == m1)
s1 = {n}
p1 = id(s1)
del s1
print(id({1, 2}) == p1, id(frozenset({3})) == p1)
big = tuple(range(30))
q = id(big)
del big
print(id(tuple(range(30))) == q, id(tuple(range(31))) == q)
