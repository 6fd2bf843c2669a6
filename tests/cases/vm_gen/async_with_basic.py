class Mgr:
    async def __aenter__(self):
        print('enter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('exit', exc)
        return False
async def f():
    async with Mgr() as r:
        print('using', r)
    return 'ok'
try:
    f().send(None)
except StopIteration as e:
    print(e.value)
