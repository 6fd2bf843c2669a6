# Unpacking iterates an object with only __getitem__ (the old sequence protocol) as iter() does.
class R:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return 'r%d' % i
a, b, c = R()
print(a, b, c)
first, *rest = R()
print(first, rest)
for bad in ['x, = R()', 'w, x, y, z = R()']:
    try:
        exec(bad)
    except ValueError as e:
        print(e)
class D(dict):
    def __getitem__(self, i): return i
try:
    p, q = 5
except TypeError as e:
    print(e)
print(list(D({1: 2, 3: 4})))
