# WeakMethod: callbacks, equality with dead methods, class methods, functions as attributes.
import weakref


class C:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return 'cm'
    def __repr__(self):
        return 'C()'


c = C()
calls = []
wm = weakref.WeakMethod(c.m, calls.append)
print(wm()(), calls)
del c
print(len(calls), calls[0] is wm, wm())
wcm = weakref.WeakMethod(C.cm)
print(wcm()(), wcm() == C.cm)
c1, c2 = C(), C()
w1 = weakref.WeakMethod(c1.m)
w2 = weakref.WeakMethod(c2.m)
print(w1 == w2, w1 != w2, w1 == weakref.WeakMethod(c1.m))
del c1
print(w1 == w2, w1 == w1, w1 != w1)
print(w1 == weakref.ref(C.m), w2 == 1)
try:
    hash(w1)
except TypeError as e:
    print('TypeError:', e)
h = hash(w2)
print(h == hash(weakref.WeakMethod(c2.m)))


class D:
    pass


d = D()
d.f = C().m
print('bound method of a temporary', weakref.WeakMethod(d.f)())
try:
    weakref.WeakMethod(1)
except TypeError as e:
    print('TypeError:', e)
print(weakref.WeakMethod.__mro__[1].__name__, weakref.WeakMethod.__slots__)
print('end')
