async def f():
    return 'value'
c = f()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print(e.value)
