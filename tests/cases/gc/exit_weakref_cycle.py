# Weak reference callbacks at exit: a callback held outside the garbage runs when the collection
# at exit frees its referent; the module's own objects go with its dict.
import weakref, gc
class A:
    pass
keep = {}
def make():
    a = A(); a.me = a
    r = weakref.ref(a, lambda ref: print('callback', ref() is None))
    keep['r'] = r
make()
class B:
    def __del__(self):
        print('del B', len(keep))
b = B(); b.me = b
print('end')
