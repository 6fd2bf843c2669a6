# __del__ at the moment the last reference goes: del, rebinding, end of a function, containers,
# weakref callbacks, resurrection, finalize, atexit.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = A('a')
b = A('b')
del a
print('after del a')
b = None
print('after b = None')


def f():
    x = A('local')
    print('in f')


f()
print('after f')
lst = [A('l1'), A('l2'), A('l3')]
del lst
print('after del lst')
t = (A('t1'), A('t2'))
del t
d = {'k': A('dv'), 'j': A('dj')}
d['k'] = 1
print('replaced')
del d
s = {A('s')}
s.clear()


c = A('c')
r = weakref.ref(c, lambda ref: print('callback', ref() is None))
del c
print('after del c')


class R:
    def __del__(self):
        global saved
        saved = self
        print('resurrect')


R()
print(type(saved).__name__)
del saved
print('resurrected one freed without a second __del__')
fin = weakref.finalize(A('fin'), print, 'finalized')
print(fin.alive)
x = A('x at exit')
import atexit
atexit.register(print, 'atexit ran')
