# Weak reference callbacks: called when the referent dies, newest first, with the dead ref.
import weakref


class C:
    def __init__(self, name):
        self.name = name


def make_cb(tag):
    def cb(ref):
        print('callback', tag, ref() is None, type(ref).__name__)
    return cb


c = C('c')
r1 = weakref.ref(c, make_cb(1))
r2 = weakref.ref(c, make_cb(2))
r3 = weakref.ref(c, make_cb(3))
print(weakref.getweakrefcount(c))
del c
print('after del: callbacks newest first')
c = C('c2')
seen = []
r = weakref.ref(c, lambda ref: seen.append(ref))
del c
print(seen[0] is r, seen[0]())
c = C('c3')
r = weakref.ref(c, make_cb('dropped'))
del r
del c
print('no callback once the ref itself died')
c = C('c4')
plain = weakref.ref(c)
withcb = weakref.ref(c, make_cb('with'))
del c
print('plain ref dead:', plain() is None)


class Owner:
    def __init__(self):
        self.ref = None


o = Owner()
c = C('c5')
o.ref = weakref.ref(c, lambda ref: print('callback sees o.ref is ref:', o.ref is ref))
del c
c = C('c6')
lst = [weakref.ref(c, make_cb(i)) for i in range(4)]
del c
print('list of refs: reverse creation order above')
c = C('c7')
r = weakref.ref(c, print)
del c
print('print as callback')
print(r.__callback__)
c = C('c8')
cb = make_cb('attr')
r = weakref.ref(c, cb)
print(r.__callback__ is cb)
del c
print(r.__callback__)
print('end')
