def f(k):
    return (x * k for x in range(3))
for v in f(10):
    print(v)
def g():
    k = 1
    gen = (x + k for x in range(3))
    k = 100
    return gen
for v in g():
    print(v)
