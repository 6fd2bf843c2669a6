# pymalloc size classes: a freed block goes to the next request of the same 16-byte class only.
def reused(make1, make2):
    a = make1()
    i = id(a)
    del a
    b = make2()
    return id(b) == i
n = 10 ** 30
print(reused(lambda: 'x' * 5, lambda: 'y' * 6), reused(lambda: 'x' * 5, lambda: 'y' * 30))
print(reused(lambda: 'x' * 7, lambda: 'y' * 8), reused(lambda: 'x' * 7, lambda: 'y' * 9))
print(reused(lambda: n + 1, lambda: n + 2), reused(lambda: n + 1, lambda: n * n))
print(reused(lambda: bytes(10), lambda: bytes(20)), reused(lambda: bytes(10), lambda: bytes(40)))
print(reused(lambda: object(), lambda: object()), reused(lambda: n + 1, lambda: 'ab' * 2))
print(reused(lambda: (n,) * 21, lambda: (n,) * 21), reused(lambda: (n,) * 21, lambda: (n,) * 22))
print(reused(lambda: (n,) * 3, lambda: [n] * 3), reused(lambda: [n] * 3, lambda: [n] * 3))
print(reused(lambda: 'é' * 3, lambda: 'é' * 3), reused(lambda: 'é' * 3, lambda: 'e' * 3))
print(reused(lambda: 'a' * 600, lambda: 'b' * 600))
print(reused(lambda: range(n), lambda: range(n + 1)), reused(lambda: slice(n), lambda: slice(n)))
print(reused(lambda: iter('abc'), lambda: iter('def')), reused(lambda: iter([1]), lambda: iter([2])))
print(reused(lambda: enumerate([]), lambda: zip()), reused(lambda: map(abs, []), lambda: filter(None, [])))
print(reused(lambda: (n, n, n, n), lambda: frozenset()), reused(lambda: 1j * n, lambda: 2j * n))
