def f(k):
    return lambda x: x * k
print(f(3)(4), f(2.5)(2))
g = (lambda a: (lambda b: (lambda c: a + b + c)))
print(g(1)(2)(3))
