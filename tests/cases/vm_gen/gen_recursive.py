def walk(t, depth=0):
    if t == ():
        return
    yield depth, t[0]
    for child in t[1:]:
        yield from walk(child, depth + 1)
tree = ('a', ('b', ('d',)), ('c',))
for d, name in walk(tree):
    print(d, name)
