# Nested containers: the outer container's __del__ and release order decide the inner order.
class D:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def __del__(self):
        print('del', self.name)


tree = D('root', D('a', D('a1'), D('a2')), D('b', D('b1')))
del tree
print('-- tree')
nest = [[D('00'), D('01')], [D('10'), D('11')]]
del nest
print('-- list of lists')
dd = {'x': {'y': D('xy'), 'z': D('xz')}, 'w': [D('w0'), D('w1')]}
del dd
print('-- dict of containers')
tup = (D('t0'), (D('t10'), D('t11')), [D('t20')])
del tup
print('-- tuple')
shared = D('shared')
a = [shared, D('only-a')]
b = [shared, D('only-b')]
del shared
del a
print('-- a gone, shared still in b')
del b
print('-- b gone')


class Holder:
    def __init__(self, *items):
        self.items = items
    def __del__(self):
        print('del holder with', len(self.items))


h = Holder(D('h0'), Holder(D('hh0')), D('h2'))
del h
print('end')
