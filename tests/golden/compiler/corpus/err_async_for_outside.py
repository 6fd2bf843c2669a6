async def g():
    def f():
        async for x in y:
            pass
