async def f():
    async with 5:
        pass
f().send(None)
