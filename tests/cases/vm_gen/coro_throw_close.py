class Fut:
    def __await__(self):
        yield 'waiting'
async def f():
    try:
        await Fut()
    except ValueError as e:
        print('coroutine caught', e)
        return 'handled'
c = f()
print(c.send(None))
try:
    c.throw(ValueError('x'))
except StopIteration as e:
    print(e.value)
c2 = f()
c2.send(None)
print(c2.close(), c2.cr_running, c2.cr_await)
