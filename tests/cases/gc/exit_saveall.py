# With DEBUG_SAVEALL, the garbage found at exit goes to gc.garbage, which keeps the module's
# class (and so its globals) alive: later finalizers do not run.
import gc
X = 'x'
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, X)
a = A('cycle'); a.me = a
b = A('plain')
del a
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l)
del l
print('end')
