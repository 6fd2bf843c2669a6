# A disabled collector skips the collection at exit; the collections while the modules go run
# anyway (sys.modules is empty then, the module's globals still set).
import gc, sys
def cb(phase, info):
    sys.stdout.write('cb %s\n' % phase)
class A:
    def __del__(self):
        print('del A', sys.modules.get('gc'), type(gc).__name__)
a = A(); a.me = a
del a
gc.callbacks.append(cb)
gc.disable()
print('end')
