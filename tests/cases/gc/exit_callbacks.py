# The collection at exit tells gc.callbacks (a full collection); the later ones do not.
import gc
def cb(phase, info):
    print('cb', phase, info['generation'], info['collected'])
class A:
    def __del__(self):
        print('del A')
a = A(); a.me = a
del a
gc.callbacks.append(cb)
import atexit
atexit.register(lambda: print('atexit'))
print('end')
