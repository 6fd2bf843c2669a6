print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed(range(2**70, 2**70 + 3))), list(reversed(range(10, 0, -4))), list(reversed([])), list(reversed(range(0))))
r = reversed([1, 2])
print(list(r), list(r))
a = [1, 2, 3]
r = reversed(a)
print(next(r))
a.append(4) if False else None
del a[:]
print(list(r))
t = reversed((5, 6))
print(next(t), next(t), list(t))
