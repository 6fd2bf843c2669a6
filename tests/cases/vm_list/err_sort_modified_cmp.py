class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        a.append(1)
        return self.v < o.v
a = [C(2), C(1)]
a.sort()
