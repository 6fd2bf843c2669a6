async def leaf(x):
    return x * 2
async def mid():
    a = await leaf(1)
    b = await leaf(a)
    return a + b
c = mid()
print(repr(c)[:-19])
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
