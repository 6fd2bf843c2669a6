d = {'b': 2, 'a': 1, 3: 'c'}
for k in d:
    print(k, d[k])
del d['a']
d['z'] = 26
d['a'] = 0
for k in d:
    print(k, d[k])
x, y, z, w = d
print(x, y, z, w)
total = 0
for k in {}:
    total = total + 1
print(total)
for k in {1: 'x', 2: 'y'}:
    print(k, k in d)
