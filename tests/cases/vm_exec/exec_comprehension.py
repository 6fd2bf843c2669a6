print([eval("x") for x in range(3)])
print([sorted(locals()) for x in range(1)] == [sorted(list(globals()) + ['x'])])
def f():
    y = 1
    return [locals() for z in range(1)]
print(f())
