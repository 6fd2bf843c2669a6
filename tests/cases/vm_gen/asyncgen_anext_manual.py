async def agen():
    yield 'a'
    yield 'b'
g = agen()
print(repr(g)[:-19])
for k in range(3):
    aw = g.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print('value', e.value)
    except StopAsyncIteration:
        print('end')
