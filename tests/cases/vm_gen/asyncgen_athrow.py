async def agen():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    g.athrow(ValueError('v')).send(None)
except StopIteration as e:
    print(e.value)
