await x
async for y in z:
    print(y)
async with a as b:
    pass
r = [v async for v in w]
g = (v async for v in w)
