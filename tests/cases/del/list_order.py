# Containers release their items in CPython's order.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def __hash__(self):
        return int(self.name[1:])
    def __eq__(self, other):
        return self is other


lst = [D('l0'), D('l1'), D('l2')]
del lst
print('-- list above (last to first)')
t = (D('t0'), D('t1'), D('t2'))
del t
print('-- tuple above')
d = {'a': D('va'), 'b': D('vb'), 'c': D('vc')}
del d
print('-- dict values above')
d = {D('k0'): 0, D('k1'): 1}
del d
print('-- dict keys above')
d = {}
d['x'] = D('x')
d['y'] = D('y')
d['z'] = D('z')
del d['y']
d['y'] = D('y2')
del d
print('-- dict with reinsert above')
s = {D('s0'), D('s1'), D('s2')}
names = [x.name for x in s]
del s
print('-- set above; order matches iteration:', names)
fs = frozenset([D('f0'), D('f1')])
names = [x.name for x in fs]
del fs
print('-- frozenset above; iteration', names)
lst = [D('c0'), D('c1'), D('c2')]
lst.clear()
print('-- clear above')
lst = [D('p0'), D('p1')]
lst.pop()
print('-- pop above')
lst.pop(0)
print('-- pop(0) above')
lst = [D('r0'), D('r1'), D('r2')]
lst *= 0
print('-- *= 0 above')
lst = [D('m0'), D('m1'), D('m2'), D('m3')]
del lst[:]
print('-- del [:] above')
lst = [D('n0'), D('n1'), D('n2'), D('n3')]
lst[1:3] = []
print('-- slice assign above')
lst = [D('q0'), D('q1')]
lst.remove(lst[1])
print('-- remove above')
del lst
print('end')
