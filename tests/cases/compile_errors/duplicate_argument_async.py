async def f(p, p):
    pass
