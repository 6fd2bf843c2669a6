async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    g.aclose().send(None)
except StopIteration:
    print('aclose done')
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print('closed')
