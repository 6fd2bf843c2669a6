print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([[y for y in range(x)] for x in range(4)])
x = 'outer'
print([x for x in range(2)], x)
print({k: v for k, v in [(1, 'a'), (2, 'b'), (1, 'c')]})
print({x: x * 2 for x in range(4) if x})
def f(n):
    return [i + n for i in range(n)]
print(f(3))
def g():
    y = 10
    return [y + z for z in range(3)], {z: y for z in 'ab'}
print(g())
print([[x, y] for x, *y in [(1, 2), (3, 4, 5)]])
