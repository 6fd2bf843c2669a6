async def agen():
    yield 1
    raise StopAsyncIteration
g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print(e.value)
g.__anext__().send(None)
