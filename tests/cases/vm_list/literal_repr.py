print([])
print([1, 'a', 2.5, None, True, (1,), [2, [3, []]]])
print([[]] * 3)
a = [1, 2]
a[1] = a
print(a)
b = [a, a]
print(b)
print(list(), list([1, 2]), list((3, 4)), list('xyz'), list(range(3)))
print(list({'a': 1, 'b': 2}), list(list([5])))
