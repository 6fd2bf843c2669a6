def outer2():
    n = 5
    def inner():
        n
        return eval("n")
    return inner

print(outer2()())

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return locals()
    return bump

b = counter()
print(b(), b())
