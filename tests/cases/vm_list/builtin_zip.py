print(list(zip('abc', range(5))), list(zip()), list(zip('a')), list(zip([1, 2], [3, 4], strict=True)))
for a, b, c in zip('ab', [1, 2], (True, False)):
    print(a, b, c)
z = zip([1, 2, 3], 'xy')
print(next(z), list(z), list(z))
print(list(zip(range(3), range(3), strict=False)), dict(zip('ab', 'cd')) if False else 0)
