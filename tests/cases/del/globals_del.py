# Globals deleted or rebound from inside functions, through globals(), and module attributes.
import sys
import types


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


x = D('x')


def drop():
    global x
    del x
    print('in drop after del')


drop()
print('after drop')
y = D('y')


def rebind():
    global y
    y = D('y2')


rebind()
print('after rebind')
globals()['z'] = D('z')
del globals()['z']
print('after globals() del')
mod = types.ModuleType('m')
mod.a = D('module attr')
del mod.a
mod.b = D('module attr b')
sys.modules['m'] = mod
del mod
print('module still in sys.modules')
del sys.modules['m']
print('module removed')
exec('e = D("exec global")')
del e
print('after exec')
ns = {}
exec('v = D("ns value")', globals(), ns)
ns.clear()
print('end')
