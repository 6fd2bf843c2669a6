# The float free list keeps at most 100 floats; the list free list 80 lists; the tuple free lists 2000 per length.
n = 1000
fs = [n * 0.5 + i for i in range(150)]
ids = [id(f) for f in fs]
del fs
new = [n * 0.25 + i for i in range(150)]
same = sum(1 for a, b in zip(reversed(ids), [id(f) for f in new]) if a == b)
print(same)
print(len(set(ids) & set(id(f) for f in new)))
del new
ls = [[i] for i in range(100)]
lids = [id(x) for x in ls]
del ls
nl = [[i, i] for i in range(100)]
print(len(set(lids) & set(id(x) for x in nl)))
del nl
ts = [(i, n) for i in range(50)]
tids = [id(t) for t in ts]
del ts
nt = [(n, i) for i in range(50)]
print(sum(1 for a, b in zip(reversed(tids), [id(t) for t in nt]) if a == b))
nt3 = [(n, i, i) for i in range(50)]
print(len(set(tids) & set(id(t) for t in nt3)))
s1 = slice(n, n + 1)
i1 = id(s1)
del s1
print(id(slice(1, 2)) == i1)
x = [1, 2, 3, 4]
i2 = id(slice(0, 2))
print(x[0:2] == [1, 2], id(slice(0, 3)) == i2)
