a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
[a, *b] = {1: 2}
print(a, b)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
print([*range(3), *'ab', *(None,), *[[]]])
print((*[1, 2], 3), [*[]], (*(),))
x, *y = iter([1, 2, 3]) if False else [1, 2, 3]
print(x, y)
