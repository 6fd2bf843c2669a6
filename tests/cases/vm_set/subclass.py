class S(set):
    def total(self):
        return sum(self)
s = S([1, 2, 3])
s.add(4)
print(sorted(s), s.total(), type(s).__name__, type(s | {5}).__name__, type(s.copy()).__name__, isinstance(s, set))
class F(frozenset):
    pass
f = F([1, 2])
print(type(f).__name__, f == {1, 2}, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])), type(f.copy()).__name__)
