async def f():
    await task = 1
