def inner(x):
    return x[5]
def middle(x):
    return inner(x) + 1
def outer():
    data = (1, 2)
    return middle(data)
outer()
