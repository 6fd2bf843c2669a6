async def agen(n):
    for i in range(n):
        yield i
async def main():
    out = ()
    async for v in agen(3):
        out = out + (v,)
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
