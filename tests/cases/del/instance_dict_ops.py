# Replacing or clearing an instance's __dict__, vars(), and attribute rebinding.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


class O:
    pass


o = O()
o.a = D('a')
o.b = D('b')
o.__dict__ = {'c': D('c')}
print('dict replaced')
vars(o).clear()
print('vars cleared')
o.d = D('d')
o.__dict__.update(d=D('d2'))
print('updated')
o.__dict__['e'] = D('e')
del o.__dict__['e']
print('item deleted')
o.f = D('f')
o.f = o.f
print('self rebinding')
for name in ('g', 'h'):
    setattr(o, name, D(name))
print('setattr done')
d = o.__dict__
del o
print('instance gone, dict alive', sorted(d))
del d
print('end')
