# del with several targets, tuple and list targets, and swap assignments.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


a, b, c = D('a'), D('b'), D('c')
del a, b, c
print('-- del a, b, c')
x, y = D('x'), D('y')
del (x, y)
print('-- del (x, y)')
p, q = D('p'), D('q')
del [q, p]
print('-- del [q, p]')
lst = [D('l0'), D('l1'), D('l2')]
del lst[0], lst[0]
print('-- del lst[0], lst[0]', [o.name for o in lst])


class O:
    pass


o = O()
o.u, o.v = D('u'), D('v')
del o.v, o.u
print('-- del o.v, o.u')
s, t = D('s'), D('t')
s, t = t, s
print('swapped', s.name, t.name)
s = t = None
print('-- both released')
m, *rest = [D('m'), D('r1'), D('r2')]
print('unpacked', m.name, len(rest))
del rest
print('-- rest released')
del m
i = j = D('chained')
del i
print('j still holds it')
del j
print('end')
