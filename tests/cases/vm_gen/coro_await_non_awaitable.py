async def bad():
    await 5
bad().send(None)
