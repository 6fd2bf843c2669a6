# Method calls: instance, class and static methods, polymorphic dispatch, super().
class Shape:
    def area(self):
        return 0

    def describe(self):
        return self.area() + self.sides()

    @staticmethod
    def unit():
        return 1

    @classmethod
    def kind(cls):
        return len(cls.__name__)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def sides(self):
        return 4


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def sides(self):
        return 3 + super().area()


shapes = [Square(i % 13) if i % 2 else Tri(i % 11, i % 7) for i in range(1000)]
total = 0
for _ in range(1500):
    for s in shapes:
        total += s.describe() + s.unit() + s.kind()
print(total)
