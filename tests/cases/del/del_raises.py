# Exceptions raised in __del__ are reported on stderr and ignored.
import sys


class Bad:
    def __del__(self):
        raise ValueError('boom in __del__')


b = Bad()
del b
print('after del b')
sys.stdout.flush()


class Nested:
    def __del__(self):
        def helper():
            return 1 / 0
        helper()


Nested()
print('after Nested')
sys.stdout.flush()


class Partial:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('partial start', self.name)
        sys.stdout.flush()
        self.missing


lst = [Partial('p1'), Partial('p2')]
del lst
print('after list')
sys.stdout.flush()


class KI:
    def __del__(self):
        raise KeyboardInterrupt


KI()
print('after KeyboardInterrupt in __del__')
sys.stdout.flush()


class SE:
    def __del__(self):
        raise SystemExit(3)


SE()
print('SystemExit in __del__ is ignored too')
sys.stdout.flush()


class Chained:
    def __del__(self):
        try:
            raise KeyError('k')
        except KeyError:
            raise RuntimeError('while handling')


Chained()
print('after chained')
sys.stdout.flush()


def f():
    x = Bad()
    return 'f result'


print(f())
print('end')
