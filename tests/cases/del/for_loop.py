# Loop variables hold the last item after the loop; iterators release the sequence when exhausted.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


for x in [D('a'), D('b'), D('c')]:
    print('iter', x.name)
print('loop done, x =', x.name)
del x
print('x deleted')


def gen():
    for i in range(3):
        yield D('g%d' % i)


for item in gen():
    print('got', item.name)
print('after gen loop')
del item
for i in range(3):
    tmp = D('tmp%d' % i)
    print('made', tmp.name)
print('range loop done')
del tmp
it = iter([D('it0'), D('it1')])
print(next(it).name)
print('next discarded')
del it
print('iterator deleted')
lst = [D('c0'), D('c1')]
print([d.name for d in lst])
print('comprehension done')
del lst
while True:
    w = D('w')
    break
print('while done')
del w


def in_func():
    for y in (D('t0'), D('t1')):
        pass
    print('function loop done')


in_func()
print('end')
