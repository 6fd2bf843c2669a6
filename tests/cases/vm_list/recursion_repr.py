a = []
a += [a]
print(a)
b = [1, [2, a]]
print(b)
c = [a, [a, a]]
print(c)
d = {1: a}
print(d, [d])
