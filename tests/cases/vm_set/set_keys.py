s = {frozenset({1, 2}), 3}
print({1, 2} in s, s.remove({1, 2}), s)
s.add(frozenset())
s.discard(set())
print(s, set() in s)
