xs = [x for x in range(10)]
ys = [x * y for x in range(3) for y in range(3) if x != y if x]
ss = {x % 3 for x in xs}
ds = {x: x ** 2 for x in xs if x}
gs = (x for x in xs)
nested = [[y for y in range(x)] for x in range(4)]
single = [y for x in xs for y in [x * 2]]
w = [last := x for x in xs]

def in_function(data, k):
    a = [x + k for x in data]
    b = [lambda: x for x in data]
    c = {x: [y for y in x] for x in data}
    g = (x + k for x in data)
    x = 'outer'
    d = [x for x in data]
    return a, b, c, g, x, d

def cells_in_comp(data):
    return [lambda: x for x in data], [(y, lambda: y) for y in data]

async def async_comps(aiter, data):
    a = [x async for x in aiter]
    b = [await x for x in data]
    c = (x async for x in aiter)
    d = {x: y async for x, y in aiter if x}
    return a, b, c, d

class InClass:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    names = [name for name in dir()]
