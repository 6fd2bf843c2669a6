# Constant de-duplication: equal constants of one compilation unit are one object, nested functions included.
a = 1000
def f():
    return 1000
def g():
    def h():
        return 1000, 1.5, 'spam eggs', (1, 2, 3), b'by tes'
    return h
class C:
    k = 1000
    s = 'spam eggs'
    def m(self):
        return (1, 2, 3)
lam = lambda: 1.5
print(f() is a, g()()[0] is a, C.k is a)
s = 'spam eggs'
print(g()()[2] is s, C.s is s)
t = (1, 2, 3)
print(g()()[3] is t, C().m() is t)
print(lam() is 1.5, g()()[1] is lam())
print(g()()[4] is b'by tes')
print(f.__code__.co_consts, C.m.__code__.co_consts)
print(0.0 is -0.0, (0.0,) is (-0.0,), (0.0, 1) == (-0.0, 1))
z = 0.0
def fz():
    return -0.0
print(fz() is z, fz() is -0.0)
n1 = (1, 2.0)
n2 = (1, 2)
print(n1 is n2, n1 == n2, n1[1] is 2.0, True is 1)
tt = (True, 1)
print(tt[0] is True, tt[1] is 1)
print((1, (2, 3)) is (1, (2, 3)), (1, (2, 3))[1] is (2, 3))
print(f.__code__.co_consts[1] is a if len(f.__code__.co_consts) > 1 else f.__code__.co_consts)
def defaults(x=1000, y=(1, 2, 3), z='spam eggs'):
    return x is a, y is t, z is s
print(defaults())
