# Comprehension and loop variables: what survives the expression.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


names = [d.name for d in [D('c0'), D('c1')]]
print('list comprehension done', names)
s = {d.name for d in (D('s0'), D('s1'))}
print('set comprehension done')
g = {d.name: d for d in [D('g0')]}
print('dict comprehension keeps the value')
del g
total = sum(1 for d in [D('x0'), D('x1')])
print('generator expression done', total)


def in_function():
    r = [D('f%d' % i).name for i in range(2)]
    print('inside function', r)


in_function()
print('after function')
for i, d in enumerate([D('e0'), D('e1')]):
    pass
print('loop variable keeps the last')
del d
print('end')
