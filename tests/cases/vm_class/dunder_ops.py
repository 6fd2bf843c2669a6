class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v == self.x or v == self.y
    def __repr__(self):
        return 'V'
    def __bool__(self):
        return self.x != 0 or self.y != 0
a = V(1, 2)
b = V(3, 5)
c = a + b
print(c.x, c.y, (b - a).x, (a * 3).y, (2 * a).x, (-a).x)
print(a == V(1, 2), a != b, a < b, b > a, a <= b)
print(len(a), a[0], a[1], 2 in a, 7 in a, bool(V(0, 0)), bool(a))
x, y = a
print(x, y)
for v in b:
    print(v)
print(a, [a][0] if False else a)
a += b
print(a.x, a.y)
print(a > 1)
