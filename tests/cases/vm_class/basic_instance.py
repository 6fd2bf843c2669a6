class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims, Point.__doc__)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(type(p) is Point, type(p).__name__, Point.__qualname__, Point.__module__)
print(Point.__bases__, Point.__mro__)
