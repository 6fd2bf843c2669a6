def f():
    total = 0
    items = (1, 2, 3)
    def add(x):
        nonlocal total
        total += x
        total *= 2
    for i in items:
        add(i)
    return total
print(f())
