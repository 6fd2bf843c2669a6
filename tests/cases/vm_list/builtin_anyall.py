print(any([]), all([]), any([0, '', 3]), all([1, 0]), any(range(3)), all('abc'), any((0, 0.0, None)), all([[1], (2,)]))
def noisy(n):
    for i in range(n):
        print('gen', i)
        yield i
print(any(noisy(5)), all(noisy(5)))
