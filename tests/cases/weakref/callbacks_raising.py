# A callback that raises is reported as unraisable; the other callbacks still run.
import sys
import weakref


class C:
    pass


def bad(ref):
    raise ValueError('callback failed')


def good(ref):
    print('good callback ran')


c = C()
r1 = weakref.ref(c, good)
r2 = weakref.ref(c, bad)
r3 = weakref.ref(c, lambda r: print('lambda callback'))
del c
sys.stderr.flush()
print('after first object')
c = C()
r = weakref.ref(c, 42)
del c
sys.stderr.flush()
print('after non-callable callback')


class CallableObj:
    def __call__(self, ref):
        raise KeyError('from __call__')
    def __repr__(self):
        return '<CallableObj>'


c = C()
r = weakref.ref(c, CallableObj())
del c
sys.stderr.flush()
print('after callable object')
c = C()
p = weakref.proxy(c, bad)
del c
sys.stderr.flush()
print('after proxy callback')


def exits(ref):
    sys.exit(3)


c = C()
r = weakref.ref(c, exits)
del c
sys.stderr.flush()
print('SystemExit in a callback is ignored')
print('end')
