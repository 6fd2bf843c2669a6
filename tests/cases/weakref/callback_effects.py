# What callbacks can do: drop other refs, create new refs, keep the dead ref.
import weakref


class C:
    def __init__(self, name):
        self.name = name


keep = []
a = C('a')
b = C('b')
rb = weakref.ref(b, lambda r: print('b callback'))


def cb_a(ref):
    global rb
    print('a callback drops rb')
    rb = None


ra = weakref.ref(a, cb_a)
del a
del b
print('b died without its callback')
x = C('x')
y = C('y')


def cb_x(ref):
    print('x callback makes a ref to y')
    keep.append(weakref.ref(y, lambda r: print('y callback')))


rx = weakref.ref(x, cb_x)
del x
del y
print('after y')
z = C('z')
saved = []
rz = weakref.ref(z, saved.append)
del rz
del z
print('dead ref kept by nobody:', saved)
w = C('w')
rw = weakref.ref(w, saved.append)
rw2 = weakref.ref(w, saved.append)
del w
print(len(saved), saved[0] is rw2, saved[1] is rw)
print([r() for r in saved])
m = C('m')
refs = []
for i in range(3):
    refs.append(weakref.ref(m, lambda r, i=i: print('callback', i, r in refs)))
del m
print('end')
