s = set()
sizes = []
for i in range(40):
    s.add(i)
    sizes.append(s.__sizeof__())
print(sizes)
for i in range(40):
    s.discard(i)
print(s.__sizeof__(), set().__sizeof__(), frozenset(range(5)).__sizeof__(), set(range(100)).__sizeof__())
t = set(range(100))
t.clear()
print(t.__sizeof__())
