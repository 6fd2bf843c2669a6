def f(n):
    d = {i: n for i in range(3)}
    return d
print(f(7))
def g():
    base = 10
    return {k: base + k for k in range(3)}
print(g())
