def make():
    n = 0
    def counter():
        nonlocal n
        n += 1
        return n
    return counter
for v in iter(make(), 4):
    print(v)
it = iter(make(), 100)
print(repr(it)[:-19], next(it))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
