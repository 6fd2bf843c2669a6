# __del__ running while an exception is being raised or handled.
import sys


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'exc_info:', sys.exc_info()[0])


class Raiser:
    def __del__(self):
        raise RuntimeError('from __del__')


def f():
    d = D('local of f')
    raise ValueError('original')


try:
    f()
except ValueError as e:
    print('caught', e)
print('after handler')
try:
    try:
        raise KeyError('k')
    finally:
        r = Raiser()
        del r
except KeyError as e:
    print('KeyError survives:', e)
try:
    d = D('in try')
    raise TypeError('t')
except TypeError:
    del d
    print('deleted in handler')


def g():
    try:
        return D('returned')
    finally:
        print('finally in g')


g()
print('after g')
try:
    x = D('x')
    1 / 0
except ZeroDivisionError:
    x = None
print('end')
