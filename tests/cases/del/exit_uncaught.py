# An uncaught exception: its traceback is printed, then atexit, then the globals die.
import atexit


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


g = D('global')
atexit.register(print, 'atexit handler')


def f():
    local = D('local in raising frame')
    raise RuntimeError('uncaught')


print('before')
f()
