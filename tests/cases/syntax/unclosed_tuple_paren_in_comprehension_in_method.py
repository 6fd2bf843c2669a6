class Shape:
    def scale(self, k):
        if k > 0:
            self.points = [(x * k, y * k for x, y in self.points]
