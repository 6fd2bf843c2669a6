def outer(x):
    return inner(x) + 1

def inner(y):
    return y * missing_thing

print("before")
outer(3)
