def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(*[1]))
print(f(*(1, 2, 3, 4)))
print(f(*'ab', c=9))
print(f(1, *range(3), **{'c': 5, 'd': 6}))
print(f(**{'a': 1, 'b': 2}))
print(f(**{'a': 1}, **{'z': 2}, y=3))
print(f(*[1], *[2], *[3]))
print(*[1, 2], *'ab', sep=':')
print(*[], 'x', **{'end': '!\n'})
def g(*args, **kw):
    return args, kw
print(g(*{'k': 1}), g(**{}))
print(len(*['abc']), list(*[(1, 2)]))
