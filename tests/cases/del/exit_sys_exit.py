# sys.exit(): finally blocks run, atexit handlers run, then the globals die; the exit status.
import atexit
import sys


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


g = D('global')
atexit.register(print, 'atexit handler')


def f():
    local = D('local')
    try:
        sys.exit(4)
    finally:
        print('finally in f')


try:
    f()
except SystemExit as e:
    print('caught', e.code)
    saved = e
print('saved exit', saved.code)
del saved
f()
print('not reached')
