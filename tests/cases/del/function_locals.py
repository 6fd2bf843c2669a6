# Leaving a function releases its locals: in which order, and when relative to the return value.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


def f():
    a = D('a')
    b = D('b')
    c = D('c')
    print('leaving f')


f()
print('after f')


def g(x, y):
    z = D('z')
    print('leaving g')
    return y


r = g(D('arg-x'), D('arg-y'))
print('after g, r =', r.name)
del r


def h():
    a = D('h-a')
    return D('h-ret')


print(h().name)
print('after h')


def early(flag):
    a = D('early-a')
    if flag:
        return 'early'
    b = D('early-b')
    return 'late'


print(early(True))
print(early(False))


def nested():
    def inner():
        i = D('inner-local')
        print('in inner')
    o = D('outer-local')
    inner()
    print('back in nested')


nested()


def closure():
    c = D('cell')
    def use():
        return c.name
    return use


u = closure()
print('closure made', u())
del u
print('closure gone')


def args_kw(*args, **kw):
    print('args_kw', len(args), sorted(kw))


args_kw(D('p1'), D('p2'), k=D('kw1'), m=D('kw2'))
print('after args_kw')
lam = lambda: D('lam')
lam()
print('after lambda call')
print('end')
