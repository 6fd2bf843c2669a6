# Temporaries die as soon as the expression no longer needs them.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def get(self):
        return self.name + '!'
    def __add__(self, other):
        return D(self.name + '+' + other.name)
    def __str__(self):
        return 'D(%s)' % self.name


def show(*args):
    print('show', *args)


print(D('t1').get())
print('after t1')
show(D('arg').name)
print('after show')
x = (D('a') + D('b')).name
print('x =', x)
print(str(D('s')))
print([D('l%d' % i).name for i in range(2)])
print('len', len([D('x1'), D('x2')]))
y = D('kept') if True else D('never')
print('y', y.name)
z = D('c1').name + D('c2').name
print(z)
f = '%s-%s' % (D('p1'), D('p2'))
print(f)
print(f'{D("fs")}')
d = {D('k').name: D('v').name}
print(d)
w = [D('w0'), D('w1')][1]
print('w', w.name)
print(D('m').get(), D('n').get())
print('end')
