odd = (x for x in range(10) if x % 2 if x > 2)
for v in odd:
    print(v)
pairs = ((a, b) for a in range(3) for b in 'ab' if a != 1)
for p in pairs:
    print(p)
