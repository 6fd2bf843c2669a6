# weakref.finalize: keyword arguments, methods as finalizers, exceptions in finalizers, repr.
import sys
import weakref


class C:
    def __init__(self, name):
        self.name = name


class Resource:
    def close(self, how):
        print('closing', how)


def bad():
    raise ValueError('finalizer failed')


a = C('a')
f = weakref.finalize(a, print, 'kwargs', sep='|', end='!\n')
del a
r = Resource()
b = C('b')
weakref.finalize(b, r.close, 'via bound method')
del b
c = C('c')
fb = weakref.finalize(c, bad)
del c
sys.stderr.flush()
print('after failing finalizer')
d = C('d')
fd = weakref.finalize(d, print, 'd')
print(repr(fd).split(';')[1].strip())
del d
print(repr(fd).split(';')[1].strip())
e = C('e')
fe = weakref.finalize(e, print, 'e')
print(fe.peek()[1:], fe.detach()[1:], fe.peek())
try:
    weakref.finalize(C('x'))
except TypeError as ex:
    print('TypeError:', ex)
try:
    weakref.finalize()
except TypeError as ex:
    print('TypeError:', ex)
print(weakref.finalize.__slots__ if hasattr(weakref.finalize, '__slots__') else 'no slots')
print('end')
