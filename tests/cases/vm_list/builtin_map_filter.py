print(list(map(len, ['a', 'bb', ''])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(7))))
def add(*a):
    return sum(a)
print(list(map(add, [1], [2], [3], [4], [5], [6], [7])))
m = map(len, ['ab'])
print(iter(m) is m, next(m), list(m))
