async def echo():
    x = None
    while True:
        x = yield x
g = echo()
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(step(g.asend(None)))
print(step(g.asend('hello')))
print(step(g.asend(42)))
