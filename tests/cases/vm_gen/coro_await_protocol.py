class Fut:
    def __await__(self):
        x = yield 'suspend'
        return x * 10
async def use():
    v = await Fut()
    return v + 1
c = use()
print(c.send(None))
try:
    c.send(4)
except StopIteration as e:
    print('returned', e.value)
