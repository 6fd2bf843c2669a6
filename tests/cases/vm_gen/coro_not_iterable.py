async def f():
    pass
c = f()
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
c.close()
