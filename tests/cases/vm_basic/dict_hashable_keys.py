d = {(1, 2): 'pair', None: 'none', 1.5: 'float', 2.0: 'two', (): 'empty', ('a', (1, None)): 'nested'}
print(d[(1, 2)], d[None], d[1.5], d[2], d[()], d['a', (1, None)])
print((1, 2) in d, (2, 1) in d, 2 in d, 2.0 in d, True in d, 1.5 in d)
d[True] = 'true'
d[1.0] = 'one'
print(d)
print(len(d), d[1])
del d[(1, 2)]
del d[2]
print(d)
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid[2, 1], (1, 1) in grid, (3, 0) in grid, len(grid))
r = {range(0): 'e', range(3): 'r3'}
print(r[range(5, 5)], r[range(0, 3)])
print(range(0) == range(4, 2), range(1, 2) == range(1, 5, 9), range(3) == range(0, 3, 1), range(3) != range(4), range(2) == (0, 1))
