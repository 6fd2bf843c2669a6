# finalize objects still alive at exit are called (newest first) unless atexit is False.
import weakref
import atexit


class C:
    def __init__(self, name):
        self.name = name


a = C('a')
b = C('b')
c = C('c')
weakref.finalize(a, print, 'finalize a')
weakref.finalize(b, print, 'finalize b')
fc = weakref.finalize(c, print, 'finalize c (atexit False)')
fc.atexit = False
weakref.finalize(a, print, 'second finalizer of a')
atexit.register(print, 'atexit registered after the first finalize')
d = C('d')
weakref.finalize(d, print, 'finalize d (already done)')()
print('end of script')
