# Dict operations that release values (and keys) at once.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, D)


d = {}
d['a'] = D('a1')
d['a'] = D('a2')
print('overwrite released a1')
k1 = D('key1')
d[k1] = 'v'
del k1
d[D('key2')] = 'v2'
print('equal key keeps the first key object; key2 released')
print([k.name for k in d if isinstance(k, D)])
d.update(a=D('a3'))
print('after update')
print(d.pop('a').name)
print('popped value released after print')
d.setdefault('s', D('s'))
d.setdefault('s', D('unused'))
print('after setdefault')
d2 = dict.fromkeys(['x', 'y'], D('shared'))
del d2['x']
print('one ref left')
d2.clear()
print('cleared')
d3 = {'p': D('p'), 'q': D('q')}
d3.popitem()
print('popitem released q')
d3 |= {'p': D('p2')}
print('after |=')
d4 = {i: D('v%d' % i) for i in range(3)}
d4 = {}
print('rebound dict released v0..v2 in order')
del d
print('end')
