# __del__ runs the moment the last reference to an object goes: del of a name, rebinding, augmented assignment.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


a = D('a')
print('before del')
del a
print('after del')
b = D('b1')
print('rebinding')
b = D('b2')
print('rebound')
b = None
print('b is None')
c = D('c')
d = c
del c
print('c deleted, d still holds it')
del d
print('d deleted')
x = D('x1')
x, y = D('x2'), x
print('swapped')
del y
print('y gone')
del x
print('x gone')
e = D('e')
e = e
print('self-assign keeps it')
del e
f = [D('f')]
f = f[0]
print('list gone, item kept by f')
del f
g = D('g1')
g = g.name + '!'
print(g)
print('end')
