print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('abc'), min([], default=7), max([3, -5], key=lambda v: v * v))
print(min(1, 2, key=lambda v: -v), max([1, 1.0]), max([1.0, 1]), min([(1, 'b'), (1, 'a')]), max(range(5), default=None))
print(max([2, 5, 5], key=lambda v: v // 2), min('b', 'a', 'c', key=None), max([[1], [0, 5]]), min((3,)))
