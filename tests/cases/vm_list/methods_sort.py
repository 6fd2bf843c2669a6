a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
a.sort(key=lambda v: v % 3)
print(a)
a.sort(key=None, reverse=0)
print(a)
w = ['Banana', 'apple', 'cherry', 'Apple']
w.sort(key=lambda s: (s[0] in 'aA', s[-1]))
print(w)
w.sort(key=len, reverse=True)
print(w)
p = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b')]
p.sort(key=lambda t: t[0])
print(p)
e = []
e.sort()
print(e, [1].sort())
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
ks = [K(3), K(1), K(2), K(5), K(4)]
ks.sort()
print(ks)
