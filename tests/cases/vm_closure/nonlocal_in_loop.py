def f():
    x = 0
    def step():
        nonlocal x
        x = x + 1
        return x < 5
    while step():
        pass
    return x
print(f())
