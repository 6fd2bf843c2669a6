# __slots__ values are released in slot order, most-derived class first, then the __dict__.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


class S:
    __slots__ = ('a', 'b', 'c')


s = S()
s.c = D('c')
s.a = D('a')
s.b = D('b')
del s
print('-- S')


class Base:
    __slots__ = ('x', 'y')


class Derived(Base):
    __slots__ = ('p', 'q')


d = Derived()
d.x = D('x')
d.p = D('p')
d.y = D('y')
d.q = D('q')
del d
print('-- Derived')


class WithDict(Base):
    __slots__ = ('z', '__dict__')


w = WithDict()
w.extra = D('extra')
w.z = D('z')
w.x = D('wx')
del w
print('-- WithDict')


class Plain(Derived):
    def __del__(self):
        print('del Plain instance')


pl = Plain()
pl.attr = D('attr')
pl.q = D('pq')
pl.x = D('px')
del pl
print('-- Plain')
s = S()
s.a = D('a2')
del s.a
print('slot deleted')
s.b = D('b2')
s.b = D('b3')
print('slot rebound')
del s
print('end')
