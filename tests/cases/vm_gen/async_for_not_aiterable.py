async def f():
    async for x in (1, 2):
        pass
f().send(None)
