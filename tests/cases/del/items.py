# del of items, slices and attributes releases the objects at once.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def __repr__(self):
        return self.name


lst = [D('l0'), D('l1'), D('l2'), D('l3'), D('l4'), D('l5')]
del lst[0]
print('after del lst[0]', lst)
del lst[1:3]
print('after del lst[1:3]', lst)
lst[0] = D('new')
print('after replace', lst)
lst[1:] = [D('s1'), D('s2')]
print('after slice assign', lst)
del lst[::2]
print('after del lst[::2]', lst)
lst[:] = []
print('emptied')
d = {'a': D('da'), 'b': D('db'), 'c': D('dc')}
del d['b']
print('after del d[b]')
d['a'] = D('da2')
print('after overwrite d[a]')
d.pop('c')
print('after pop c')
v = d.pop('a')
print('popped a, still held:', v)
del v
print('v gone')
d.setdefault('z', D('unused-default'))
print('setdefault done')
d.update({'z': D('z2')})
print('update done')
d.clear()
print('cleared')


class O:
    pass


o = O()
o.x = D('ox')
o.y = D('oy')
del o.x
print('after del o.x')
o.y = D('oy2')
print('after o.y rebind')
delattr(o, 'y')
print('after delattr')
setattr(o, 'z', D('oz'))
o.__dict__.pop('z')
print('after __dict__.pop')
o.w = D('ow')
o.__dict__.clear()
print('after __dict__.clear')
o.v = D('ov')
del o
print('end')
