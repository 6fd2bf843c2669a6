# WeakMethod keeps a bound method retrievable while its object lives; a plain ref to a bound method dies at once.
import weakref


class C:
    def __init__(self, name):
        self.name = name
    def m(self):
        return 'm of ' + self.name
    def __del__(self):
        print('del', self.name)


c = C('c')
r = weakref.ref(c.m)
print('plain ref to bound method:', r())
wm = weakref.WeakMethod(c.m)
print(wm()())
print(wm() == c.m, wm() is c.m)
wm2 = weakref.WeakMethod(c.m)
print(wm == wm2, wm is wm2, hash(wm) == hash(wm2))
wm3 = weakref.WeakMethod(c.m, lambda r: print('WeakMethod callback', r is wm3))
del c
print(wm(), wm2())
print(wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print('TypeError:', e)
d = C('d')
m = d.m
wm4 = weakref.WeakMethod(m)
del d
print('bound method keeps d alive:', wm4()())
del m
print('after del m:', wm4())


class F:
    pass


f = F()
f.func = lambda: 1
bound = type(C('tmp').m)
print(isinstance(wm4, weakref.ref), type(wm4).__name__)
print('end')
