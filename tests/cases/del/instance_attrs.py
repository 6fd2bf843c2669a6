# Instance attributes are released in the order of the class's shared keys, after __del__ of the owner.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


class H:
    def __del__(self):
        print('del holder')


h1 = H()
h1.x = D('h1.x')
h1.y = D('h1.y')
h1.z = D('h1.z')
del h1
print('-- h1')
h2 = H()
h2.z = D('h2.z')
h2.y = D('h2.y')
h2.x = D('h2.x')
del h2
print('-- h2 (class key order)')
h3 = H()
h3.w = D('h3.w')
h3.x = D('h3.x')
del h3
print('-- h3')
h4 = H()
h4.x = D('h4.x')
h4.y = D('h4.y')
h4.__dict__
del h4
print('-- h4 with materialised dict')
h5 = H()
h5.a = D('h5.a')
h5.b = D('h5.b')
h5.__dict__['c'] = D('h5.c')
del h5
print('-- h5')


class Plain:
    pass


p = Plain()
for i in range(3):
    setattr(p, 'a%d' % i, D('p.a%d' % i))
del p.a1
p.a1 = D('p.a1-again')
del p
print('-- plain')


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, 'k%d' % i, D('m%d' % i) if i % 10 == 0 else i)
del m
print('-- many attributes')
print('end')
