print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-2)), list(enumerate(iterable='x')), list(enumerate(start=1, iterable='y')))
for i, c in enumerate('xy'):
    print(i, c)
print(list(enumerate('ab', 2**70)), list(enumerate([], 3)), list(enumerate(range(3), True)))
e = enumerate([7, 8])
print(iter(e) is e, next(e), list(e), list(e))
