print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
print(sorted(range(100, 0, -7)), sorted([5, 3, 5, 1], key=lambda v: -v, reverse=True), sorted([]), sorted((2, 1)), sorted({'b': 1, 'a': 2}))
data = [9, 8, 7, 1, 2, 3, 6, 5, 4] * 30
print(sorted(data)[:12], len(sorted(data)), sorted(data, reverse=True)[-3:])
data = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(data)
print(s[:5], s[-5:], s[1000], sorted(data, key=lambda v: v % 10)[:10])
pairs = [(v % 7, i) for i, v in enumerate(data)]
print(sorted(pairs, key=lambda p: p[0])[:8], sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
print(sorted([1.5, 1, True, 0.5, -2]), sorted(['b', 'A', 'a', 'B']), sorted([[2], [1, 5], [1]]))
