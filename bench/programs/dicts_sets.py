# Dict and set heavy: counting, membership, updates, set algebra, dict iteration.
counts = {}
for i in range(900000):
    k = (i * 7919) % 5003
    counts[k] = counts.get(k, 0) + 1
print(len(counts), max(counts.values()), sum(counts))
words = ['w%d' % (i % 7000) for i in range(450000)]
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(len(freq), freq['w1'], freq['w6999'])
a = set(range(0, 600000, 3))
b = set(range(0, 600000, 5))
print(len(a & b), len(a | b), len(a - b), len(a ^ b))
seen = set()
dups = 0
for i in range(600000):
    v = (i * i) % 65521
    if v in seen:
        dups += 1
    else:
        seen.add(v)
print(dups, len(seen))
d = {i: str(i) for i in range(150000)}
total = 0
for k, v in d.items():
    total += k + len(v)
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(total, len(d))
