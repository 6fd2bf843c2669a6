print({x for x in range(5) if x % 2}, {(x, y) for x in range(2) for y in range(2)}, {len(w) for w in ['a', 'bb', 'cc']})
def f():
    return {n * n for n in range(-3, 4)}
print(f(), sorted(f()))
